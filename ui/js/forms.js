// Form fields, saving as you type, and showing errors. Every form saves
// through the one queue of the record it edits (savequeue.js), so nothing
// typed is lost or saved out of order; a field that cannot be saved keeps
// its text, marked, and never stops the others from saving.
import { el, newId } from './dom.js';
import { t } from './i18n.js';
import { splitDate, joinDate } from './dates.js';
import { queueFor, allIdle, debounce, readable, getPath, setPath } from './savequeue.js';
import { UNITS, partLabel, toMetric, fromMetric } from './measures.js';

/** The field a core error is about: its `field`, else the message's prefix. */
export function errorField(err) {
  if (err && err.field) return err.field;
  const m = /^([a-z_.]+(?:\[\d+\])?)\s*:/.exec((err && err.message) || '');
  return m ? m[1] : null;
}

/** The part of a core error message after the field name. */
export function errorText(err) {
  return String((err && err.message) || err || '').replace(/^[a-z_.]+(?:\[\d+\])?:\s*/, '');
}

function dateField(def, value, onInput, ids) {
  const parts = splitDate(value);
  const boxes = {};
  const box = (name, label, width, val) => {
    const bid = `${ids.id}-${name}`;
    const input = el('input', { id: bid, name: `${def.key}-${name}`, inputmode: 'numeric', autocomplete: 'off', value: val, 'aria-describedby': ids.hint, oninput: onInput, class: 'date-input' });
    boxes[name] = input;
    return el('div', { class: `date-part w${width}` }, el('label', { for: bid }, label), input);
  };
  const row = el('div', { class: 'date-boxes' }, box('day', t('forms-day'), 2, parts.day), box('month', t('forms-month'), 2, parts.month), box('year', t('forms-year'), 4, parts.year));
  const hint = el('p', { class: 'hint', id: ids.hint }, def.hint || t('forms-date-hint'));
  const wrap = el('fieldset', { class: 'field date', 'data-field': def.key }, el('legend', {}, def.label), hint, ids.error, row);
  return {
    wrap,
    read: () => joinDate({ day: boxes.day.value, month: boxes.month.value, year: boxes.year.value }),
    target: (part) => boxes[part] || boxes.day,
    all: Object.values(boxes),
  };
}

/** A height or weight (`def.measure`) typed in the unit the patient
 * chooses, read back in the stored metric unit. The choice is remembered. */
function measureField(def, value, onInput, ids) {
  const units = UNITS[def.measure];
  const unitsKey = `units:${def.unitsFor || ''}:${def.measure}`;
  const remembered = localStorage.getItem(unitsKey);
  let unit = units.some((u) => u.key === remembered) ? remembered : units[0].key;
  let metric = value;
  const boxes = {};
  const row = el('div', { class: 'measure-boxes' });
  const fill = () => {
    const def2 = units.find((u) => u.key === unit);
    const text = fromMetric(def.measure, unit, metric);
    for (const k of Object.keys(boxes)) delete boxes[k];
    row.replaceChildren(...def2.parts.map((k) => {
      const bid = `${ids.id}-${k}`;
      const input = el('input', { id: bid, name: `${def.key}-${k}`, inputmode: 'decimal', autocomplete: 'off', value: text[k], class: 'measure-input', oninput: onInput });
      boxes[k] = input;
      return el('div', { class: 'measure-part' }, el('label', { for: bid }, partLabel(k)), input);
    }));
  };
  const read = () => {
    const parts = Object.fromEntries(Object.entries(boxes).map(([k, b]) => [k, b.value]));
    const v = toMetric(def.measure, unit, parts);
    return v && typeof v === 'object' ? { error: v.error, part: v.part } : { value: v };
  };
  const choose = el('select', { id: `${ids.id}-unit`, name: `${def.key}-unit` },
    ...units.map((u) => el('option', { value: u.key, selected: u.key === unit }, u.label)));
  choose.addEventListener('change', () => {
    const r = read();
    if (!r.error) metric = r.value;
    unit = choose.value;
    localStorage.setItem(unitsKey, unit);
    fill();
  });
  fill();
  const wrap = el('fieldset', { class: 'field measure', 'data-field': def.key }, el('legend', {}, def.label), ids.error,
    el('div', { class: 'measure-row' }, el('div', { class: 'measure-part' }, el('label', { for: `${ids.id}-unit` }, t('forms-unit')), choose), row));
  return {
    wrap,
    read,
    target: (part) => boxes[part] || Object.values(boxes)[0],
    get all() { return Object.values(boxes); },
  };
}

