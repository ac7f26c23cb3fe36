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
import { dateInWords, count } from '../format.js';
import { inWords } from '../measures.js';
import { app, go, link, button, showError, load } from './common.js';
import { part, checklistPanel } from './sections.js';

export const PERSON = [
  { key: 'full_name', label: 'Full name', required: 'Enter the full name of the person the second opinion is for' },
  { key: 'date_of_birth', label: 'Date of birth', type: 'date' },
  { key: 'sex', label: 'Sex (optional)' },
  { key: 'phone', label: 'Phone', type: 'tel' },
  { key: 'email', label: 'Email', type: 'email' },
  { key: 'address', label: 'Address', type: 'textarea' },
  { key: 'language', label: 'Preferred language', hint: 'The language the doctor should use with you' },
];

export const CONSULTANT = [
  { key: 'consultant.name', label: 'Name of the doctor giving the second opinion' },
  { key: 'consultant.specialty', label: 'Their specialty', hint: 'For example: orthopaedic surgery' },
  { key: 'consultant.institution', label: 'Hospital or clinic' },
  { key: 'consultant.email', label: 'Their email address', type: 'email', hint: 'Used to prepare an email with the PDF' },
  { key: 'consultant.appointment', label: 'Appointment date', type: 'date' },
  { key: 'consultant.mode', label: 'How will you see them?', type: 'select', vocab: 'consultation_modes' },
  { key: 'consultant.language', label: 'The language they read', type: 'select', vocab: 'languages', none: 'Not chosen (English)', hint: 'The PDF for them is written in it. You can still choose another language when you export.' },
];

/** The figures of step 1, each with its source. */
const FIGURES = [
  ['Two experts looking at the same case disagreed in over 25% of cases.', 'reports cited in the article “What is a second opinion?”'],
  ['A review in the British Medical Journal found differences in the diagnosis in nearly 58% of cases.', 'the British Medical Journal review, as cited in that article'],
  ['Nearly 88% of people who went to the Mayo Clinic for a second opinion left with a changed diagnosis or care plan.', 'a Mayo Clinic study, as cited in that article'],
];

