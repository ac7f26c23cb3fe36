// The app's screens: start, new dossier, the walkthrough, the dossier's
// overview and sections, and export.
import * as api from './api.js';
import { el, announce } from './dom.js';
import { autoForm, sectionList, deleteButton, flushAll, saveStatus } from './forms.js';
import { SECTIONS, PARTS, STEPS, REASON_HINTS } from './schema.js';
import { dateInWords, count } from './format.js';

/** Shared by the screens: vocabularies and app facts. */
export const app = { vocab: null, info: null, dossier: null };

export async function go(hash) {
  await flushAll();
  if (location.hash === hash) window.dispatchEvent(new HashChangeEvent('hashchange'));
  else location.hash = hash;
}

function link(href, text, attrs = {}) {
  return el('a', { href, ...attrs }, text);
}

function button(text, onclick, attrs = {}) {
  return el('button', { type: 'button', class: 'button', onclick, ...attrs }, text);
}

function errorBox(err) {
  return el('div', { class: 'error-summary', role: 'alert', tabindex: '-1' },
    el('h2', {}, 'There is a problem'), el('p', {}, err && err.message ? err.message : String(err)));
}

function showError(where, err) {
  const box = errorBox(err);
  where.prepend(box);
  box.focus();
}

const PERSON = [
  { key: 'full_name', label: 'Full name' },
  { key: 'date_of_birth', label: 'Date of birth', type: 'date' },
  { key: 'sex', label: 'Sex (optional)' },
  { key: 'phone', label: 'Phone', type: 'tel' },
  { key: 'email', label: 'Email', type: 'email' },
  { key: 'address', label: 'Address', type: 'textarea' },
  { key: 'language', label: 'Preferred language', hint: 'The language the doctor should use with you' },
];

const CONSULTANT = [
  { key: 'name', label: 'Name of the doctor giving the second opinion' },
  { key: 'specialty', label: 'Their specialty', hint: 'For example: orthopaedic surgery' },
  { key: 'institution', label: 'Hospital or clinic' },
  { key: 'email', label: 'Their email address', type: 'email', hint: 'Used to prepare an email with the PDF' },
  { key: 'appointment', label: 'Appointment date', type: 'date' },
  { key: 'mode', label: 'How will you see them?', type: 'select', vocab: 'consultation_modes' },
];

// ---------- start ----------

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

async function importFlow(main, run = api.importArchive) {
  try {
    const done = await run();
    if (done) go(`#/d/${done.dossier_id}`);
  } catch (e) {
    if (e.kind !== 'patient_exists') { showError(main, e); return; }
    const box = el('div', { class: 'panel', role: 'alertdialog', 'aria-labelledby': 'exists-h', tabindex: '-1' },
      el('h2', { id: 'exists-h' }, 'This person is already here'),
      el('p', {}, e.message),
      el('div', { class: 'actions' },
        button('Add the dossier to that person', async () => { const d = await api.resolveImport('attach'); go(`#/d/${d.dossier_id}`); }),
        button('Keep them apart: add as a new person', async () => { const d = await api.resolveImport('as_new'); go(`#/d/${d.dossier_id}`); }, { class: 'button secondary' })));
    main.prepend(box);
    box.focus();
  }
}

// ---------- the walkthrough ----------

function stepNav(current, base) {
  return el('nav', { class: 'steps', 'aria-label': 'Steps' }, el('ol', {}, ...STEPS.map((s, i) => {
    const here = s.key === current;
    const label = `${i + 1}. ${s.title}`;
    return el('li', { class: here ? 'current' : '' }, base && !here ? link(`${base}/${s.key}`, label) : el('span', { 'aria-current': here ? 'step' : false }, label));
  })));
}

function stepButtons(base, current) {
  const i = STEPS.findIndex((s) => s.key === current);
  const next = STEPS[i + 1];
  const prev = STEPS[i - 1];
  return el('div', { class: 'actions step-buttons' },
    next ? button('Continue', () => go(`${base}/${next.key}`), { id: 'continue' }) : null,
    prev ? link(`${base}/${prev.key}`, 'Back', { class: 'back' }) : null);
}

/** Where the first two steps are kept until the dossier exists (survives a restart). */
const DRAFT = () => `new-dossier-draft:${app.info.data_dir}`;

