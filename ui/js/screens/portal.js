// Adding records from a patient-portal file (C-CDA or FHIR): what the file
// holds is shown first, grouped by section, each item with a tick box;
// what the dossier has already is marked and unticked, and a file about
// another person is said plainly. Nothing is added until the patient says so.
// A file with thousands of items shows the first of each section and counts
// the rest, so that the window stays quick.
import * as api from '../api.js';
import { el, announce } from '../dom.js';
import { t, dateInWords, number } from '../i18n.js';
import { app, button, showError } from './common.js';
import { showErrorSummary } from '../forms.js';

/** A value as the language writes it when it is a plain decimal number;
 * other text is the record's, shown as it is. */
const decimal = (value) => (/^-?\d+\.\d+$/.test(String(value)) ? number(value) : value);

/** Each section of the preview: its key, its heading and an item in a few
 * words (a function, so that the words are those of the language shown). */
const groups = () => [
  ['diagnoses', t('portal-group-diagnoses'), (x, v) => [x.name, x.code, x.diagnosed_on && t('portal-since', { date: dateInWords(x.diagnosed_on) }), v.label('diagnosis_statuses', x.status), x.notes]],
  ['medications', t('portal-group-medications'), (x) => [x.name, x.dose, x.frequency, x.started_on && t('portal-from-date', { date: dateInWords(x.started_on) }), x.stopped_on && t('portal-stopped', { date: dateInWords(x.stopped_on) })]],
  ['allergies', t('portal-group-allergies'), (x, v) => [x.substance, x.reaction, v.label('severities', x.severity)]],
  ['events', t('portal-group-events'), (x) => [x.title, x.date && dateInWords(x.date)]],
  ['clinicians', t('portal-group-clinicians'), (x) => [x.name, x.role, x.institution]],
  ['results', t('portal-group-results'), (x) => [x.test, [decimal(x.value), x.unit].filter(Boolean).join(' '), x.reference_range && t('portal-range', { range: x.reference_range }), x.flag, x.date && dateInWords(x.date), x.notes]],
  ['family_history', t('portal-group-family-history'), (x) => [x.relative, x.condition, x.age_at_onset != null && t('portal-from-age', { age: x.age_at_onset })]],
  ['devices', t('portal-group-devices'), (x) => [x.name, x.date && t('portal-dated', { date: dateInWords(x.date) }), x.status && t('portal-device-status', { status: x.status })]],
];

/** The most items of one section, and of the skipped lines, shown. */
const SHOWN = 200;

function groupList(key, title, words, items, tickNew) {
  if (!items.length) return null;
  const rows = items.slice(0, SHOWN).map((found, i) => {
    const id = `rec-${key}-${i}`;
    const text = words(found, app.vocab).filter(Boolean).join(', ');
    return el('li', { class: 'checkbox record' },
      el('input', { type: 'checkbox', id, 'data-section': key, value: i, checked: tickNew && !found.duplicate }),
      el('label', { for: id }, text, found.duplicate ? el('span', { class: 'tag todo' }, found.repeated ? t('portal-listed-twice') : t('portal-already-in-dossier')) : ''));
  });
  // The rest, not drawn one by one: added as a whole (those that are new).
  const hidden = items.length - Math.min(items.length, SHOWN);
  if (hidden) {
    const id = `rec-${key}-rest`;
    const freshHidden = items.slice(SHOWN).filter((x) => !x.duplicate).length;
    rows.push(el('li', { class: 'checkbox record' },
      el('input', { type: 'checkbox', id, 'data-rest': key, checked: tickNew && freshHidden > 0, disabled: freshHidden === 0 }),
      el('label', { for: id }, freshHidden ? t('portal-rest-add', { hidden, fresh: freshHidden })
        : t('portal-rest-none', { hidden }))));
  }
  const fresh = items.filter((x) => !x.duplicate).length;
  return el('fieldset', { class: 'record-group' },
    el('legend', {}, fresh < items.length ? t('portal-group-count-new', { title, count: items.length, fresh })
      : t('portal-group-count', { title, count: items.length })),
    el('ul', { class: 'plain' }, ...rows));
}

