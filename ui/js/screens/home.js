// The start page, the list of everyone's dossiers, and opening a
// .dossier file (from the start page, or one the app was asked to open).
import * as api from '../api.js';
import { askFilePassphrase } from './archive.js';
import { el, announce } from '../dom.js';
import { deleteButton } from '../forms.js';
import { dateInWords, count } from '../format.js';
import { app, go, link, button, showError } from './common.js';

export async function home(main) {
  const patients = await api.listPatients();
  const dossiers = await api.listDossiers();
  if (patients.length === 0) {
    main.replaceChildren(
      el('h1', { tabindex: '-1' }, 'Prepare for a second opinion'),
      el('p', { class: 'lead' }, 'This app helps you gather what a doctor needs to give you a second opinion: what you were told, what was recommended, your reports and your questions. At the end you get one PDF to email or print.'),
      el('h2', {}, 'What you will need'),
      el('ul', { class: 'list' },
        el('li', {}, 'letters and reports from your doctors (paper you can photograph, or files)'),
        el('li', {}, 'the names of your medicines'),
        el('li', {}, 'the questions you want to ask')),
      el('p', {}, 'It takes about 20 minutes. Everything is saved as you type and stays on this computer.'),
      el('div', { class: 'inset' }, 'The app helps you organise your records and questions. It does not give medical advice.'),
      el('div', { class: 'actions' }, button('Start now', () => go('#/new/why'), { id: 'start' }),
        button('Open a dossier file', () => importFlow(main), { class: 'button secondary' })),
      privacyOffer(),
    );
    return;
  }
  const byPatient = new Map(patients.map((p) => [p.id, []]));
  for (const d of dossiers) byPatient.get(d.patient_id)?.push(d);
  main.replaceChildren(
    el('h1', { tabindex: '-1' }, 'Your dossiers'),
    el('p', { class: 'lead' }, 'Each dossier is for one question that needs a second opinion. Choose one to carry on.'),
    el('div', { class: 'actions' }, button('Start a new dossier', () => go('#/new/why'), { id: 'start' }),
      button('Open a dossier file', () => importFlow(main), { class: 'button secondary' })),
    ...patients.map((p) => el('section', { class: 'person', 'data-patient': p.id },
      el('h2', {}, p.full_name, p.date_of_birth ? el('span', { class: 'meta' }, ` born ${dateInWords(p.date_of_birth)}`) : ''),
      (byPatient.get(p.id) || []).length
        ? el('ul', { class: 'dossier-links' }, ...byPatient.get(p.id).map((d) => el('li', {},
          link(`#/d/${d.id}`, d.title, { class: 'dossier-link' }), el('span', { class: 'meta' }, ` ${count(d.documents, 'report')}`))))
        : el('p', { class: 'empty' }, 'No dossiers for this person.'),
      el('div', { class: 'actions' }, deleteButton(`Delete ${p.full_name} and their dossiers`, async () => {
        await api.deletePatient(p.id);
        announce('Deleted');
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
    el('h2', { id: 'privacy-offer-h' }, 'Keep your records private (optional)'),
    el('p', {}, 'If other people use this computer, you can protect your records with a passphrase. Without it, nobody can read them. You can also do this later, under Privacy.'),
    el('div', { class: 'actions' },
      button('Set a passphrase', () => { localStorage.setItem(key, 'yes'); go('#/privacy'); }, { class: 'button secondary', id: 'privacy-offer-yes' }),
      button('Not now', () => { localStorage.setItem(key, 'later'); panel.remove(); }, { class: 'button secondary' })));
  return panel;
}

/** Offers to import a .dossier file the app was asked to open. */
export async function offerOpenedFile(main) {
  const name = await api.openedFile();
  if (!name) return;
  const panel = el('div', { class: 'panel', role: 'alertdialog', 'aria-labelledby': 'opened-h', tabindex: '-1', id: 'opened-file' },
    el('h2', { id: 'opened-h' }, `Add the dossier in “${name}”?`),
    el('p', {}, 'Someone may have sent you this file, or you saved it as a backup. Adding it keeps everything already here.'),
    el('div', { class: 'actions' },
      button('Add it', () => { panel.remove(); importFlow(main, api.importOpenedFile); }, { id: 'import-opened' }),
      button('Not now', () => panel.remove(), { class: 'button secondary' })));
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
      el('h2', { id: 'exists-h' }, 'This person is already here'),
      el('p', {}, e.message),
      el('div', { class: 'actions' },
        button('Add the dossier to that person', async () => { const d = await api.resolveImport('attach'); go(`#/d/${d.dossier_id}`); }),
        button('Keep them apart: add as a new person', async () => { const d = await api.resolveImport('as_new'); go(`#/d/${d.dossier_id}`); }, { class: 'button secondary' })));
    main.prepend(box);
    box.focus();
  };
  try {
    finish(await run());
  } catch (e) {
    await answer(e);
  }
}