function plainInput(def, value, onInput, vocab, ids) {
  const describedBy = def.hint ? ids.hint : null;
  let input;
  if (def.type === 'select') {
    input = el('select', { id: ids.id, name: def.key, 'aria-describedby': describedBy, onchange: onInput },
      def.none === false ? null : el('option', { value: '' }, def.none || t('forms-not-known')),
      // A language is listed by its own name, in that language.
      ...(def.options || vocab.lists[def.vocab]).map((c) => el('option', {
        value: c.key,
        selected: String(c.key) === String(value),
        ...(def.vocab === 'languages' ? { lang: c.key, translate: 'no' } : {}),
      }, c.label)));
  } else if (def.type === 'checkbox') {
    input = el('input', { type: 'checkbox', id: ids.id, name: def.key, checked: Boolean(value), onchange: onInput });
    const wrap = el('div', { class: 'field checkbox', 'data-field': def.key }, input, el('label', { for: ids.id }, def.label), ids.error);
    return { wrap, read: () => ({ value: input.checked }), target: () => input, all: [input] };
  } else if (def.type === 'textarea') {
    input = el('textarea', { id: ids.id, name: def.key, rows: 3, 'aria-describedby': describedBy, oninput: onInput });
    input.value = value || '';
  } else {
    input = el('input', { id: ids.id, name: def.key, type: def.type || 'text', value: value || '', 'aria-describedby': describedBy, oninput: onInput, autocomplete: 'off' });
  }
  const hint = def.hint ? el('p', { class: 'hint', id: ids.hint }, def.hint) : null;
  const wrap = el('div', { class: 'field', 'data-field': def.key }, el('label', { for: ids.id }, def.label), hint, ids.error, input);
  const read = () => {
    let v = def.type === 'select' ? (input.value || null) : input.value;
    if (def.type === 'select' && def.numeric && v !== null) v = Number(v);
    if (def.required && !String(v || '').trim()) return { error: def.required, required: true };
    return { value: v };
  };
  return { wrap, read, target: () => input, all: [input] };
}

/**
 * A labelled field. `def.key` may be a path such as "consultant.name";
 * `def.required` is the message shown when it is left empty. Returns
 * {node, key, read, setError, target, focus}.
 */
export function field(def, value, onInput, vocab) {
  const id = newId(def.key.replace(/\./g, '-'));
  const ids = { id, hint: `${id}-hint`, error: el('p', { class: 'field-error', id: `${id}-error`, hidden: true }) };
  const make = { date: dateField, measure: measureField }[def.type];
  const f = make ? make(def, value, onInput, ids) : plainInput(def, value, onInput, vocab, ids);
  let errorPart = null;
  const setError = (msg, part = null) => {
    errorPart = msg ? part : null;
    ids.error.hidden = !msg;
    ids.error.textContent = msg ? t('forms-error', { message: msg }) : '';
    f.wrap.classList.toggle('has-error', Boolean(msg));
    const wrong = msg ? f.target(part) : null;
    for (const input of f.all) {
      const bad = input === wrong;
      input.classList.toggle('input-error', bad);
      if (bad) input.setAttribute('aria-invalid', 'true'); else input.removeAttribute('aria-invalid');
      const base = def.type === 'date' || def.hint ? ids.hint : '';
      const described = [base, bad ? ids.error.id : ''].filter(Boolean).join(' ');
      if (described) input.setAttribute('aria-describedby', described); else input.removeAttribute('aria-describedby');
    }
  };
  return {
    node: f.wrap,
    key: def.key,
    label: def.label,
    read: f.read,
    setError,
    target: () => f.target(errorPart),
    focus: () => f.target(errorPart).focus(),
  };
}