/** Steps 1 and 2 of a new dossier, kept as a draft until the person is chosen. */
export async function newDossier(main, step) {
  const draft = JSON.parse(localStorage.getItem(DRAFT()) || '{"reasons":[],"situations":[],"title":"","goal":""}');
  const keep = () => localStorage.setItem(DRAFT(), JSON.stringify(draft));
  if (step === 'why') {
    main.replaceChildren(stepNav('why', null), ...whyForm(draft, async () => keep()),
      el('div', { class: 'actions' }, button('Continue', async () => {
        await flushAll();
        if (!draft.title.trim()) {
          const f = main.querySelector('[data-field="title"]');
          f.classList.add('has-error');
          const err = f.querySelector('.field-error');
          err.hidden = false;
          err.textContent = 'Error: write a few words about what the second opinion is for';
          f.querySelector('input').focus();
          return;
        }
        go('#/new/who');
      }, { id: 'continue' })));
    return;
  }
  const patients = await api.listPatients();
  const chooser = el('fieldset', { class: 'field' }, el('legend', {}, 'Who is the second opinion for?'),
    ...patients.map((p, i) => el('div', { class: 'radio' },
      el('input', { type: 'radio', name: 'who', id: `who-${p.id}`, value: p.id, checked: i === 0 }),
      el('label', { for: `who-${p.id}` }, p.full_name))),
    el('div', { class: 'radio' }, el('input', { type: 'radio', name: 'who', id: 'who-new', value: 'new', checked: patients.length === 0 }),
      el('label', { for: 'who-new' }, patients.length ? 'Someone new' : 'Me, or the person I care for')));
  const person = { full_name: '', date_of_birth: null, sex: '', phone: '', email: '', address: '', language: '' };
  const form = autoForm(PERSON, person, async () => {}, app.vocab);
  const newBox = el('div', { class: 'new-person' }, el('p', { class: 'hint' }, 'If you are helping a relative, enter their details, not yours.'), form.node);
  const sync = () => { newBox.hidden = chooser.querySelector('input:checked')?.value !== 'new'; };
  chooser.addEventListener('change', sync);
  sync();
  const create = async () => {
    const choice = chooser.querySelector('input:checked')?.value;
    try {
      let patientId;
      if (choice === 'new') {
        const saved = await form.flush();
        if (saved === false) return;
        if (!person.full_name.trim()) {
          form.fields[0].setError('enter the full name of the person the second opinion is for');
          form.fields[0].focus();
          return;
        }
        patientId = await api.savePatient({ ...person, id: 0 });
      } else {
        patientId = Number(choice);
      }
      const id = await api.createDossier(patientId, { title: draft.title, reasons: draft.reasons, situations: draft.situations, goal: draft.goal });
      localStorage.removeItem(DRAFT());
      go(`#/d/${id}/walk/told`);
    } catch (e) {
      showError(main, e);
    }
  };
  main.replaceChildren(stepNav('who', null), el('a', { href: '#/new/why', class: 'back' }, 'Back'),
    el('h1', { tabindex: '-1' }, 'Who is this for?'), chooser, newBox,
    el('div', { class: 'actions' }, button('Continue', create, { id: 'continue' })));
}

/** Title, reasons, situations and goal; `save(values)` persists. */
function whyForm(values, save) {
  const status = saveStatus();
  const persist = async () => {
    status.saving();
    try { await save(values); status.saved(); } catch (e) { status.failed(e.message); }
  };
  const title = autoForm([{ key: 'title', label: 'In a few words, what is the second opinion about?', hint: 'For example: knee replacement, now or later?' }], values, async (v) => { Object.assign(values, v); await save(values); }, app.vocab, { status });
  const cards = (name, list, hints) => el('div', { class: 'cards' }, ...app.vocab.lists[name].map((c) => {
    const id = `${name}-${c.key}`;
    const box = el('input', { type: 'checkbox', id, name, value: c.key, checked: values[name].includes(c.key) });
    box.addEventListener('change', () => {
      values[name] = box.checked ? [...values[name], c.key] : values[name].filter((k) => k !== c.key);
      persist();
    });
    return el('div', { class: 'choice-card' }, box, el('label', { for: id }, el('strong', {}, c.label), hints && hints[c.key] ? el('span', { class: 'hint' }, hints[c.key]) : ''));
  }));
  const goal = autoForm([{ key: 'goal', label: 'What do you most want from this second opinion?', type: 'textarea', hint: 'For example: to know if surgery can wait, or to hear about other treatments' }], values, async (v) => { Object.assign(values, v); await save(values); }, app.vocab, { status });
  return [
    el('h1', { tabindex: '-1' }, 'Why a second opinion?'),
    el('div', { class: 'inset' }, el('p', {}, 'Asking for a second opinion is common, and doctors expect it. In studies cited by the article "What is a second opinion?", two experts disagreed in over 25% of cases, and a Mayo Clinic study found that about 88% of people who came for a second opinion left with a changed diagnosis or care plan.'),
      el('p', { class: 'hint' }, 'Sources: a Mayo Clinic study and reviews in the British Medical Journal, as cited in that article. These are the article’s figures, not medical advice.')),
    title.node,
    el('fieldset', { class: 'field' }, el('legend', {}, 'Why do you want one? Tick all that apply.'), cards('reasons', null, REASON_HINTS)),
    el('fieldset', { class: 'field' }, el('legend', {}, 'Is it about one of these? (optional)'), cards('situations', null, null)),
    goal.node,
    status.node,
  ];
}

