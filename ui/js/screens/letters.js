// Before and after the visit: the letter asking for copies of records, and
// the second opinion set beside the first, marked by the patient.
import * as api from '../api.js';
import { el } from '../dom.js';
import { autoForm, errorField, errorText, showErrorSummary, saveStatus } from '../forms.js';
import { app, link, button, errorBox, load, pdfLanguage, withSidebar } from './common.js';

export async function requestScreen(main, id) {
  const d = await load(id);
  const req = { to: '', records: '', from: null, until: null, send_to: d.patient.email || '' };
  const form = autoForm([
    { key: 'to', label: 'Who is the letter to?', hint: 'For example: Records office, Valley Hospital, or Dr Lee' },
    { key: 'records', label: 'Which records do you need?', type: 'textarea', hint: 'One a line. For example: MRI report of my knee; the MRI images on CD; my blood tests' },
    { key: 'from', label: 'From (optional)', type: 'date' },
    { key: 'until', label: 'Until (optional)', type: 'date' },
    { key: 'send_to', label: 'Where should they send them?', hint: 'Your email or postal address' },
  ], req, { queueKey: `request:${id}`, send: async () => 0, vocab: app.vocab });
  const language = pdfLanguage('letter-language', 'The language of the records office or doctor you write to.');
  const result = el('div', { 'aria-live': 'polite' });
  const write = button('Write the letter', async () => {
    const errors = await form.flush();
    if (errors.length) { showErrorSummary(main.querySelector('.content'), errors); return; }
    try {
      const path = await api.writeRecordsRequest(id, req, language.value());
      if (path) {
        result.replaceChildren(el('p', { class: 'success', id: 'request-done' }, `Saved to ${path} (and the same text as a .txt file to paste into an email).`),
          el('div', { class: 'actions' }, button('Open the letter', () => api.openExport(), { class: 'button secondary' })));
      }
    } catch (e) {
      const f = form.fields.find((x) => x.key === errorField(e));
      if (f) {
        f.setError(errorText(e));
        showErrorSummary(main.querySelector('.content'), [{ message: `${f.label}: ${errorText(e)}`, target: f.target() }]);
      } else result.replaceChildren(errorBox(e));
    }
  }, { id: 'write-request' });
  withSidebar(main, d, 'request',
    el('h1', { tabindex: '-1' }, 'Ask for your records'),
    el('p', { class: 'lead' }, 'You have a right to copies of your records in most countries. This writes a short, polite letter saying you are getting a second opinion, which doctors are used to.'),
    el('div', { class: 'inset' }, 'The wording is a template, not legal advice. Some hospitals have their own form or charge a fee.'),
    form.node, language.node, el('div', { class: 'actions' }, write), result);
}

const MARKS = [['same', 'The same'], ['different', 'Different'], ['not_sure', 'Not sure']];

/** The side-by-side table: what each doctor said, and the patient's mark. */
function comparisonTable(rows) {
  return el('table', { class: 'timeline comparison' }, el('caption', {}, 'First and second opinion side by side'),
    el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Topic'), el('th', { scope: 'col' }, 'First opinion'), el('th', { scope: 'col' }, 'Second opinion'), el('th', { scope: 'col' }, 'Your mark'))),
    el('tbody', {}, ...rows.map((r) => el('tr', {}, el('th', { scope: 'row' }, r.topic),
      el('td', {}, r.first || el('span', { class: 'meta' }, 'Not written down')),
      el('td', {}, r.second || el('span', { class: 'meta' }, 'Not written down'), r.fact ? el('p', { class: 'fact' }, r.fact) : ''),
      el('td', {}, r.key ? (MARKS.find(([k]) => k === r.mark)?.[1] || el('span', { class: 'meta' }, 'Not marked')) : '')))));
}

/** A choice of mark for each topic; the app never sets one itself. */
function markChoices(rows, opinion, save) {
  return el('div', { class: 'marks' }, ...rows.filter((r) => r.key).map((r) => el('fieldset', { class: 'field mark' },
    el('legend', {}, `${r.topic}: how do you read the two opinions?`),
    el('div', { class: 'radio-row' }, ...[...MARKS, ['', 'Not marked']].map(([k, word]) => {
      const id = `mark-${r.key}-${k || 'none'}`;
      const input = el('input', { type: 'radio', name: `mark-${r.key}`, id, value: k, checked: (opinion.marks[r.key] || '') === k });
      input.addEventListener('change', () => {
        if (k) opinion.marks[r.key] = k; else delete opinion.marks[r.key];
        save();
      });
      return el('div', { class: 'radio' }, input, el('label', { for: id }, word));
    })))));
}

export async function afterScreen(main, id) {
  const d = await load(id);
  const view = await api.getOpinion(id);
  const opinion = { ...view.opinion, marks: { ...(view.opinion.marks || {}) } };
  // Who gives the second opinion is often known already.
  if (!opinion.given_by) opinion.given_by = d.dossier.consultant.name || '';
  const table = el('div', { id: 'comparison' }, comparisonTable(view.comparison));
  const refresh = async () => table.replaceChildren(comparisonTable((await api.getOpinion(id)).comparison));
  const status = saveStatus();
  const queued = { queueKey: `opinion:${id}`, send: async (snapshot) => { await api.saveOpinion(id, snapshot); await refresh(); }, vocab: app.vocab, status };
  const form = autoForm([
    { key: 'given_by', label: 'Who gave the second opinion?' },
    { key: 'given_on', label: 'When', type: 'date' },
    { key: 'diagnosis', label: 'Their diagnosis', type: 'textarea' },
    { key: 'diagnosis_code', label: 'Their diagnosis code, if they wrote one (optional)', hint: 'For example an ICD-10 code such as M17.11' },
    { key: 'treatment', label: 'What they recommend', type: 'textarea' },
    { key: 'key_points', label: 'Key points they made', type: 'textarea' },
    { key: 'follow_ups', label: 'What happens next (follow-ups)', type: 'textarea' },
  ], opinion, queued);
  const marks = markChoices(view.comparison, opinion, () => form.flush({ explicit: true }));
  const say = el('p', { role: 'status' });
  const language = pdfLanguage('comparison-language', 'The language of whoever will read it.');
  withSidebar(main, d, 'after',
    el('h1', { tabindex: '-1' }, 'After the visit'),
    el('p', { class: 'lead' }, 'Write down what the second doctor said while you remember it. Answers to your questions go with each question under ', link(`#/d/${id}/s/questions`, 'Your questions'), '.'),
    form.node, status.node, table,
    el('h2', {}, 'Your marks'),
    el('p', { class: 'hint' }, 'Only you and your doctors can say whether the two opinions agree: the app does not judge it. Mark each topic the way you read it, and ask your doctor what a difference means for you.'),
    marks, language.node,
    el('div', { class: 'actions' }, button('Save the comparison as a PDF', async () => {
      const errors = await form.flush();
      if (errors.length) { showErrorSummary(main.querySelector('.content'), errors); return; }
      try {
        const path = await api.exportComparison(id, language.value());
        if (path) say.textContent = `Saved to ${path}`;
      } catch (e) { say.textContent = e.message; }
    }, { id: 'export-comparison' })), say);
}
