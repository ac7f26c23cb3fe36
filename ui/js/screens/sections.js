// A dossier's overview and the screen of each of its parts (also shown as
// guided steps), with the what-to-bring checklist and suggested questions.
import * as api from '../api.js';
import { saveFilePanel } from './archive.js';
import { el, announce } from '../dom.js';
import { autoForm, deleteButton, saveStatus } from '../forms.js';
import { sectionList, itemsOf } from '../lists.js';
import { queueFor } from '../savequeue.js';
import { SECTIONS, PARTS, BACKGROUND, DAILY_LIFE } from '../schema.js';
import { bmi } from '../measures.js';
import { addFromPortal } from './portal.js';
import { t, number } from '../i18n.js';
import { app, go, link, button, more, showError, load, tag, withSidebar, focusFirst } from './common.js';
import { whyForm, stepNav, stepButtons, saved, personFields, consultantFields } from './walk.js';

/** Where a message puts a link ({ $link }), so that the sentence around it
 * stays one message. */
const LINK = '\u{E000}';
function withLink(text, node) {
  const [before, after = ''] = text.split(LINK);
  return [before, node, after];
}

export async function overview(main, id) {
  const d = await load(id);
  const status = d.progress.parts;
  const gaps = d.progress.missing;
  withSidebar(main, d, 'overview',
    el('h1', { tabindex: '-1' }, d.dossier.title),
    el('p', { class: 'lead' }, t('sections-overview-lead', { name: d.patient.full_name, reports: d.documents.length, questions: d.questions.length })),
    el('div', { class: 'actions' }, button(t('sections-overview-continue'), () => go(`#/d/${id}/walk/${d.progress.resume}`), { class: 'button secondary', id: 'resume' }),
      button(t('sections-overview-export'), () => go(`#/d/${id}/export`))),
    el('h2', {}, t('sections-overview-parts')),
    el('ul', { class: 'task-list' }, ...PARTS.map((p) => el('li', {},
      link(`#/d/${id}/s/${p.key}`, p.title),
      tag(status[p.key], 'strong')))),
    gaps.length ? el('section', {}, el('h2', {}, t('sections-overview-missing')), el('ul', { class: 'list', id: 'missing' }, ...gaps.map((g) => el('li', {}, link(`#/d/${id}/s/${g.part}`, g.what))))) : el('p', {}, t('sections-overview-nothing-missing')),
    await checklistPanel(id, () => overview(main, id)),
    el('h2', {}, t('sections-overview-copy-heading')),
    el('p', {}, t('sections-overview-copy-text')),
    saveFilePanel(id, main.querySelector('.content') || main),
    el('div', { class: 'actions' },
      deleteButton(t('sections-overview-delete'), async () => { await api.deleteDossier(id); go('#/'); })),
  );
}

/** The forms over the patient and the dossier's request details. */
function requestForms(d, key) {
  const dossier = structuredClone(d.dossier);
  const dossierQueue = { queueKey: `dossier:${dossier.id}`, send: (snapshot) => api.saveDossier(snapshot), vocab: app.vocab };
  if (key === 'why') return whyForm(dossier, dossierQueue);
  const consultant = autoForm(consultantFields(), dossier, { ...dossierQueue, status: saveStatus() });
  const doctor = [el('h2', {}, t('sections-request-second-opinion')), consultant.node,
    autoForm([{ key: 'decide_by', label: t('sections-request-decide-by'), type: 'date' }], dossier, { ...dossierQueue, status: consultant.status }).node,
    consultant.status.node];
  if (key === 'doctor') {
    return [el('h1', { tabindex: '-1' }, t('sections-request-doctor-heading')),
      el('p', { class: 'lead' }, t('sections-request-doctor-lead')), ...doctor.slice(1)];
  }
  const patient = { ...d.patient };
  const pForm = autoForm(personFields(), patient, { queueKey: `patient:${patient.id}`, send: (snapshot) => api.savePatient(snapshot), vocab: app.vocab });
  const notes = autoForm([{ key: 'notes', label: t('sections-request-notes'), type: 'textarea' }], dossier, { ...dossierQueue, status: consultant.status });
  return [
    el('h1', { tabindex: '-1' }, t('sections-request-about-heading')),
    el('h2', {}, t('sections-request-patient')), pForm.node, pForm.status.node,
    ...doctor.slice(0, 3), notes.node, consultant.status.node,
  ];
}