// ---------- a dossier ----------

async function load(id) {
  app.dossier = await api.getDossier(id);
  return app.dossier;
}

/** Plain words and style for a part's status. */
const STATUS = {
  completed: ['Completed', 'done'],
  in_progress: ['In progress', 'doing'],
  not_started: ['Not started', 'todo'],
};

function tag(status, as = 'span') {
  const [word, cls] = STATUS[status];
  return el(as, { class: `tag ${cls}` }, word);
}

function sidebar(d, current) {
  const status = d.progress.parts;
  const id = d.dossier.id;
  return el('nav', { class: 'sidebar', 'aria-label': 'This dossier' },
    el('p', { class: 'sidebar-person' }, d.patient.full_name),
    el('p', { class: 'sidebar-title' }, d.dossier.title),
    el('ul', {},
      el('li', { class: current === 'overview' ? 'current' : '' }, link(`#/d/${id}`, 'Overview')),
      ...PARTS.map((p) => el('li', { class: current === p.key ? 'current' : '' },
        link(`#/d/${id}/s/${p.key}`, p.title, { 'aria-current': current === p.key ? 'page' : false }),
        tag(status[p.key]))),
      el('li', { class: current === 'export' ? 'current' : '' }, link(`#/d/${id}/export`, 'Export the PDF')),
      el('li', { class: current === 'request' ? 'current' : '' }, link(`#/d/${id}/request`, 'Ask for your records')),
      el('li', { class: current === 'after' ? 'current' : '' }, link(`#/d/${id}/after`, 'After the visit'))));
}

function withSidebar(main, d, current, ...content) {
  main.replaceChildren(el('div', { class: 'with-sidebar' }, sidebar(d, current), el('div', { class: 'content' }, ...content)));
}

export async function overview(main, id) {
  const d = await load(id);
  const status = d.progress.parts;
  const gaps = d.progress.missing;
  withSidebar(main, d, 'overview',
    el('h1', { tabindex: '-1' }, d.dossier.title),
    el('p', { class: 'lead' }, `For ${d.patient.full_name}. ${count(d.documents.length, 'report')}, ${count(d.questions.length, 'question')}.`),
    el('div', { class: 'actions' }, button('Continue the guided steps', () => go(`#/d/${id}/walk/why`), { class: 'button secondary' }),
      button('Export the PDF', () => go(`#/d/${id}/export`))),
    el('h2', {}, 'Parts of your dossier'),
    el('ul', { class: 'task-list' }, ...PARTS.map((p) => el('li', {},
      link(`#/d/${id}/s/${p.key}`, p.title),
      tag(status[p.key], 'strong')))),
    gaps.length ? el('section', {}, el('h2', {}, 'Still missing'), el('ul', { class: 'list', id: 'missing' }, ...gaps.map((g) => el('li', {}, link(`#/d/${id}/s/${g.part}`, g.what))))) : el('p', {}, 'Nothing important is missing.'),
    await checklistPanel(id, () => overview(main, id)),
    el('h2', {}, 'Keep a copy or move this dossier'),
    el('p', {}, 'A dossier file holds everything, reports included. Use it as a backup, or to give the dossier to someone who helps you.'),
    el('div', { class: 'actions' },
      button('Save a dossier file', async () => {
        try {
          const done = await api.exportArchive(id);
          if (done) announce(`Saved to ${done.path}`);
          if (done) main.querySelector('.content').append(el('p', { class: 'success', role: 'status' }, `Saved to ${done.path}`));
        } catch (e) { showError(main.querySelector('.content'), e); }
      }, { class: 'button secondary' }),
      deleteButton('Delete this dossier', async () => { await api.deleteDossier(id); go('#/'); })),
  );
}