/** A "Saved" indicator. */
export function saveStatus() {
  const node = el('p', { class: 'save-status', role: 'status', 'aria-live': 'polite' });
  return {
    node,
    saving: () => { node.textContent = t('forms-saving'); node.className = 'save-status'; },
    saved: () => { node.textContent = t('forms-saved'); node.className = 'save-status ok'; },
    failed: (msg) => { node.textContent = t('forms-not-saved', { message: msg }); node.className = 'save-status bad'; },
    /** A new item is not created until its marked box is filled in. */
    waiting: () => { node.textContent = t('forms-not-saved-fill-first'); node.className = 'save-status bad'; },
    partly: () => { node.textContent = t('forms-saved-partly'); node.className = 'save-status bad'; },
    clear: () => { node.textContent = ''; node.className = 'save-status'; },
  };
}

/** Every form shown, so typing not yet saved is saved before leaving a
 * screen, switching dossier, or closing the window. */
const live = new Set();

/**
 * A form over one stored record that saves as the user types.
 *
 * `record` is the record's current values, shared by every form that edits
 * it; `queueKey` names the record ("dossier:4"); `send(snapshot)` stores a
 * snapshot and resolves to the record's ID. Returns {node, fields, status,
 * flush, errors, focus}. `flush({explicit})` saves now and resolves to the
 * errors still shown; with `explicit`, empty required fields count too.
 * With `creates`, the record is new (ID 0) and is not created until its
 * required fields have text.
 */
export function autoForm(defs, record, { queueKey, send, vocab, status = saveStatus(), delay = 400, creates = false }) {
  const queue = queueFor(queueKey, send);
  let accepted = structuredClone(record);
  const shown = new Map();
  const fields = [];
  const mark = (f, msg, part) => {
    if (msg) shown.set(f.key, { message: msg, field: f }); else shown.delete(f.key);
    f.setError(msg, part);
  };
  const commit = async (explicit = false) => {
    let blocked = false;
    const creating = creates && !record.id;
    const readings = {};
    for (const f of fields) {
      const r = f.read();
      // An empty required box of an item not yet created is not marked
      // while typing; it only keeps the item from being created.
      if (r.error && r.required && !explicit && creating) blocked = true;
      else readings[f.key] = r;
    }
    const { snapshot, errors } = readable(readings, record);
    for (const f of fields.filter((x) => readings[x.key])) {
      const e = errors.find((x) => x.key === f.key);
      mark(f, e ? e.message : '', e && e.part);
      if (e && readings[f.key].required) blocked = true;
    }
    Object.assign(record, snapshot);
    if (blocked && creates && !record.id) {
      status.waiting();
      return;
    }
    status.saving();
    queue.push(record);
    const answer = await queue.idle();
    if (answer.ok) {
      accepted = structuredClone(record);
      if (shown.size) status.partly(); else status.saved();
      refreshSummaries();
      return;
    }
    const key = errorField(answer.error);
    const f = fields.find((x) => x.key === key || x.key.endsWith(`.${key}`) || (key && key.endsWith(`.${x.key}`)));
    if (f && getPath(record, f.key) !== getPath(accepted, f.key)) {
      // Keep the text in the box, marked; save everything else without it.
      mark(f, errorText(answer.error));
      setPath(record, f.key, getPath(accepted, f.key));
      queue.push(record);
      const again = await queue.idle();
      if (again.ok) accepted = structuredClone(record);
    }
    if (f) status.partly(); else status.failed(errorText(answer.error));
  };
  let touched = false;
  const later = debounce(() => commit(false), delay);
  const typed = () => { touched = true; later(); };
  for (const def of defs) fields.push(field(def, getPath(record, def.key), typed, vocab));
  const errors = () => [...shown.values()].map((e) => ({ message: t('forms-field-error', { label: e.field.label, message: e.message }), target: e.field.target() }));
  const form = {
    node: el('div', { class: 'form' }, ...fields.map((f) => f.node)),
    fields,
    status,
    async flush({ explicit = false } = {}) {
      // A new item nobody typed in is not a mistake: it is left alone.
      if (explicit && creates && !record.id && !touched) return [];
      if (later.pending() || explicit) { later.flush(); await commit(explicit); }
      await queue.idle();
      return errors();
    },
    errors,
    focus: () => fields[0] && fields[0].focus(),
  };
  live.add(form);
  return form;
}