/** "I take no medicines" and "No known allergies": answers, not gaps.
 * `has` says whether the section already lists something. */
function noneBox(d, section, label, reload, has = itemsOf(section, d).length > 0) {
  const id = `none-${section}`;
  const box = el('input', { type: 'checkbox', id, checked: d.dossier.none_known.includes(section) && !has, disabled: has });
  const dossier = structuredClone(d.dossier);
  const queue = queueFor(`dossier:${dossier.id}`, (snapshot) => api.saveDossier(snapshot));
  box.addEventListener('change', async () => {
    // Typing not yet saved on this screen is saved first; a box that cannot
    // be saved stops here, with the summary, rather than being lost.
    const where = box.closest('.content, .walk');
    if (!(await saved(where))) { box.checked = !box.checked; return; }
    dossier.none_known = box.checked ? [...new Set([...dossier.none_known, section])] : dossier.none_known.filter((k) => k !== section);
    queue.push(dossier);
    const r = await queue.idle();
    if (r.ok) await reload(`#${id}`); else showError(where, r.error);
  });
  return el('div', { class: 'checkbox none-known' }, box, el('label', { for: id }, label,
    has ? el('span', { class: 'hint' }, ` ${t('sections-none-unavailable')}`) : ''));
}

async function recordsTools(main, d, reload) {
  const id = d.dossier.id;
  const progress = el('p', { class: 'progress', role: 'status', 'aria-live': 'polite' });
  const result = el('div', { class: 'add-result', 'aria-live': 'polite' });
  const show = (r) => {
    const parts = [];
    if (r.added.length) parts.push(el('p', { class: 'success' }, t('sections-records-added', { count: r.added.length })));
    if (r.failed.length) {
      parts.push(el('div', { class: 'error-summary', role: 'alert' }, el('h2', {}, t('sections-records-failed', { count: r.failed.length })),
        el('ul', {}, ...r.failed.map((f) => el('li', {}, f.message)))));
    }
    return parts;
  };
  const add = button(t('sections-records-add'), async () => {
    let stop = null;
    try {
      progress.textContent = t('sections-records-choose');
      const bar = el('progress', { max: 1, value: 0, 'aria-label': t('sections-records-adding') });
      const cancel = button(t('sections-records-stop'), () => api.cancelLongAction(), { class: 'button secondary' });
      stop = await api.on('import-progress', ([done, total]) => {
        if (total > 1) progress.replaceChildren(el('span', {}, `${t('sections-records-adding-file', { number: Math.min(done + 1, total), total })} `), bar, cancel);
        bar.max = total;
        bar.value = done;
      });
      const r = await api.pickDocuments(id);
      stop();
      stop = null;
      progress.textContent = '';
      if (r) { await reload('#add-documents'); main.querySelector('.add-result')?.replaceChildren(...show(r)); }
    } catch (e) {
      if (stop) stop();
      progress.textContent = '';
      showError(main.querySelector('.content') || main, e);
    }
  }, { id: 'add-documents' });
  const done = async (message) => {
    await reload('#add-portal');
    if (message) main.querySelector('.add-result')?.replaceChildren(el('p', { class: 'success', role: 'status' }, message));
  };
  const portal = button(t('sections-records-portal'), () => addFromPortal(main.querySelector('.content, .walk') || main, id, done), { id: 'add-portal', class: 'button secondary' });
  return { node: el('div', {}, el('div', { class: 'drop-hint' }, t('sections-records-drop-hint')), progress, result), add, portal };
}