/** The request and the patient: the "why" and "about" parts. */
function requestForms(d, part) {
  const dossier = { ...d.dossier };
  const saveDossier = (v) => api.saveDossier({ ...dossier, ...v });
  if (part === 'why') return whyForm(dossier, (v) => api.saveDossier(v));
  const patient = { ...d.patient };
  const consultant = { ...d.dossier.consultant };
  const pForm = autoForm(PERSON, patient, (v) => api.savePatient(v), app.vocab);
  const cForm = autoForm(CONSULTANT, consultant, (v) => saveDossier({ consultant: v }), app.vocab);
  const rest = autoForm([
    { key: 'decide_by', label: 'When do you need to decide by? (optional)', type: 'date' },
    { key: 'notes', label: 'Anything else the doctor should know', type: 'textarea' },
  ], dossier, (v) => api.saveDossier({ ...v, consultant: { ...consultant } }), app.vocab);
  return [
    el('h1', { tabindex: '-1' }, 'About you and the appointment'),
    el('h2', {}, 'The patient'), pForm.node, pForm.status.node,
    el('h2', {}, 'The second opinion'), cForm.node, rest.node, cForm.status.node,
  ];
}

async function recordsTools(main, d, reload) {
  const id = d.dossier.id;
  const progress = el('p', { class: 'progress', role: 'status', 'aria-live': 'polite' });
  const result = el('div', { class: 'add-result', 'aria-live': 'polite' });
  const show = (r) => {
    if (!r) return;
    const parts = [];
    if (r.added.length) parts.push(el('p', { class: 'success' }, `Added ${count(r.added.length, 'report')}.`));
    if (r.failed.length) {
      parts.push(el('div', { class: 'error-summary', role: 'alert' }, el('h2', {}, `${count(r.failed.length, 'file')} could not be added`),
        el('ul', {}, ...r.failed.map((f) => el('li', {}, f.message)))));
    }
    return parts;
  };
  const add = button('Add reports', async () => {
    let stop = null;
    try {
      progress.textContent = 'Choose the files in the window that opens…';
      const bar = el('progress', { max: 1, value: 0, 'aria-label': 'Adding files' });
      const cancel = button('Stop adding', () => api.cancelLongAction(), { class: 'button secondary' });
      stop = await api.on('import-progress', ([done, total]) => {
        if (total > 1) progress.replaceChildren(el('span', {}, `Adding file ${Math.min(done + 1, total)} of ${total}… `), bar, cancel);
        bar.max = total;
        bar.value = done;
      });
      const r = await api.pickDocuments(id);
      stop();
      stop = null;
      progress.textContent = '';
      if (r) { await reload(); main.querySelector('.add-result')?.replaceChildren(...show(r)); }
    } catch (e) {
      if (stop) stop();
      progress.textContent = '';
      showError(main.querySelector('.content') || main, e);
    }
  }, { id: 'add-documents' });
  return { node: el('div', {}, el('div', { class: 'drop-hint' }, 'You can also drag files from a folder onto this window.'), progress, result), add, show };
}

/** A section page, or a walkthrough step showing that section. */
export async function part(main, id, key, walkStep = null) {
  const d = await load(id);
  const base = `#/d/${id}/walk`;
  const reload = async (focusSelector) => {
    const keepResult = main.querySelector('.add-result')?.cloneNode(true);
    await part(main, id, key, walkStep);
    if (keepResult) main.querySelector('.add-result')?.replaceWith(keepResult);
    const f = focusSelector && main.querySelector(focusSelector);
    if (f) f.focus();
  };
  let body;
  if (key === 'why' || key === 'about') {
    body = requestForms(d, key);
  } else if (key === 'medications') {
    body = [el('h1', { tabindex: '-1' }, 'Medicines and allergies'),
      el('h2', {}, 'Medicines'), el('p', { class: 'hint' }, SECTIONS.medications.lead), sectionList('medications', d, app.vocab, reload),
      el('h2', {}, 'Allergies'), el('p', { class: 'hint' }, SECTIONS.allergies.lead), sectionList('allergies', d, app.vocab, reload)];
  } else if (key === 'events') {
    body = [el('h1', { tabindex: '-1' }, 'Timeline'), el('p', { class: 'lead' }, SECTIONS.events.lead),
      d.timeline.length ? el('table', { class: 'timeline' }, el('caption', {}, 'Everything with a date, oldest first'),
        el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'When'), el('th', { scope: 'col' }, 'What'), el('th', { scope: 'col' }, 'Details'))),
        el('tbody', {}, ...d.timeline.map((t) => el('tr', {}, el('td', {}, t.date_text), el('td', {}, t.title), el('td', {}, t.detail))))) : null,
      el('h2', {}, 'Events you added'), sectionList('events', d, app.vocab, reload)];
  } else if (key === 'documents') {
    const tools = await recordsTools(main, d, reload);
    body = [el('h1', { tabindex: '-1' }, SECTIONS.documents.heading), el('p', { class: 'lead' }, SECTIONS.documents.lead), tools.node,
      sectionList('documents', d, app.vocab, reload, { extraButtons: [tools.add], onOpen: (doc) => api.openDocument(id, doc.id).catch((e) => showError(main.querySelector('.content') || main, e)) })];
  } else if (key === 'questions') {
    body = [el('h1', { tabindex: '-1' }, SECTIONS[key].heading), el('p', { class: 'lead' }, SECTIONS[key].lead), sectionList(key, d, app.vocab, reload),
      await suggestionsPanel(id, reload)];
  } else if (SECTIONS[key]) {
    body = [el('h1', { tabindex: '-1' }, SECTIONS[key].heading), el('p', { class: 'lead' }, SECTIONS[key].lead), sectionList(key, d, app.vocab, reload)];
  } else {
    throw { message: `There is no part called ${key}.` };
  }
  if (walkStep) {
    main.replaceChildren(el('div', { class: 'walk' }, stepNav(walkStep, base), ...body, stepButtons(base, walkStep)));
  } else {
    withSidebar(main, d, key, ...body);
  }
}

