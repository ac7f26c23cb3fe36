// The guided steps: one question a screen, from why a second opinion to
// the check of the answers. Steps 1 and 2 of a new dossier are kept as a
// draft (surviving a restart) until the person is chosen; the later steps
// show the dossier's own parts. A step does not continue past a box it
// could not save.
import * as api from '../api.js';
import { el } from '../dom.js';
import { autoForm, flushAll, saveStatus, showErrorSummary } from '../forms.js';
import { queueFor } from '../savequeue.js';
import { STEPS, STEP_PARTS, REASON_HINTS } from '../schema.js';
import { t, dateInWords, number, inText } from '../i18n.js';
import { inWords } from '../measures.js';
import { app, go, link, button, showError, load } from './common.js';
import { part, checklistPanel } from './sections.js';

/** The fields of the person the second opinion is for. */
export const personFields = () => [
  { key: 'full_name', label: t('walk-person-full-name'), required: t('walk-person-full-name-required') },
  { key: 'date_of_birth', label: t('walk-person-date-of-birth'), type: 'date' },
  { key: 'sex', label: t('walk-person-sex') },
  { key: 'phone', label: t('walk-person-phone'), type: 'tel' },
  { key: 'email', label: t('walk-person-email'), type: 'email' },
  { key: 'address', label: t('walk-person-address'), type: 'textarea' },
  { key: 'language', label: t('walk-person-language'), hint: t('walk-person-language-hint') },
];

/** The fields of the doctor giving the second opinion. */
export const consultantFields = () => [
  { key: 'consultant.name', label: t('walk-consultant-name') },
  { key: 'consultant.specialty', label: t('walk-consultant-specialty'), hint: t('walk-consultant-specialty-hint') },
  { key: 'consultant.institution', label: t('walk-consultant-institution') },
  { key: 'consultant.email', label: t('walk-consultant-email'), type: 'email', hint: t('walk-consultant-email-hint') },
  { key: 'consultant.appointment', label: t('walk-consultant-appointment'), type: 'date' },
  { key: 'consultant.mode', label: t('walk-consultant-mode'), type: 'select', vocab: 'consultation_modes' },
  { key: 'consultant.language', label: t('walk-consultant-language'), type: 'select', vocab: 'languages', none: t('walk-consultant-language-none'), hint: t('walk-consultant-language-hint') },
];

/** The figures of step 1, each with its source. */
const figures = () => [
  [t('walk-figure-disagreed'), t('walk-figure-disagreed-source')],
  [t('walk-figure-bmj'), t('walk-figure-bmj-source')],
  [t('walk-figure-mayo'), t('walk-figure-mayo-source')],
];

export function stepNav(current, base) {
  return el('nav', { class: 'steps', 'aria-label': t('walk-steps') }, el('ol', {}, ...STEPS.map((s, i) => {
    const here = s.key === current;
    const label = t('walk-step-label', { number: i + 1, title: s.title });
    return el('li', { class: here ? 'current' : '' }, base && !here ? link(`${base}/${s.key}`, label) : el('span', { 'aria-current': here ? 'step' : false }, label));
  })));
}

/** Saves what the step holds; shows the error summary and stops if any box could not be saved. */
export async function saved(where) {
  const errors = await flushAll({ explicit: true });
  if (errors.length) { showErrorSummary(where, errors); return false; }
  return true;
}

export function stepButtons(base, current, where) {
  const i = STEPS.findIndex((s) => s.key === current);
  const next = STEPS[i + 1];
  const prev = STEPS[i - 1];
  return el('div', { class: 'actions step-buttons' },
    next ? button(t('walk-continue'), async () => { if (await saved(where())) go(`${base}/${next.key}`); }, { id: 'continue' }) : null,
    prev ? link(`${base}/${prev.key}`, t('walk-back'), { class: 'back' }) : null);
}