export function stepNav(current, base) {
  return el('nav', { class: 'steps', 'aria-label': 'Steps' }, el('ol', {}, ...STEPS.map((s, i) => {
    const here = s.key === current;
    const label = `${i + 1}. ${s.title}`;
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
    next ? button('Continue', async () => { if (await saved(where())) go(`${base}/${next.key}`); }, { id: 'continue' }) : null,
    prev ? link(`${base}/${prev.key}`, 'Back', { class: 'back' }) : null);
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
  const title = autoForm([{ key: 'title', label: 'In a few words, what is the second opinion about?', hint: 'For example: knee replacement, now or later?', required: 'Write a few words about what the second opinion is for' }], record, opts);
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
  const goal = autoForm([{ key: 'goal', label: 'What do you most want from this second opinion?', type: 'textarea', hint: 'For example: to know if surgery can wait, or to hear about other treatments' }], record, opts);
  return [
    el('h1', { tabindex: '-1' }, 'Why a second opinion?'),
    el('div', { class: 'inset' }, el('p', {}, 'Asking for a second opinion is common, and doctors expect it. Some figures:'),
      el('ul', { class: 'figures' }, ...FIGURES.map(([fact, source]) => el('li', {}, fact, el('span', { class: 'hint source' }, ` Source: ${source}.`)))),
      el('p', { class: 'hint' }, 'These are the article’s figures, not medical advice.')),
    title.node,
    el('fieldset', { class: 'field' }, el('legend', {}, 'Why do you want one? Tick all that apply.'), cards('reasons', REASON_HINTS)),
    el('fieldset', { class: 'field' }, el('legend', {}, 'Is it about one of these? (optional)'), cards('situations', null)),
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
    el('div', { class: 'actions' }, button('Continue', async () => { if (await saved(body)) go('#/new/who'); }, { id: 'continue' })));
  main.replaceChildren(body);
}

async function newWho(main) {
  const patients = await api.listPatients();
  const chooser = el('fieldset', { class: 'field' }, el('legend', {}, 'Who is the second opinion for?'),
    ...patients.map((p) => el('div', { class: 'radio' },
      el('input', { type: 'radio', name: 'who', id: `who-${p.id}`, value: p.id, checked: false }),
      el('label', { for: `who-${p.id}` }, p.full_name))),
    el('div', { class: 'radio' }, el('input', { type: 'radio', name: 'who', id: 'who-new', value: 'new', checked: patients.length === 0 }),
      el('label', { for: 'who-new' }, patients.length ? 'Someone new' : 'Me, or the person I care for')));
  // The new person's details are kept in the draft too, so a restart before
  // Continue loses nothing.
  const draft = JSON.parse(draftStore().getItem(DRAFT()) || '{"reasons":[],"situations":[],"title":"","goal":""}');
  const person = { id: 0, full_name: '', date_of_birth: null, sex: '', phone: '', email: '', address: '', language: '', ...(draft.person || {}) };
  const keepPerson = async (snapshot) => {
    const now = JSON.parse(draftStore().getItem(DRAFT()) || '{"reasons":[],"situations":[],"title":"","goal":""}');
    draftStore().setItem(DRAFT(), JSON.stringify({ ...now, person: snapshot }));
    return 0;
  };
  const form = autoForm(PERSON, person, { queueKey: 'new-person', send: keepPerson, vocab: app.vocab });
  const newBox = el('div', { class: 'new-person' }, el('p', { class: 'hint' }, 'If you are helping a relative, enter their details, not yours.'), form.node);
  const sync = () => { newBox.hidden = chooser.querySelector('input:checked')?.value !== 'new'; };
  chooser.addEventListener('change', sync);
  sync();
  const body = el('div', { class: 'walk' });
  const create = async () => {
    const choice = chooser.querySelector('input:checked')?.value;
    if (!choice) {
      showErrorSummary(body, [{ message: 'Choose who the second opinion is for', target: chooser.querySelector('input') }]);
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
  body.append(stepNav('who', null), el('a', { href: '#/new/why', class: 'back' }, 'Back'),
    el('h1', { tabindex: '-1' }, 'Who is this for?'), chooser, newBox,
    el('div', { class: 'actions' }, button('Continue', create, { id: 'continue' })));
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
    return u && u !== metric ? `${inWords(m, u, v)} (${v} ${metric})` : `${v} ${metric}`;
  };
  const size = [shown('height', b.height_cm, 'cm'), shown('weight', b.weight_kg, 'kg')].filter(Boolean).join(', ');
  const smoking = [app.vocab.label('smoking', b.smoking), b.smoking_details].filter(Boolean).join(': ');
  const pain = life.pain_score != null ? `Pain ${life.pain_score} out of 10` : '';
  return [
    row('Other conditions', none('other_conditions', d.diagnoses.filter((x) => x.role === 'other').map((x) => x.name), 'None'), 'background'),
    row('Operations and hospital stays', none('operations', d.operations.map((x) => [x.name, x.date && dateInWords(x.date)].filter(Boolean).join(', ')), 'None'), 'background'),
    row('Illness in the family', none('family_history', d.family_history.map((x) => [x.relative, x.condition].filter(Boolean).join(': ') + (x.age_at_onset != null ? ` (from age ${x.age_at_onset})` : '')), 'None known'), 'background'),
    row('Height, weight and smoking', [size, smoking].filter(Boolean).join('; '), 'background'),
    row('Implants or devices', b.implants || (d.dossier.none_known.includes('implants') ? 'None' : ''), 'background'),
    row('Daily life', [life.symptoms, pain, life.limits].filter(Boolean).map((t) => t.replace(/[.\s]+$/, '')).join('. '), 'daily_life'),
  ];
}

/** The check of the answers, with a Change link for each that comes back here. */
async function review(main, id) {
  const d = await load(id);
  const base = `#/d/${id}/walk`;
  const gaps = d.progress.missing;
  const row = (label, value, where) => el('div', { class: 'summary-row' }, el('dt', {}, label), el('dd', {}, value || el('span', { class: 'meta' }, 'Not given')),
    el('dd', { class: 'change' }, link(`#/d/${id}/s/${where}/review`, el('span', {}, 'Change', el('span', { class: 'visually-hidden' }, ` ${label.toLowerCase()}`)))));
  const none = (section, items, word) => (items.length ? items.join('; ') : d.dossier.none_known.includes(section) ? word : '');
  main.replaceChildren(el('div', { class: 'walk' }, stepNav('review', base),
    el('h1', { tabindex: '-1' }, 'Check your answers'),
    gaps.length ? el('div', { class: 'warning-box', id: 'missing' }, el('h2', {}, 'Still missing'), el('ul', {}, ...gaps.map((g) => el('li', {}, link(`#/d/${id}/s/${g.part}/review`, g.what))))) : null,
    el('dl', { class: 'summary-list' },
      row('What it is about', d.dossier.title, 'why'),
      row('Reasons', d.dossier.reasons.map((k) => app.vocab.label('reasons', k)).join('; '), 'why'),
      row('Situation', d.dossier.situations.map((k) => app.vocab.label('situations', k)).join('; '), 'why'),
      row('What you want from it', d.dossier.goal, 'why'),
      row('Patient', `${d.patient.full_name}${d.patient.date_of_birth ? `, born ${dateInWords(d.patient.date_of_birth)}` : ''}`, 'about'),
      row('Diagnosis', d.diagnoses.filter((x) => x.role !== 'other').map((x) => x.name).join('; '), 'diagnoses'),
      row('Recommended treatment', d.treatments.map((x) => x.name).join('; '), 'treatments'),
      row('Medicines', none('medications', d.medications.map((x) => [x.name, x.dose].filter(Boolean).join(' ')), 'None'), 'medications'),
      row('Allergies', none('allergies', d.allergies.map((x) => x.substance), 'None known'), 'medications'),
      ...backgroundRows(d, row, none),
      row('Reports', count(d.documents.length, 'report'), 'documents'),
      row('Questions', count(d.questions.length, 'question'), 'questions'),
      row('Doctor for the second opinion', d.dossier.consultant.name, 'doctor')),
    await checklistPanel(id, () => review(main, id)),
    el('div', { class: 'actions' }, button('Go to export', () => go(`#/d/${id}/export`), { id: 'continue' }), link(`${base}/doctor`, 'Back', { class: 'back' }))));
}

/** One guided step of an existing dossier. */
export async function walk(main, id, step) {
  if (STEP_PARTS[step]) return part(main, id, STEP_PARTS[step], step);
  return review(main, id);
}