export async function walk(main, id, step) {
  const map = { why: 'why', who: 'about', told: 'diagnoses', recommended: 'treatments', records: 'documents', questions: 'questions' };
  if (map[step]) return part(main, id, map[step], step);
  const d = await load(id);
  const base = `#/d/${id}/walk`;
  const gaps = d.progress.missing;
  const row = (label, value, where) => el('div', { class: 'summary-row' }, el('dt', {}, label), el('dd', {}, value || el('span', { class: 'meta' }, 'Not given')),
    el('dd', { class: 'change' }, link(`#/d/${id}/s/${where}`, 'Change', { 'aria-label': `Change ${label.toLowerCase()}` })));
  main.replaceChildren(el('div', { class: 'walk' }, stepNav('review', base),
    el('h1', { tabindex: '-1' }, 'Check your answers'),
    gaps.length ? el('div', { class: 'warning-box', id: 'missing' }, el('h2', {}, 'Still missing'), el('ul', {}, ...gaps.map((g) => el('li', {}, link(`#/d/${id}/s/${g.part}`, g.what))))) : null,
    el('dl', { class: 'summary-list' },
      row('What it is about', d.dossier.title, 'why'),
      row('Reasons', d.dossier.reasons.map((k) => app.vocab.label('reasons', k)).join('; '), 'why'),
      row('Patient', `${d.patient.full_name}${d.patient.date_of_birth ? `, born ${dateInWords(d.patient.date_of_birth)}` : ''}`, 'about'),
      row('Doctor for the second opinion', d.dossier.consultant.name, 'about'),
      row('Diagnosis', d.diagnoses.map((x) => x.name).join('; '), 'diagnoses'),
      row('Recommended treatment', d.treatments.map((x) => x.name).join('; '), 'treatments'),
      row('Reports', count(d.documents.length, 'report'), 'documents'),
      row('Questions', count(d.questions.length, 'question'), 'questions')),
    await checklistPanel(id, () => walk(main, id, 'review')),
    el('div', { class: 'actions' }, button('Go to export', () => go(`#/d/${id}/export`), { id: 'continue' }), link(`${base}/questions`, 'Back', { class: 'back' }))));
}

// ---------- guidance ----------

const STATUS_WORDS = {
  present: ['Have it', 'done'],
  missing: ['Missing', 'todo'],
  requested: ['Requested', 'doing'],
  not_applicable: ['Not applicable', 'todo'],
};

/** The what-to-bring checklist, with marks the patient can set. */
async function checklistPanel(id, rerender) {
  const g = await api.guidance(id);
  const rows = g.checklist.map((item) => {
    const [word, cls] = STATUS_WORDS[item.status];
    const actions = [];
    if (item.status === 'missing') {
      actions.push(button('I have asked for it', async () => { await api.markChecklistItem(id, item.key, 'requested'); rerender(); }, { class: 'button secondary', 'aria-label': `Mark as requested: ${item.title}` }));
      actions.push(button('Does not apply', async () => { await api.markChecklistItem(id, item.key, 'not_applicable'); rerender(); }, { class: 'button secondary', 'aria-label': `Does not apply: ${item.title}` }));
    } else if (item.status !== 'present') {
      actions.push(button('Undo', async () => { await api.markChecklistItem(id, item.key, null); rerender(); }, { class: 'button secondary', 'aria-label': `Undo the mark on ${item.title}` }));
    }
    return el('li', { class: 'check-item', 'data-item': item.key },
      el('div', { class: 'check-head' }, el('strong', {}, item.title), el('span', { class: `tag ${cls}` }, word)),
      el('p', { class: 'hint' }, item.why),
      actions.length ? el('div', { class: 'actions' }, ...actions) : null);
  });
  return el('section', { class: 'checklist', id: 'checklist', 'aria-labelledby': 'checklist-h' },
    el('h2', { id: 'checklist-h' }, 'What to bring'),
    el('p', {}, 'What a specialist usually wants to see for a dossier like this one. Add what you have under ', link(`#/d/${id}/s/documents`, 'Your records'), ', and set each report’s kind so it is counted.'),
    el('ul', { class: 'check-list' }, ...rows));
}