/** Where the first two steps are kept until the dossier exists. */
const DRAFT = () => `new-dossier-draft:${app.info.data_dir}`;
/** Where a draft is kept: for a protected record, only in memory until the
 * app closes, so nothing typed is left readable on the disk. */
const draftStore = () => (app.protection && app.protection.protected ? sessionStorage : localStorage);

/** Title, reasons, situations and goal of `record`, saved through its queue. */
export function whyForm(record, { queueKey, send }) {
  const status = saveStatus();
  const opts = { queueKey, send, vocab: app.vocab, status };
  const title = autoForm([{ key: 'title', label: t('walk-why-title'), hint: t('walk-why-title-hint'), required: t('walk-why-title-required') }], record, opts);
  const queue = queueFor(queueKey, send);
  const cards = (name, hints) => el('div', { class: 'cards' }, ...app.vocab.lists[name].map((c) => {
    const id = `${name}-${c.key}`;
    const box = el('input', { type: 'checkbox', id, name, value: c.key, checked: record[name].includes(c.key) });
    box.addEventListener('change', async () => {
      record[name] = box.checked ? [...record[name], c.key] : record[name].filter((k) => k !== c.key);
      status.saving();
      queue.push(record);
      const r = await queue.idle();
      if (r.ok) status.saved(); else status.failed(r.error.message);
    });
    return el('div', { class: 'choice-card' }, box, el('label', { for: id }, el('strong', {}, c.label), hints && hints[c.key] ? el('span', { class: 'hint' }, hints[c.key]) : ''));
  }));
  const goal = autoForm([{ key: 'goal', label: t('walk-why-goal'), type: 'textarea', hint: t('walk-why-goal-hint') }], record, opts);
  return [
    el('h1', { tabindex: '-1' }, t('walk-why-heading')),
    el('div', { class: 'inset' }, el('p', {}, t('walk-why-figures-intro')),
      el('ul', { class: 'figures' }, ...figures().map(([fact, source]) => el('li', {}, fact, el('span', { class: 'hint source' }, ` ${source}`)))),
      el('p', { class: 'hint' }, t('walk-why-figures-note'))),
    title.node,
    el('fieldset', { class: 'field' }, el('legend', {}, t('walk-why-reasons')), cards('reasons', REASON_HINTS)),
    el('fieldset', { class: 'field' }, el('legend', {}, t('walk-why-situations')), cards('situations', null)),
    goal.node,
    status.node,
  ];
}

function newWhy(main) {
  const draft = JSON.parse(draftStore().getItem(DRAFT()) || '{"reasons":[],"situations":[],"title":"","goal":""}');
  const keep = async (snapshot) => {
    const now = JSON.parse(draftStore().getItem(DRAFT()) || '{}');
    draftStore().setItem(DRAFT(), JSON.stringify({ ...snapshot, person: now.person }));
  };
  const body = el('div', { class: 'walk' }, stepNav('why', null), ...whyForm(draft, { queueKey: 'draft', send: keep }),
    el('div', { class: 'actions' }, button(t('walk-continue'), async () => { if (await saved(body)) go('#/new/who'); }, { id: 'continue' })));
  main.replaceChildren(body);
}