/** Opens a report in the system viewer; a file that is not a viewable
 * type is never handed to it: the app warns and offers its folder. */
async function openReport(main, dossierId, doc) {
  const copy = await api.openDocument(dossierId, doc.id);
  if (copy.viewable) return;
  const where = main.querySelector('.content, .walk') || main;
  where.querySelector('#not-viewable')?.remove();
  const box = el('div', { class: 'warning-box', id: 'not-viewable', role: 'alert', tabindex: '-1' },
    el('h2', {}, t('sections-open-not-opened', { title: doc.title })),
    el('p', {}, t('sections-open-not-viewable', { what: copy.what })),
    el('div', { class: 'actions' }, button(t('sections-open-show-in-folder'), () => api.showDocument(dossierId, doc.id).catch((e) => showError(where, e)), { class: 'button secondary' })));
  where.prepend(box);
  box.focus();
}

/** A form over the dossier's health background or daily life (`name`),
 * saved as a whole as the patient types. */
function answersForm(d, name, defs) {
  const record = structuredClone(d[name]);
  return autoForm(defs, record, { queueKey: `${name}:${d.dossier.id}`, send: (snapshot) => api.saveAnswers(name, d.dossier.id, snapshot), vocab: app.vocab });
}

/** The BMI worked out from the height and weight boxes, as a number only:
 * what it means is for the doctors to say. */
function bmiLine(form) {
  const line = el('p', { class: 'hint', id: 'bmi', 'aria-live': 'polite' });
  const update = () => {
    const read = (k) => form.fields.find((f) => f.key === k).read().value;
    const v = bmi(read('height_cm'), read('weight_kg'));
    line.textContent = v ? t('sections-bmi', { value: number(v) }) : '';
  };
  form.node.addEventListener('input', update);
  form.node.addEventListener('change', update);
  update();
  return line;
}

/** Health background: the patient's answers, then other conditions,
 * operations and family history. A guided step (`brief`) asks only what
 * matters most; the screen asks everything. */
function backgroundBody(d, reload, brief) {
  // Height and weight are typed in the units this patient was last given in.
  const defs = BACKGROUND.map((f) => (f.type === 'measure' ? { ...f, unitsFor: d.patient.id } : f));
  const form = answersForm(d, 'background', defs);
  const node = (key) => form.fields.find((f) => f.key === key).node;
  node('weight_kg').after(bmiLine(form));
  node('implants').after(noneBox(d, 'implants', t('sections-none-implants'), reload, Boolean(d.background.implants)));
  // On a guided step the less common questions are folded, to keep it short.
  const extra = ['alcohol', 'occupation', 'pregnant', 'notes'].map(node);
  const fold = el('details', { class: 'more-questions', open: !brief || extra.some((n) => n.querySelector('input, textarea, select')?.value) },
    el('summary', {}, t('sections-background-more')));
  extra[0].before(fold);
  fold.append(...extra);
  const list = (key, none) => [el('h2', {}, SECTIONS[key].heading), el('p', { class: 'hint' }, SECTIONS[key].lead),
    noneBox(d, key, none, reload), sectionList(key, d, app.vocab, reload)];
  return [el('h1', { tabindex: '-1' }, t('sections-background-heading')),
    el('p', { class: 'lead' }, t('sections-background-lead')),
    form.node, form.status.node,
    ...list('other_conditions', t('sections-none-other-conditions')),
    ...list('operations', t('sections-none-operations')),
    ...list('family_history', t('sections-none-family'))];
}

function dailyLifeBody(d) {
  const form = answersForm(d, 'daily_life', DAILY_LIFE);
  return [el('h1', { tabindex: '-1' }, t('sections-daily-heading')),
    el('p', { class: 'lead' }, t('sections-daily-lead')),
    form.node, form.status.node];
}