/** Questions suggested for this dossier, each added with one click. */
async function suggestionsPanel(id, reload) {
  const g = await api.guidance(id);
  if (!g.suggestions.length) return null;
  const shown = g.suggestions.slice(0, 12);
  return el('section', { class: 'suggestions', 'aria-labelledby': 'suggest-h' },
    el('h2', { id: 'suggest-h' }, 'Questions other patients found useful'),
    el('p', { class: 'hint' }, 'Chosen for your reasons and diagnosis from published question lists. Add the ones that matter to you; you can change the words afterwards.'),
    el('ul', { class: 'item-list', id: 'suggested-questions' }, ...shown.map((q) => el('li', { class: 'card', 'data-suggestion': q.id },
      el('div', { class: 'card-text' }, el('span', { class: 'title' }, q.text)),
      el('p', { class: 'hint' }, `From: ${q.source_name}`),
      el('div', { class: 'actions' }, button('Add this question', async () => {
        await api.addSuggestedQuestion(id, q.id);
        announce('Question added');
        await reload('#suggested-questions button');
      }, { class: 'button secondary', 'aria-label': `Add: ${q.text}` }))))));
}

// ---------- export ----------

export async function exportScreen(main, id) {
  const d = await load(id);
  const sections = [
    ['summary', 'Summary (diagnosis, treatment, what you want)'],
    ['questions', 'Your questions, with room for answers'],
    ['medications', 'Medicines and allergies'],
    ['clinicians', 'Doctors and care team'],
    ['timeline', 'Timeline'],
    ['index', 'Index of reports'],
    ['documents', 'The reports themselves'],
  ];
  const secBoxes = sections.map(([key, label]) => el('div', { class: 'checkbox' },
    el('input', { type: 'checkbox', id: `sec-${key}`, name: 'section', value: key, checked: true }), el('label', { for: `sec-${key}` }, label)));
  const docBoxes = d.documents.map((doc) => el('div', { class: 'checkbox' },
    el('input', { type: 'checkbox', id: `doc-${doc.id}`, name: 'document', value: doc.id, checked: doc.include_in_export }),
    el('label', { for: `doc-${doc.id}` }, doc.title, el('span', { class: 'meta' }, ` ${app.vocab.label('document_kinds', doc.kind) || ''}`))));
  const paper = el('fieldset', { class: 'field' }, el('legend', {}, 'Paper size'),
    el('div', { class: 'radio' }, el('input', { type: 'radio', name: 'paper', id: 'paper-a4', value: 'a4', checked: true }), el('label', { for: 'paper-a4' }, 'A4')),
    el('div', { class: 'radio' }, el('input', { type: 'radio', name: 'paper', id: 'paper-letter', value: 'letter' }), el('label', { for: 'paper-letter' }, 'US Letter')));
  const email = el('div', { class: 'checkbox' }, el('input', { type: 'checkbox', id: 'email-size' }),
    el('label', { for: 'email-size' }, 'Make it smaller for email', el('span', { class: 'hint' }, ' (photos and scans at 150 dpi: still clear on paper)')));
  const progress = el('div', { class: 'progress', role: 'status', 'aria-live': 'polite' });
  const result = el('div', { id: 'export-result' });
  let unlisten = null;
  const run = async () => {
    const options = {
      paper: main.querySelector('input[name=paper]:checked').value,
      email_size: main.querySelector('#email-size').checked,
      exclude_sections: [...main.querySelectorAll('input[name=section]')].filter((b) => !b.checked).map((b) => b.value),
      exclude_documents: [...main.querySelectorAll('input[name=document]')].filter((b) => !b.checked).map((b) => Number(b.value)),
      include_documents: [...main.querySelectorAll('input[name=document]')].filter((b) => b.checked).map((b) => Number(b.value)),
    };
    const bar = el('progress', { max: 1, value: 0, 'aria-label': 'Export progress' });
    const cancel = button('Cancel', () => api.cancelLongAction(), { class: 'button secondary' });
    progress.replaceChildren(el('p', {}, 'Building the PDF…'), bar, cancel);
    result.replaceChildren();
    unlisten = await api.on('export-progress', ([done, total]) => { bar.max = Math.max(total, 1); bar.value = done; });
    try {
      const r = await api.exportPdf(id, options);
      progress.replaceChildren();
      if (r) result.replaceChildren(...exportResult(id, d, r));
      result.querySelector('h2')?.focus();
    } catch (e) {
      progress.replaceChildren();
      result.replaceChildren(errorBox(e.kind === 'cancelled' ? { message: 'The export was cancelled. No file was written.' } : e));
    } finally {
      if (unlisten) unlisten();
    }
  };
  withSidebar(main, d, 'export',
    el('h1', { tabindex: '-1' }, 'Export the PDF for the doctor'),
    el('p', { class: 'lead' }, 'Choose what goes in. The app then asks where to save the PDF.'),
    el('fieldset', { class: 'field' }, el('legend', {}, 'Parts'), ...secBoxes),
    d.documents.length ? el('fieldset', { class: 'field' }, el('legend', {}, 'Reports'), ...docBoxes) : el('p', { class: 'empty' }, 'No reports yet. You can still export the rest.'),
    paper, email,
    el('div', { class: 'actions' }, button('Export the PDF', run, { id: 'export' })),
    progress, result);
}