/** The preview of what portal files hold, with Add and Cancel. */
function preview(id, p, done) {
  const r = p.records;
  const box = el('section', { class: 'records-preview', id: 'records-preview', 'aria-labelledby': 'records-preview-h', tabindex: '-1' },
    el('h2', { id: 'records-preview-h' }, t('portal-preview-heading', { files: p.files.join(', ') })),
    el('p', {}, t('portal-preview-lead')));
  // A file that names another person: nothing is ticked, and adding needs
  // the patient to say, in so many words, that it is the right record.
  const other = p.mismatch.length > 0;
  const sure = el('input', { type: 'checkbox', id: 'records-same-person' });
  if (other) {
    box.append(el('div', { class: 'warning-box', role: 'alert', id: 'records-mismatch' },
      el('h3', {}, t('portal-mismatch-heading')),
      el('ul', {}, ...p.mismatch.map((m) => el('li', {}, m))),
      el('p', {}, t('portal-mismatch-lead')),
      el('div', { class: 'checkbox' }, sure, el('label', { for: 'records-same-person' }, t('portal-same-person')))));
  }
  const lists = groups().map(([key, title, words]) => groupList(key, title, words, r[key], !other)).filter(Boolean);
  if (!lists.length) box.append(el('p', { class: 'empty' }, t('portal-nothing-to-add')));
  box.append(...lists);
  // Dates that cannot exist: the item comes in, without its date.
  const undated = r.skipped.filter((s) => s.section === 'dates');
  if (undated.length) {
    box.append(el('details', { class: 'skipped' }, el('summary', {}, t('portal-undated', { count: undated.length })),
      el('ul', {}, ...undated.slice(0, SHOWN).map((s) => el('li', {}, t('portal-skipped-line', { item: s.item, reason: s.reason }))))));
  }
  const notAdded = r.skipped.filter((s) => s.section !== 'dates');
  const skipped = notAdded.length + (r.skipped_more || 0);
  if (skipped) {
    const lines = notAdded.slice(0, SHOWN).map((s) => el('li', {}, t('portal-skipped-line', { item: s.item, reason: s.reason })));
    if (skipped > lines.length) lines.push(el('li', {}, t('portal-skipped-more', { count: skipped - lines.length })));
    box.append(el('details', { class: 'skipped' }, el('summary', {}, t('portal-not-added', { count: skipped })),
      el('ul', {}, ...lines)));
  }
  const add = button(t('portal-add'), async () => {
    if (other && !sure.checked) {
      showErrorSummary(box, [{ message: t('portal-mismatch-error'), target: sure }]);
      return;
    }
    const choice = {};
    for (const [key] of groups()) {
      choice[key] = [...box.querySelectorAll(`input[data-section="${key}"]:checked`)].map((b) => Number(b.value));
      if (box.querySelector(`input[data-rest="${key}"]:checked`)) {
        r[key].forEach((x, i) => { if (i >= SHOWN && !x.duplicate) choice[key].push(i); });
      }
    }
    try {
      const a = await api.addRecords(id, choice);
      const n = a.diagnoses + a.medications + a.allergies + a.events + a.clinicians + a.results + a.family_history + a.devices;
      announce(t('portal-added', { count: n }));
      await done(a.documents ? t('portal-added-from-file-kept', { count: n }) : t('portal-added-from-file', { count: n }));
    } catch (e) {
      // What was read is gone once tried: the preview stays to be read,
      // but cannot be added again without reading the file anew.
      showError(box, e);
      add.disabled = true;
      cancel.textContent = t('portal-close');
    }
  }, { id: 'add-records' });
  const cancel = button(t('portal-cancel'), () => done(null), { class: 'button secondary', id: 'cancel-records' });
  box.append(el('div', { class: 'actions' }, add, cancel));
  return box;
}

/**
 * Reads portal files (from the dialog, or those dropped with `dropped`)
 * and shows the preview in `where`; `reload(message)` redraws the screen
 * after adding or cancelling.
 */
export async function addFromPortal(where, id, reload, { dropped = false } = {}) {
  // A new attempt replaces what an earlier one showed.
  where.querySelector(':scope > .error-summary')?.remove();
  try {
    const p = await api.readRecords(id, dropped);
    if (!p) return;
    where.querySelector('#records-preview')?.remove();
    const box = preview(id, p, reload);
    where.prepend(box);
    box.focus();
  } catch (e) { showError(where, e); }
}

/** Whether a dropped file looks like a portal record rather than a report. */
export function isPortalFile(name) {
  return /\.(xml|json|ndjson|jsonl|zip)$/i.test(name);
}