/** Saves every form shown now; resolves to the errors still shown. With
 * `explicit` (a Continue button), empty required boxes count as errors. */
export async function flushAll({ explicit = false } = {}) {
  const errors = [];
  for (const f of [...live]) {
    const connected = f.node.isConnected;
    const found = await f.flush({ explicit: explicit && connected });
    if (connected) errors.push(...found); else live.delete(f);
  }
  await allIdle();
  return errors;
}
window.addEventListener('beforeunload', () => { flushAll(); });
document.addEventListener('visibilitychange', () => { flushAll(); });

/**
 * The error summary: a box at the top of `where`, focused, listing each
 * problem as a link that moves focus to its field. `errors` are
 * {message, target} with target an element. Returns the box.
 */
/** Takes out of each error summary the problems that are fixed (their box
 * is no longer marked), and a summary with none left. */
export function refreshSummaries() {
  for (const box of document.querySelectorAll('.error-summary')) {
    for (const a of box.querySelectorAll('.error-list a')) {
      const t = a.errorTarget;
      const marked = t && t.isConnected && (t.getAttribute('aria-invalid') === 'true' || t.closest('.has-error'));
      if (!marked) a.closest('li').remove();
    }
    if (box.querySelector('.error-list') && !box.querySelector('.error-list li')) {
      box.closest('.editor')?.querySelector('.close-anyway')?.remove();
      box.remove();
    }
  }
}

export function showErrorSummary(where, errors) {
  where.querySelector(':scope > .error-summary')?.remove();
  if (!errors.length) return null;
  const box = el('div', { class: 'error-summary', role: 'alert', tabindex: '-1', 'aria-labelledby': 'error-summary-h' },
    el('h2', { id: 'error-summary-h' }, t('forms-problem')),
    el('ul', { class: 'error-list' }, ...errors.map((e) => {
      const a = el('a', { href: e.target && e.target.id ? `#${e.target.id}` : '#' }, e.message);
      a.errorTarget = e.target;
      a.addEventListener('click', (ev) => {
        ev.preventDefault();
        if (e.target) { e.target.scrollIntoView({ block: 'center' }); e.target.focus(); }
      });
      return el('li', {}, a);
    })));
  where.prepend(box);
  box.scrollIntoView({ block: 'start' });
  box.focus();
  return box;
}

/** A confirm-once delete button. */
export function deleteButton(label, onConfirm, hidden = '') {
  const wrap = el('span', { class: 'delete-wrap' });
  const ask = el('button', { type: 'button', class: 'button secondary warning' }, label, hidden ? el('span', { class: 'visually-hidden' }, ` ${hidden}`) : '');
  ask.addEventListener('click', () => {
    const yes = el('button', { type: 'button', class: 'button warning' }, t('forms-delete-yes'));
    const no = el('button', { type: 'button', class: 'button secondary' }, t('forms-delete-no'));
    no.addEventListener('click', () => { wrap.replaceChildren(ask); ask.focus(); });
    yes.addEventListener('click', onConfirm);
    wrap.replaceChildren(el('span', { class: 'confirm-text' }, `${t('forms-delete-confirm')} `), yes, no);
    no.focus();
  });
  wrap.append(ask);
  return wrap;
}
