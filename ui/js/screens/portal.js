// Adding records from a patient-portal file (C-CDA or FHIR): what the file
// holds is shown first, grouped by section, each item with a tick box;
// what the dossier has already is marked and unticked, and a file about
// another person is said plainly. Nothing is added until the patient says so.
// A file with thousands of items shows the first of each section and counts
// the rest, so that the window stays quick.
import * as api from '../api.js';
import { el, announce } from '../dom.js';
import { count, dateInWords } from '../format.js';
import { app, button, showError } from './common.js';
import { showErrorSummary } from '../forms.js';

/** Each section of the preview: its heading and an item in a few words. */
const GROUPS = [
  ['diagnoses', 'Conditions (added to your health background; you can make one the diagnosis this opinion is about)', (x, v) => [x.name, x.code, x.diagnosed_on && `since ${dateInWords(x.diagnosed_on)}`, v.label('diagnosis_statuses', x.status), x.notes]],
  ['medications', 'Medicines', (x) => [x.name, x.dose, x.frequency, x.started_on && `from ${dateInWords(x.started_on)}`, x.stopped_on && `stopped ${dateInWords(x.stopped_on)}`]],
  ['allergies', 'Allergies', (x, v) => [x.substance, x.reaction, v.label('severities', x.severity)]],
  ['events', 'Operations, procedures and visits (for the timeline)', (x) => [x.title, x.date && dateInWords(x.date)]],
  ['clinicians', 'Doctors and care team', (x) => [x.name, x.role, x.institution]],
  ['results', 'Test results', (x) => [x.test, [x.value, x.unit].filter(Boolean).join(' '), x.reference_range && `range ${x.reference_range}`, x.flag, x.date && dateInWords(x.date), x.notes]],
  ['family_history', 'Family history (added to your health background)', (x) => [x.relative, x.condition, x.age_at_onset != null && `from age ${x.age_at_onset}`]],
  ['devices', 'Devices and medical equipment (added to “Implants or devices” in your health background)', (x) => [x.name, x.date && `dated ${dateInWords(x.date)}`, x.status && `status in the record: ${x.status}`]],
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
      el('label', { for: id }, text, found.duplicate ? el('span', { class: 'tag todo' }, found.repeated ? 'Listed more than once in the file' : 'Already in your dossier') : ''));
  });
  // The rest, not drawn one by one: added as a whole (those that are new).
  const hidden = items.length - Math.min(items.length, SHOWN);
  if (hidden) {
    const id = `rec-${key}-rest`;
    const freshHidden = items.slice(SHOWN).filter((x) => !x.duplicate).length;
    rows.push(el('li', { class: 'checkbox record' },
      el('input', { type: 'checkbox', id, 'data-rest': key, checked: tickNew && freshHidden > 0, disabled: freshHidden === 0 }),
      el('label', { for: id }, `and ${hidden} more not shown here: `,
        freshHidden ? `add the ${freshHidden} that ${freshHidden === 1 ? 'is' : 'are'} new` : 'all are in your dossier already')));
  }
  const fresh = items.filter((x) => !x.duplicate).length;
  return el('fieldset', { class: 'record-group' },
    el('legend', {}, `${title}: ${count(items.length, 'item')}${fresh < items.length ? `, ${fresh} new` : ''}`),
    el('ul', { class: 'plain' }, ...rows));
}

/** The preview of what portal files hold, with Add and Cancel. */
function preview(id, p, done) {
  const r = p.records;
  const box = el('section', { class: 'records-preview', id: 'records-preview', 'aria-labelledby': 'records-preview-h', tabindex: '-1' },
    el('h2', { id: 'records-preview-h' }, `What ${p.files.join(', ')} holds`),
    el('p', {}, 'Untick anything you do not want in your dossier. Items your dossier has already are unticked. The file itself is kept with your reports.'));
  // A file that names another person: nothing is ticked, and adding needs
  // the patient to say, in so many words, that it is the right record.
  const other = p.mismatch.length > 0;
  const sure = el('input', { type: 'checkbox', id: 'records-same-person' });
  if (other) {
    box.append(el('div', { class: 'warning-box', role: 'alert', id: 'records-mismatch' },
      el('h3', {}, 'This file may be about someone else'),
      el('ul', {}, ...p.mismatch.map((m) => el('li', {}, m))),
      el('p', {}, 'Nothing is ticked. Add it only if you are sure it is the right person’s record.'),
      el('div', { class: 'checkbox' }, sure, el('label', { for: 'records-same-person' }, 'I am sure this file is about the person this dossier is for'))));
  }
  const groups = GROUPS.map(([key, title, words]) => groupList(key, title, words, r[key], !other)).filter(Boolean);
  if (!groups.length) box.append(el('p', { class: 'empty' }, 'Nothing in this file could be added to the dossier’s sections.'));
  box.append(...groups);
  // Dates that cannot exist: the item comes in, without its date.
  const undated = r.skipped.filter((s) => s.section === 'dates');
  if (undated.length) {
    box.append(el('details', { class: 'skipped' }, el('summary', {}, `Added without their date: ${count(undated.length, 'item')} (open to see why)`),
      el('ul', {}, ...undated.slice(0, SHOWN).map((s) => el('li', {}, `${s.item}: ${s.reason}`)))));
  }
  const notAdded = r.skipped.filter((s) => s.section !== 'dates');
  const skipped = notAdded.length + (r.skipped_more || 0);
  if (skipped) {
    const lines = notAdded.slice(0, SHOWN).map((s) => el('li', {}, `${s.item}: ${s.reason}`));
    if (skipped > lines.length) lines.push(el('li', {}, `and ${skipped - lines.length} more`));
    box.append(el('details', { class: 'skipped' }, el('summary', {}, `Not added: ${count(skipped, 'line')} (open to see why)`),
      el('ul', {}, ...lines)));
  }
  const add = button('Add the ticked items', async () => {
    if (other && !sure.checked) {
      showErrorSummary(box, [{ message: 'This file names someone else: tick “I am sure this file is about the person this dossier is for” first, or Cancel', target: sure }]);
      return;
    }
    const choice = {};
    for (const [key] of GROUPS) {
      choice[key] = [...box.querySelectorAll(`input[data-section="${key}"]:checked`)].map((b) => Number(b.value));
      if (box.querySelector(`input[data-rest="${key}"]:checked`)) {
        r[key].forEach((x, i) => { if (i >= SHOWN && !x.duplicate) choice[key].push(i); });
      }
    }
    try {
      const a = await api.addRecords(id, choice);
      const n = a.diagnoses + a.medications + a.allergies + a.events + a.clinicians + a.results + a.family_history + a.devices;
      announce(`Added ${count(n, 'item')}`);
      await done(`Added ${count(n, 'item')} from the file${a.documents ? ', and kept the file with your reports' : ''}.`);
    } catch (e) {
      // What was read is gone once tried: the preview stays to be read,
      // but cannot be added again without reading the file anew.
      showError(box, e);
      add.disabled = true;
      cancel.textContent = 'Close';
    }
  }, { id: 'add-records' });
  const cancel = button('Cancel', () => done(null), { class: 'button secondary', id: 'cancel-records' });
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