async function newWho(main) {
  const patients = await api.listPatients();
  const chooser = el('fieldset', { class: 'field' }, el('legend', {}, t('walk-who-legend')),
    ...patients.map((p) => el('div', { class: 'radio' },
      el('input', { type: 'radio', name: 'who', id: `who-${p.id}`, value: p.id, checked: false }),
      el('label', { for: `who-${p.id}` }, p.full_name))),
    el('div', { class: 'radio' }, el('input', { type: 'radio', name: 'who', id: 'who-new', value: 'new', checked: patients.length === 0 }),
      el('label', { for: 'who-new' }, patients.length ? t('walk-who-someone-new') : t('walk-who-me'))));
  // The new person's details are kept in the draft too, so a restart before
  // Continue loses nothing.
  const draft = JSON.parse(draftStore().getItem(DRAFT()) || '{"reasons":[],"situations":[],"title":"","goal":""}');
  const person = { id: 0, full_name: '', date_of_birth: null, sex: '', phone: '', email: '', address: '', language: '', ...(draft.person || {}) };
  const keepPerson = async (snapshot) => {
    const now = JSON.parse(draftStore().getItem(DRAFT()) || '{"reasons":[],"situations":[],"title":"","goal":""}');
    draftStore().setItem(DRAFT(), JSON.stringify({ ...now, person: snapshot }));
    return 0;
  };
  const form = autoForm(personFields(), person, { queueKey: 'new-person', send: keepPerson, vocab: app.vocab });
  const newBox = el('div', { class: 'new-person' }, el('p', { class: 'hint' }, t('walk-who-relative-hint')), form.node);
  const sync = () => { newBox.hidden = chooser.querySelector('input:checked')?.value !== 'new'; };
  chooser.addEventListener('change', sync);
  sync();
  const body = el('div', { class: 'walk' });
  const create = async () => {
    const choice = chooser.querySelector('input:checked')?.value;
    if (!choice) {
      showErrorSummary(body, [{ message: t('walk-who-required'), target: chooser.querySelector('input') }]);
      return;
    }
    try {
      let patientId;
      if (choice === 'new') {
        const errors = await form.flush({ explicit: true });
        if (errors.length) { showErrorSummary(body, errors); return; }
        patientId = await api.savePatient({ ...person, id: 0 });
      } else {
        patientId = Number(choice);
      }
      const draft = JSON.parse(draftStore().getItem(DRAFT()) || '{"reasons":[],"situations":[],"title":"","goal":""}');
      const id = await api.createDossier(patientId, { title: draft.title, reasons: draft.reasons, situations: draft.situations, goal: draft.goal });
      draftStore().removeItem(DRAFT());
      go(`#/d/${id}/walk/told`);
    } catch (e) {
      showError(body, e);
    }
  };
  body.append(stepNav('who', null), el('a', { href: '#/new/why', class: 'back' }, t('walk-back')),
    el('h1', { tabindex: '-1' }, t('walk-who-heading')), chooser, newBox,
    el('div', { class: 'actions' }, button(t('walk-continue'), create, { id: 'continue' })));
  main.replaceChildren(body);
}

/** Steps 1 and 2 of a new dossier. */
export async function newDossier(main, step) {
  if (step === 'why') newWhy(main);
  else await newWho(main);
}

/** The review's lines for the health background and daily life. */
function backgroundRows(d, row, none) {
  const b = d.background;
  const life = d.daily_life;
  const unit = (m) => localStorage.getItem(`units:${d.patient.id}:${m}`);
  const shown = (m, v, metric) => {
    if (v == null) return '';
    const u = unit(m);
    return u && u !== metric ? `${inWords(m, u, v)} (${number(v)} ${metric})` : `${number(v)} ${metric}`;
  };
  const size = [shown('height', b.height_cm, 'cm'), shown('weight', b.weight_kg, 'kg')].filter(Boolean).join(', ');
  const smoking = [app.vocab.label('smoking', b.smoking), b.smoking_details].filter(Boolean).join(': ');
  const pain = life.pain_score != null ? t('walk-review-pain', { score: Number(life.pain_score) }) : '';
  const relative = (x) => {
    const who = [x.relative, x.condition].filter(Boolean).join(': ');
    return x.age_at_onset != null ? t('walk-review-family-from-age', { illness: who, age: Number(x.age_at_onset) }) : who;
  };
  return [
    row(t('walk-review-other-conditions'), none('other_conditions', d.diagnoses.filter((x) => x.role === 'other').map((x) => x.name), t('walk-review-none')), 'background'),
    row(t('walk-review-operations'), none('operations', d.operations.map((x) => [x.name, x.date && dateInWords(x.date)].filter(Boolean).join(', ')), t('walk-review-none')), 'background'),
    row(t('walk-review-family'), none('family_history', d.family_history.map(relative), t('walk-review-none-known')), 'background'),
    row(t('walk-review-height-weight-smoking'), [size, smoking].filter(Boolean).join('; '), 'background'),
    row(t('walk-review-implants'), b.implants || (d.dossier.none_known.includes('implants') ? t('walk-review-none') : ''), 'background'),
    row(t('walk-review-daily-life'), [life.symptoms, pain, life.limits].filter(Boolean).map((line) => line.replace(/[.\s]+$/, '')).join('. '), 'daily_life'),
  ];
}