function exportResult(id, d, r) {
  const mb = (r.bytes / 1e6).toFixed(1);
  const out = [
    el('h2', { tabindex: '-1' }, 'Your PDF is ready'),
    el('p', { class: 'success', id: 'export-summary' }, `${r.pages} pages, ${mb} MB, saved to ${r.path}`),
  ];
  if (r.over_email_limit) out.push(el('div', { class: 'warning-box' }, `At ${mb} MB it is larger than many email services accept (often 20 MB). Try again with "Make it smaller for email", or print it.`));
  if (r.missing_characters) out.push(el('div', { class: 'warning-box' }, `Some letters could not be printed and show as "?": ${r.missing_characters}`));
  if (r.not_enclosed.length) {
    out.push(el('div', { class: 'warning-box', id: 'not-enclosed' }, el('h3', {}, 'Not shown as pages'),
      el('p', {}, 'These are listed in the PDF with the reason, and their files are attached inside it:'),
      el('ul', {}, ...r.not_enclosed.map((n) => el('li', {}, el('strong', {}, n.title), `: ${n.reason}`)))));
  }
  const say = el('p', { role: 'status' });
  const act = (fn) => async () => { try { await fn(); } catch (e) { say.textContent = e.message; } };
  out.push(el('div', { class: 'actions' },
    button('Open (to read or print)', act(() => api.openExport()), { id: 'open-export' }),
    button('Show in folder', act(() => api.showExport()), { class: 'button secondary' }),
    button('Email', act(() => api.emailExport(id)), { class: 'button secondary', id: 'email-export' })),
  el('p', { class: 'hint' }, `Email opens your mail program with ${d.dossier.consultant.email || 'the doctor’s address (add it under About you and the appointment)'}, a subject and a short message. Mail programs cannot be handed a file this way, so the folder with the PDF opens too: drag the PDF into the email to attach it.`), say);
  return out;
}

// ---------- before and after the visit ----------

export async function requestScreen(main, id) {
  const d = await load(id);
  const req = { to: '', records: '', from: null, until: null, send_to: d.patient.email || '' };
  const form = autoForm([
    { key: 'to', label: 'Who is the letter to?', hint: 'For example: Records office, Valley Hospital, or Dr Lee' },
    { key: 'records', label: 'Which records do you need?', type: 'textarea', hint: 'One a line. For example: MRI report of my knee; the MRI images on CD; my blood tests' },
    { key: 'from', label: 'From (optional)', type: 'date' },
    { key: 'until', label: 'Until (optional)', type: 'date' },
    { key: 'send_to', label: 'Where should they send them?', hint: 'Your email or postal address' },
  ], req, async () => {}, app.vocab);
  const result = el('div', { 'aria-live': 'polite' });
  const write = button('Write the letter', async () => {
    await form.flush();
    try {
      const path = await api.writeRecordsRequest(id, req);
      if (path) {
        result.replaceChildren(el('p', { class: 'success', id: 'request-done' }, `Saved to ${path} (and the same text as a .txt file to paste into an email).`),
          el('div', { class: 'actions' }, button('Open the letter', () => api.openExport(), { class: 'button secondary' })));
      }
    } catch (e) {
      const f = form.fields.find((x) => e.message && e.message.startsWith(`${x.key}:`));
      if (f) { f.setError(e.message.replace(/^[a-z_]+:\s*/, '')); f.focus(); } else result.replaceChildren(errorBox(e));
    }
  }, { id: 'write-request' });
  withSidebar(main, d, 'request',
    el('h1', { tabindex: '-1' }, 'Ask for your records'),
    el('p', { class: 'lead' }, 'You have a right to copies of your records in most countries. This writes a short, polite letter saying you are getting a second opinion, which doctors are used to.'),
    el('div', { class: 'inset' }, 'The wording is a template, not legal advice. Some hospitals have their own form or charge a fee.'),
    form.node, el('div', { class: 'actions' }, write), result);
}