/** The body of one part's screen. */
async function partBody(main, d, key, reload, brief = false) {
  const id = d.dossier.id;
  const list = (k) => sectionList(k, d, app.vocab, reload);
  const titled = (k, ...rest) => [el('h1', { tabindex: '-1' }, SECTIONS[k].heading), el('p', { class: 'lead' }, SECTIONS[k].lead), ...rest];
  switch (key) {
  case 'why': case 'about': case 'doctor':
    return requestForms(d, key);
  case 'medications':
    return [el('h1', { tabindex: '-1' }, t('sections-medications-heading')),
      el('h2', {}, t('sections-medications-medicines')), el('p', { class: 'hint' }, SECTIONS.medications.lead), noneBox(d, 'medications', t('sections-none-medicines'), reload), list('medications'),
      el('h2', {}, t('sections-medications-allergies')), el('p', { class: 'hint' }, SECTIONS.allergies.lead), noneBox(d, 'allergies', t('sections-none-allergies'), reload), list('allergies')];
  case 'background':
    return backgroundBody(d, reload, brief);
  case 'daily_life':
    return dailyLifeBody(d);
  case 'events':
    return [el('h1', { tabindex: '-1' }, t('sections-timeline-heading')), el('p', { class: 'lead' }, SECTIONS.events.lead),
      d.timeline.length ? el('table', { class: 'timeline' }, el('caption', {}, t('sections-timeline-caption')),
        el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, t('sections-timeline-when')), el('th', { scope: 'col' }, t('sections-timeline-what')), el('th', { scope: 'col' }, t('sections-timeline-details')))),
        el('tbody', {}, ...d.timeline.map((e) => el('tr', {}, el('td', {}, e.date_text), el('td', {}, e.title), el('td', {}, e.detail))))) : null,
      el('h2', {}, t('sections-timeline-added')), list('events')];
  case 'documents': {
    const tools = await recordsTools(main, d, reload);
    const onOpen = (doc) => openReport(main, id, doc).catch((e) => showError(main.querySelector('.content, .walk') || main, e));
    return [...titled('documents', tools.node, sectionList('documents', d, app.vocab, reload, { extraButtons: [tools.add, tools.portal], onOpen })),
      ...(d.results.length ? [el('h2', {}, SECTIONS.results.heading), el('p', { class: 'hint' }, SECTIONS.results.lead), list('results')] : [])];
  }
  case 'questions':
    return titled('questions', list('questions'), await suggestionsPanel(id, reload));
  default:
    if (SECTIONS[key]) return titled(key, list(key));
    throw { message: t('sections-no-such-part', { key }) };
  }
}

/**
 * A part's screen, or a guided step showing that part (`walkStep`). Coming
 * from the check of answers (`back === 'review'`), it offers the way back.
 */
export async function part(main, id, key, walkStep = null, back = null) {
  const d = await load(id);
  const base = `#/d/${id}/walk`;
  const reload = async (focus) => {
    const keepResult = main.querySelector('.add-result')?.cloneNode(true);
    await part(main, id, key, walkStep, back);
    if (keepResult) main.querySelector('.add-result')?.replaceWith(keepResult);
    focusFirst(main, focus);
  };
  const body = await partBody(main, d, key, reload, Boolean(walkStep));
  if (walkStep) {
    const frame = el('div', { class: 'walk', id: 'content', tabindex: '-1' });
    frame.append(stepNav(walkStep, base), ...body, stepButtons(base, walkStep, () => frame));
    main.replaceChildren(frame);
    return;
  }
  const toReview = back === 'review'
    ? el('div', { class: 'actions' }, button(t('sections-back-to-review'), async () => { if (await saved(main.querySelector('.content'))) go(`${base}/review`); }, { id: 'back-to-review' }))
    : null;
  withSidebar(main, d, key === 'doctor' ? 'about' : key, ...body, toReview);
}

/** The tag on each checklist item, by its status; a requested item shows
 * the words the core gives it. */