/** The check of the answers, with a Change link for each that comes back here. */
async function review(main, id) {
  const d = await load(id);
  const base = `#/d/${id}/walk`;
  const gaps = d.progress.missing;
  // "Change" is read out with what it changes, as one message.
  const row = (label, value, where) => el('div', { class: 'summary-row' }, el('dt', {}, label), el('dd', {}, value || el('span', { class: 'meta' }, t('walk-review-not-given'))),
    el('dd', { class: 'change' }, link(`#/d/${id}/s/${where}/review`, el('span', {}, t('walk-review-change')), { 'aria-label': t('walk-review-change-named', { what: inText(label) }) })));
  const none = (section, items, word) => (items.length ? items.join('; ') : d.dossier.none_known.includes(section) ? word : '');
  main.replaceChildren(el('div', { class: 'walk' }, stepNav('review', base),
    el('h1', { tabindex: '-1' }, t('walk-review-heading')),
    gaps.length ? el('div', { class: 'warning-box', id: 'missing' }, el('h2', {}, t('walk-review-missing')), el('ul', {}, ...gaps.map((g) => el('li', {}, link(`#/d/${id}/s/${g.part}/review`, g.what))))) : null,
    el('dl', { class: 'summary-list' },
      row(t('walk-review-about'), d.dossier.title, 'why'),
      row(t('walk-review-reasons'), d.dossier.reasons.map((k) => app.vocab.label('reasons', k)).join('; '), 'why'),
      row(t('walk-review-situation'), d.dossier.situations.map((k) => app.vocab.label('situations', k)).join('; '), 'why'),
      row(t('walk-review-goal'), d.dossier.goal, 'why'),
      row(t('walk-review-patient'), d.patient.date_of_birth ? t('walk-review-patient-born', { name: d.patient.full_name, date: dateInWords(d.patient.date_of_birth) }) : d.patient.full_name, 'about'),
      row(t('walk-review-diagnosis'), d.diagnoses.filter((x) => x.role !== 'other').map((x) => x.name).join('; '), 'diagnoses'),
      row(t('walk-review-treatment'), d.treatments.map((x) => x.name).join('; '), 'treatments'),
      row(t('walk-review-medicines'), none('medications', d.medications.map((x) => [x.name, x.dose].filter(Boolean).join(' ')), t('walk-review-none')), 'medications'),
      row(t('walk-review-allergies'), none('allergies', d.allergies.map((x) => x.substance), t('walk-review-none-known')), 'medications'),
      ...backgroundRows(d, row, none),
      row(t('walk-review-reports'), t('walk-review-report-count', { count: d.documents.length }), 'documents'),
      row(t('walk-review-questions'), t('walk-review-question-count', { count: d.questions.length }), 'questions'),
      row(t('walk-review-doctor'), d.dossier.consultant.name, 'doctor')),
    await checklistPanel(id, () => review(main, id)),
    el('div', { class: 'actions' }, button(t('walk-review-go-to-export'), () => go(`#/d/${id}/export`), { id: 'continue' }), link(`${base}/doctor`, t('walk-back'), { class: 'back' }))));
}

/** One guided step of an existing dossier. */
export async function walk(main, id, step) {
  if (STEP_PARTS[step]) return part(main, id, STEP_PARTS[step], step);
  return review(main, id);
}