export async function afterScreen(main, id) {
  const d = await load(id);
  const view = await api.getOpinion(id);
  const opinion = { ...view.opinion };
  const table = el('div', { id: 'comparison' });
  const showTable = (rows) => {
    const word = { agree: 'Same', differ: 'Different', unknown: '' };
    table.replaceChildren(el('table', { class: 'timeline' }, el('caption', {}, 'First and second opinion side by side'),
      el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, ''), el('th', { scope: 'col' }, 'First opinion'), el('th', { scope: 'col' }, 'Second opinion'), el('th', { scope: 'col' }, 'Same?'))),
      el('tbody', {}, ...rows.map((r) => el('tr', { class: `agreement-${r.agreement}` }, el('th', { scope: 'row' }, r.topic), el('td', {}, r.first), el('td', {}, r.second),
        el('td', {}, r.agreement === 'differ' ? el('strong', {}, word[r.agreement]) : word[r.agreement]))))));
  };
  showTable(view.comparison);
  const form = autoForm([
    { key: 'given_by', label: 'Who gave the second opinion?' },
    { key: 'given_on', label: 'When', type: 'date' },
    { key: 'diagnosis', label: 'Their diagnosis', type: 'textarea' },
    { key: 'treatment', label: 'What they recommend', type: 'textarea' },
    { key: 'key_points', label: 'Key points they made', type: 'textarea' },
    { key: 'follow_ups', label: 'What happens next (follow-ups)', type: 'textarea' },
  ], opinion, async (v) => {
    await api.saveOpinion(id, v);
    showTable((await api.getOpinion(id)).comparison);
  }, app.vocab);
  const say = el('p', { role: 'status' });
  withSidebar(main, d, 'after',
    el('h1', { tabindex: '-1' }, 'After the visit'),
    el('p', { class: 'lead' }, 'Write down what the second doctor said while you remember it. Answers to your questions go with each question under ', link(`#/d/${id}/s/questions`, 'Your questions'), '.'),
    form.node, form.status.node, table,
    el('p', { class: 'hint' }, '"Same" and "Different" compare the words written down. Ask your doctor what a difference means for you.'),
    el('div', { class: 'actions' }, button('Save the comparison as a PDF', async () => {
      await form.flush();
      try {
        const path = await api.exportComparison(id);
        if (path) say.textContent = `Saved to ${path}`;
      } catch (e) { say.textContent = e.message; }
    }, { id: 'export-comparison' })), say);
}

// ---------- about ----------

export async function about(main) {
  const info = app.info;
  main.replaceChildren(
    el('h1', { tabindex: '-1' }, 'About Second Opinion Dossier'),
    el('p', {}, `Version ${info.version}.`),
    el('p', {}, 'Free software under the MIT licence. It keeps your records on this computer and sends nothing anywhere unless you export it.'),
    el('h2', {}, 'Where your records are kept'),
    el('p', { id: 'data-dir' }, info.data_dir),
    el('div', { class: 'actions' }, button('Show the folder', () => api.showDataDir().catch((e) => showError(main, e)), { class: 'button secondary' })),
    el('h2', {}, 'What is included'),
    el('ul', { class: 'list' },
      el('li', {}, 'The PDF uses the DejaVu Sans fonts (Bitstream Vera licence; DejaVu changes in the public domain).'),
      el('li', {}, 'Suggested questions are written in this app’s own words from published question lists: AHRQ “Questions Are the Answer” (US government, public domain), Choosing Wisely and its BRAN summary, Ask Me 3, the US National Cancer Institute, and questions about devices and new medicines.'),
      el('li', {}, 'Figures on second opinions come from the article “What is a second opinion?”, which cites a Mayo Clinic study and British Medical Journal reviews.')),
  );
}