const statusWords = (status) => ({
  present: [t('sections-checklist-have-it'), 'done'],
  missing: [t('sections-checklist-missing'), 'todo'],
  requested: [null, 'doing'],
  not_applicable: [t('sections-checklist-not-applicable'), 'todo'],
})[status];

/** The what-to-bring checklist, with marks the patient can set. After a
 * mark, focus stays on that item's row. */
export async function checklistPanel(id, rerender) {
  const g = await api.guidance(id);
  const mark = (item, value) => async () => {
    await api.markChecklistItem(id, item.key, value);
    await rerender();
    const row = document.querySelector(`[data-item="${item.key}"]`);
    if (row && !focusFirst(row, 'button')) row.focus();
  };
  const rows = g.checklist.map((item) => {
    const [word, cls] = statusWords(item.status);
    const actions = [];
    if (item.status === 'missing') {
      actions.push(button(item.request_action, mark(item, 'requested'), { class: 'button secondary' }),
        button(t('sections-checklist-does-not-apply'), mark(item, 'not_applicable'), { class: 'button secondary' }));
    } else if (item.status !== 'present') {
      // Visible as "Undo"; screen readers hear the whole message.
      actions.push(el('button', { type: 'button', class: 'button secondary', onclick: mark(item, null), 'aria-label': t('sections-checklist-undo-named', { title: item.title }) }, t('sections-checklist-undo')));
    }
    return el('li', { class: 'check-item', 'data-item': item.key, tabindex: '-1', 'aria-label': item.title },
      el('div', { class: 'check-head' }, el('strong', {}, item.title), el('span', { class: `tag ${cls}` }, word || item.requested_word)),
      el('p', { class: 'hint' }, item.why),
      actions.length ? el('div', { class: 'actions', role: 'group', 'aria-label': item.title }, ...actions) : null);
  });
  return el('section', { class: 'checklist', id: 'checklist', 'aria-labelledby': 'checklist-h' },
    el('h2', { id: 'checklist-h' }, t('sections-checklist-heading')),
    el('p', {}, ...withLink(t('sections-checklist-lead', { link: LINK }), link(`#/d/${id}/s/documents`, t('sections-checklist-records-link')))),
    el('ul', { class: 'check-list' }, ...rows));
}

/** Questions suggested for this dossier, folded under the patient's own
 * questions and grouped by what they are about. */
async function suggestionsPanel(id, reload) {
  const g = await api.guidance(id);
  if (!g.suggestions.length) return null;
  const shown = g.suggestions.slice(0, 12);
  const groups = new Map();
  for (const q of shown) {
    const label = app.vocab.label('question_categories', q.category) || t('sections-suggestions-other');
    if (!groups.has(label)) groups.set(label, []);
    groups.get(label).push(q);
  }
  const open = sessionStorage.getItem(`suggestions-open:${id}`) === '1';
  const fold = el('details', { class: 'suggestions', id: 'suggestions', open },
    el('summary', {}, t('sections-suggestions-heading', { count: shown.length })),
    el('p', { class: 'hint' }, t('sections-suggestions-hint')),
    ...[...groups].map(([label, qs]) => el('section', { class: 'suggestion-group' }, el('h3', {}, label),
      el('ul', { class: 'item-list' }, ...qs.map((q) => el('li', { class: 'card', 'data-suggestion': q.id },
        el('div', { class: 'card-text' }, el('span', { class: 'title' }, q.text)),
        el('p', { class: 'hint' }, t('sections-suggestions-from', { source: q.source_name })),
        el('div', { class: 'actions' }, el('button', {
          type: 'button',
          class: 'button secondary',
          onclick: async () => {
            await api.addSuggestedQuestion(id, q.id);
            announce(t('sections-suggestions-added'));
            await reload(['#suggestions [data-suggestion] button', '#add-questions']);
          },
        }, t('sections-suggestions-add'), more(q.text)))))))));
  fold.addEventListener('toggle', () => sessionStorage.setItem(`suggestions-open:${id}`, fold.open ? '1' : '0'));
  return fold;
}
