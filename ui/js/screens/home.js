// The start page, the list of everyone's dossiers, and opening a
// .dossier file (from the start page, or one the app was asked to open).
import * as api from '../api.js';
import { askFilePassphrase } from './archive.js';
import { el, announce } from '../dom.js';
import { deleteButton } from '../forms.js';
import { dateInWords, t } from '../i18n.js';
import { app, go, link, button, showError } from './common.js';

export async function home(main) {
  const patients = await api.listPatients();
  const dossiers = await api.listDossiers();
  if (patients.length === 0) {
    main.replaceChildren(
      el('h1', { tabindex: '-1' }, t('home-welcome-title')),
      el('p', { class: 'lead' }, t('home-welcome-lead')),
      el('h2', {}, t('home-welcome-need')),
      el('ul', { class: 'list' },
        el('li', {}, t('home-welcome-need-letters')),
        el('li', {}, t('home-welcome-need-medicines')),
        el('li', {}, t('home-welcome-need-questions'))),
      el('p', {}, t('home-welcome-time')),
      el('div', { class: 'inset' }, t('home-welcome-no-advice')),
      el('div', { class: 'actions' }, button(t('home-start-now'), () => go('#/new/why'), { id: 'start' }),
        button(t('home-open-file'), () => importFlow(main), { class: 'button secondary' })),
      privacyOffer(),
    );
    return;
  }
  const byPatient = new Map(patients.map((p) => [p.id, []]));
  for (const d of dossiers) byPatient.get(d.patient_id)?.push(d);
  main.replaceChildren(
    el('h1', { tabindex: '-1' }, t('home-title')),
    el('p', { class: 'lead' }, t('home-lead')),
    el('div', { class: 'actions' }, button(t('home-start-new'), () => go('#/new/why'), { id: 'start' }),
      button(t('home-open-file'), () => importFlow(main), { class: 'button secondary' })),
    ...patients.map((p) => el('section', { class: 'person', 'data-patient': p.id },
      el('h2', {}, p.full_name, p.date_of_birth ? el('span', { class: 'meta' }, ` ${t('home-born', { date: dateInWords(p.date_of_birth) })}`) : ''),
      (byPatient.get(p.id) || []).length
        ? el('ul', { class: 'dossier-links' }, ...byPatient.get(p.id).map((d) => el('li', {},
          link(`#/d/${d.id}`, d.title, { class: 'dossier-link' }), el('span', { class: 'meta' }, ` ${t('home-reports', { count: d.documents })}`))))
        : el('p', { class: 'empty' }, t('home-no-dossiers')),
      el('div', { class: 'actions' }, deleteButton(t('home-delete-person', { name: p.full_name }), async () => {
        await api.deletePatient(p.id);
        announce(t('home-deleted'));
        go('#/');
      })))),
  );
}

/** On first start, before anything is typed: the offer to protect the
 * record with a passphrase, until it is taken or put off. */
function privacyOffer() {
  const key = `privacy-offer-answered:${app.info.data_dir}`;
  if ((app.protection && app.protection.protected) || localStorage.getItem(key)) return '';
  const panel = el('section', { class: 'panel', id: 'privacy-offer', 'aria-labelledby': 'privacy-offer-h' },
    el('h2', { id: 'privacy-offer-h' }, t('home-privacy-title')),
    el('p', {}, t('home-privacy-text')),
    el('div', { class: 'actions' },
      button(t('home-privacy-set'), () => { localStorage.setItem(key, 'yes'); go('#/privacy'); }, { class: 'button secondary', id: 'privacy-offer-yes' }),
      button(t('home-not-now'), () => { localStorage.setItem(key, 'later'); panel.remove(); }, { class: 'button secondary' })));
  return panel;
}

/** Offers to import a .dossier file the app was asked to open. */
export async function offerOpenedFile(main) {
  const name = await api.openedFile();
  if (!name) return;
  const panel = el('div', { class: 'panel', role: 'alertdialog', 'aria-labelledby': 'opened-h', tabindex: '-1', id: 'opened-file' },
    el('h2', { id: 'opened-h' }, t('home-opened-title', { name })),
    el('p', {}, t('home-opened-text')),
    el('div', { class: 'actions' },
      button(t('home-opened-add'), () => { panel.remove(); importFlow(main, api.importOpenedFile); }, { id: 'import-opened' }),
      button(t('home-not-now'), () => panel.remove(), { class: 'button secondary' })));
  main.prepend(panel);
  panel.focus();
}

export async function importFlow(main, run = api.importArchive) {
  const finish = (done) => { if (done) go(`#/d/${done.dossier_id}`); };
  const answer = async (e) => {
    if ((e.kind === 'locked' && e.field === 'passphrase') || e.kind === 'wrong_passphrase') {
      askFilePassphrase(main, e, async (passphrase) => {
        try {
          finish(await api.resolveImport('refuse', passphrase));
        } catch (again) {
          if (again.kind === 'wrong_passphrase') throw again;
          await answer(again);
        }
      });
      return;
    }
    if (e.kind !== 'patient_exists') { showError(main, e); return; }
    const box = el('div', { class: 'panel', role: 'alertdialog', 'aria-labelledby': 'exists-h', tabindex: '-1' },
      el('h2', { id: 'exists-h' }, t('home-exists-title')),
      el('p', {}, e.message),
      el('div', { class: 'actions' },
        button(t('home-exists-attach'), async () => { const d = await api.resolveImport('attach'); go(`#/d/${d.dossier_id}`); }),
        button(t('home-exists-as-new'), async () => { const d = await api.resolveImport('as_new'); go(`#/d/${d.dossier_id}`); }, { class: 'button secondary' })));
    main.prepend(box);
    box.focus();
  };
  try {
    finish(await run());
  } catch (e) {
    await answer(e);
  }
}

