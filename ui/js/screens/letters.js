// Before and after the visit: the letter asking for copies of records, and
// the second opinion set beside the first, marked by the patient.
import * as api from '../api.js';
import { el } from '../dom.js';
import { autoForm, errorField, errorText, showErrorSummary, saveStatus } from '../forms.js';
import { app, link, button, errorBox, load, pdfLanguage, withSidebar } from './common.js';
import { t } from '../i18n.js';

export async function requestScreen(main, id) {
  const d = await load(id);
  const req = { to: '', records: '', from: null, until: null, send_to: d.patient.email || '' };
  const form = autoForm([
    { key: 'to', label: t('letters-to'), hint: t('letters-to-hint') },
    { key: 'records', label: t('letters-records'), type: 'textarea', hint: t('letters-records-hint') },
    { key: 'from', label: t('letters-from'), type: 'date' },
    { key: 'until', label: t('letters-until'), type: 'date' },
    { key: 'send_to', label: t('letters-send-to'), hint: t('letters-send-to-hint') },
  ], req, { queueKey: `request:${id}`, send: async () => 0, vocab: app.vocab });
  const language = pdfLanguage('letter-language', t('letters-request-language-reader'));
  const result = el('div', { 'aria-live': 'polite' });
  const write = button(t('letters-write'), async () => {
    const errors = await form.flush();
    if (errors.length) { showErrorSummary(main.querySelector('.content'), errors); return; }
    try {
      const path = await api.writeRecordsRequest(id, req, language.value());
      if (path) {
        result.replaceChildren(el('p', { class: 'success', id: 'request-done' }, t('letters-request-saved', { path })),
          el('div', { class: 'actions' }, button(t('letters-open'), () => api.openExport(), { class: 'button secondary' })));
      }
    } catch (e) {
      const f = form.fields.find((x) => x.key === errorField(e));
      if (f) {
        f.setError(errorText(e));
        showErrorSummary(main.querySelector('.content'), [{ message: t('letters-field-error', { label: f.label, error: errorText(e) }), target: f.target() }]);
      } else result.replaceChildren(errorBox(e));
    }
  }, { id: 'write-request' });
  withSidebar(main, d, 'request',
    el('h1', { tabindex: '-1' }, t('letters-request-heading')),
    el('p', { class: 'lead' }, t('letters-request-lead')),
    el('div', { class: 'inset' }, t('letters-request-template-note')),
    form.node, language.node, el('div', { class: 'actions' }, write), result);
}

/** The patient's marks, with their words. */
const marks = () => [['same', t('letters-mark-same')], ['different', t('letters-mark-different')], ['not_sure', t('letters-mark-not-sure')]];

/**
 * A message with a link in it: `text` is the message formatted with the
 * link's place as `{ $link }` (given as PLACE), `node` the link.
 */
const PLACE = '\u0000';
function withLink(text, node) {
  const [before, after = ''] = text.split(PLACE);
  return [before, node, after];
}

/** The side-by-side table: what each doctor said, and the patient's mark. */
function comparisonTable(rows) {
  const words = marks();
  return el('table', { class: 'timeline comparison' }, el('caption', {}, t('letters-comparison-caption')),
    el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, t('letters-topic')), el('th', { scope: 'col' }, t('letters-first-opinion')), el('th', { scope: 'col' }, t('letters-second-opinion')), el('th', { scope: 'col' }, t('letters-your-mark')))),
    el('tbody', {}, ...rows.map((r) => el('tr', {}, el('th', { scope: 'row' }, r.topic),
      el('td', {}, r.first || el('span', { class: 'meta' }, t('letters-not-written'))),
      el('td', {}, r.second || el('span', { class: 'meta' }, t('letters-not-written')), r.fact ? el('p', { class: 'fact' }, r.fact) : ''),
      el('td', {}, r.key ? (words.find(([k]) => k === r.mark)?.[1] || el('span', { class: 'meta' }, t('letters-not-marked'))) : '')))));
}

/** A choice of mark for each topic; the app never sets one itself. */
function markChoices(rows, opinion, save) {
  return el('div', { class: 'marks' }, ...rows.filter((r) => r.key).map((r) => el('fieldset', { class: 'field mark' },
    el('legend', {}, t('letters-mark-question', { topic: r.topic })),
    el('div', { class: 'radio-row' }, ...[...marks(), ['', t('letters-not-marked')]].map(([k, word]) => {
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
    { key: 'given_by', label: t('letters-given-by') },
    { key: 'given_on', label: t('letters-given-on'), type: 'date' },
    { key: 'diagnosis', label: t('letters-diagnosis'), type: 'textarea' },
    { key: 'diagnosis_code', label: t('letters-diagnosis-code'), hint: t('letters-diagnosis-code-hint') },
    { key: 'treatment', label: t('letters-treatment'), type: 'textarea' },
    { key: 'key_points', label: t('letters-key-points'), type: 'textarea' },
    { key: 'follow_ups', label: t('letters-follow-ups'), type: 'textarea' },
  ], opinion, queued);
  const choices = markChoices(view.comparison, opinion, () => form.flush({ explicit: true }));
  const say = el('p', { role: 'status' });
  const language = pdfLanguage('comparison-language', t('letters-comparison-language-reader'));
  withSidebar(main, d, 'after',
    el('h1', { tabindex: '-1' }, t('letters-after-heading')),
    el('p', { class: 'lead' }, t('letters-after-lead'), ' ',
      ...withLink(t('letters-after-answers', { link: PLACE }), link(`#/d/${id}/s/questions`, t('letters-after-questions-link')))),
    form.node, status.node, table,
    el('h2', {}, t('letters-marks-heading')),
    el('p', { class: 'hint' }, t('letters-marks-hint')),
    choices, language.node,
    el('div', { class: 'actions' }, button(t('letters-save-comparison'), async () => {
      const errors = await form.flush();
      if (errors.length) { showErrorSummary(main.querySelector('.content'), errors); return; }
      try {
        const path = await api.exportComparison(id, language.value());
        if (path) say.textContent = t('letters-comparison-saved', { path });
      } catch (e) { say.textContent = e.message; }
    }, { id: 'export-comparison' })), say);
}
