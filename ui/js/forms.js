// Form fields, saving as you type, and the editable lists every section
// uses.
import * as api from './api.js';
import { el, newId, announce, debounce } from './dom.js';
import { splitDate, joinDate } from './dates.js';
import { SECTIONS } from './schema.js';

/** The field a core error message is about ("diagnosed_on: ..."). */
export function errorField(message) {
  const m = /^([a-z_.]+(?:\[\d+\])?)\s*:/.exec(message || '');
  return m ? m[1].split('.').pop() : null;
}

/** The part of a core error message after the field name. */
function errorText(message) {
  return String(message || '').replace(/^[a-z_.]+:\s*/, '');
}

/** A labelled field. Returns {node, get, set, setError, focus}. */
export function field(def, value, onInput, vocab) {
  const id = newId(def.key);
  const hintId = `${id}-hint`;
  const errId = `${id}-error`;
  const error = el('p', { class: 'field-error', id: errId, hidden: true });
  const hint = def.hint ? el('p', { class: 'hint', id: hintId }, def.hint) : null;
  const describedBy = [def.hint ? hintId : null, errId].filter(Boolean).join(' ');
  let input;
  let get;
  let wrap;
  if (def.type === 'date') {
    const parts = splitDate(value);
    const box = (name, label, width, val) => {
      const bid = `${id}-${name}`;
      return el('div', { class: `date-part w${width}` },
        el('label', { for: bid }, label),
        el('input', { id: bid, name: `${def.key}-${name}`, inputmode: 'numeric', autocomplete: 'off', value: val, 'aria-describedby': describedBy, oninput: onInput, class: 'date-input' }));
    };
    const d = box('day', 'Day', 2, parts.day);
    const m = box('month', 'Month', 2, parts.month);
    const y = box('year', 'Year', 4, parts.year);
    const dateHint = el('p', { class: 'hint', id: hintId }, def.hint || 'For example 14 3 2024. If you only know the month, leave the day empty; if only the year, leave both empty.');
    wrap = el('fieldset', { class: 'field date', 'data-field': def.key, 'aria-describedby': `${hintId} ${errId}` },
      el('legend', {}, def.label), dateHint, error, el('div', { class: 'date-boxes' }, d, m, y));
    const inputs = wrap.querySelectorAll('input');
    input = inputs[0];
    get = () => joinDate({ day: inputs[0].value, month: inputs[1].value, year: inputs[2].value });
  } else if (def.type === 'select') {
    input = el('select', { id, name: def.key, 'aria-describedby': describedBy, onchange: onInput },
      el('option', { value: '' }, 'Not known or not chosen'),
      ...vocab.lists[def.vocab].map((c) => el('option', { value: c.key, selected: c.key === value }, c.label)));
    get = () => ({ value: input.value || null });
  } else if (def.type === 'checkbox') {
    input = el('input', { type: 'checkbox', id, name: def.key, checked: Boolean(value), onchange: onInput });
    wrap = el('div', { class: 'field checkbox', 'data-field': def.key }, input, el('label', { for: id }, def.label), error);
    get = () => ({ value: input.checked });
  } else if (def.type === 'textarea') {
    input = el('textarea', { id, name: def.key, rows: 3, 'aria-describedby': describedBy, oninput: onInput });
    input.value = value || '';
    get = () => ({ value: input.value });
  } else {
    input = el('input', { id, name: def.key, type: def.type || 'text', value: value || '', 'aria-describedby': describedBy, oninput: onInput, autocomplete: 'off' });
    get = () => ({ value: input.value });
  }
  if (!wrap) wrap = el('div', { class: 'field', 'data-field': def.key }, el('label', { for: id }, def.label), hint, error, input);
  const setError = (msg) => {
    error.hidden = !msg;
    error.textContent = msg ? `Error: ${msg}` : '';
    wrap.classList.toggle('has-error', Boolean(msg));
  };
  return { node: wrap, get, setError, focus: () => input.focus(), key: def.key };
}

/** A "Saved" indicator. */
export function saveStatus() {
  const node = el('p', { class: 'save-status', role: 'status', 'aria-live': 'polite' });
  return {
    node,
    saving: () => { node.textContent = 'Saving…'; node.className = 'save-status'; },
    saved: () => { node.textContent = 'Saved'; node.className = 'save-status ok'; },
    failed: (msg) => { node.textContent = `Not saved yet: ${msg}`; node.className = 'save-status bad'; },
    clear: () => { node.textContent = ''; },
  };
}

/**
 * A form over an object that saves as the user types. `save(values)`
 * persists and may reject with a core error naming a field.
 */
export function autoForm(defs, values, save, vocab, { status = saveStatus() } = {}) {
  const fields = [];
  const input = () => run();
  for (const def of defs) fields.push(field(def, values[def.key], input, vocab));
  const collect = () => {
    const out = { ...values };
    let ok = true;
    for (const f of fields) {
      const r = f.get();
      if (r.error) { f.setError(r.error); ok = false; } else { f.setError(''); out[f.key] = r.value; }
    }
    return ok ? out : null;
  };
  const doSave = async () => {
    const out = collect();
    if (!out) { status.failed('check the marked fields'); return false; }
    status.saving();
    try {
      await save(out);
      Object.assign(values, out);
      status.saved();
      return true;
    } catch (e) {
      const key = errorField(e.message);
      const f = fields.find((x) => x.key === key);
      if (f) f.setError(errorText(e.message));
      status.failed(f ? 'check the marked fields' : e.message);
      return false;
    }
  };
  const run = debounce(doSave, 400);
  const node = el('div', { class: 'form' }, ...fields.map((f) => f.node));
  const form = { node, fields, status, flush: () => run.flush(), focus: () => fields[0] && fields[0].focus() };
  live.add(form);
  return form;
}

/** Every form shown, so typing not yet saved is saved before leaving a
 * screen, or when the window is hidden or closed. */
const live = new Set();
export async function flushAll() {
  const pending = [];
  for (const f of live) {
    pending.push(f.flush());
    if (!f.node.isConnected) live.delete(f);
  }
  return Promise.all(pending);
}
window.addEventListener('beforeunload', flushAll);
document.addEventListener('visibilitychange', flushAll);

/** A confirm-once delete button. */
export function deleteButton(label, onConfirm) {
  const wrap = el('span', { class: 'delete-wrap' });
  const ask = el('button', { type: 'button', class: 'button secondary warning' }, label);
  ask.addEventListener('click', () => {
    const yes = el('button', { type: 'button', class: 'button warning' }, 'Yes, delete');
    const no = el('button', { type: 'button', class: 'button secondary' }, 'Keep it');
    no.addEventListener('click', () => { wrap.replaceChildren(ask); ask.focus(); });
    yes.addEventListener('click', onConfirm);
    wrap.replaceChildren(el('span', { class: 'confirm-text' }, 'Delete for good? '), yes, no);
    no.focus();
  });
  wrap.append(ask);
  return wrap;
}

/**
 * The editable list of one section: cards with Change, Delete and (for
 * ordered sections) Move up/down; an Add button; empty-state text.
 * `reload()` re-reads the dossier.
 */
export function sectionList(sectionKey, dossier, vocab, reload, { extraButtons = [], onOpen } = {}) {
  const sec = SECTIONS[sectionKey];
  const items = dossier[sectionKey];
  const dossierId = dossier.dossier.id;
  const list = el('ol', { class: 'item-list', id: `list-${sectionKey}` });
  const save = (item) => api.saveItem(sectionKey, dossierId, item);

  const editor = (item, li, isNew) => {
    const values = { ...item };
    const status = saveStatus();
    const form = autoForm(sec.fields, values, async (out) => {
      if (!String(out[sec.required] || '').trim()) {
        throw { message: `${sec.required}: please fill this in first; nothing is saved until it has some text` };
      }
      const id = await save(out);
      values.id = id;
      out.id = id;
    }, vocab, { status });
    const done = el('button', { type: 'button', class: 'button' }, isNew ? 'Save and close' : 'Done');
    done.addEventListener('click', async () => {
      const ok = await form.flush();
      if (ok === false && isNew && !values.id) return;
      await reload();
    });
    li.replaceChildren(el('div', { class: 'editor' }, form.node, el('div', { class: 'actions' }, done, status.node)));
    form.focus();
  };

  items.forEach((item, index) => {
    const summary = sec.summary(item, vocab).filter(Boolean);
    const li = el('li', { class: 'card', 'data-id': item.id });
    const change = el('button', { type: 'button', class: 'button secondary', 'aria-label': `Change ${summary[0]}` }, 'Change');
    change.addEventListener('click', () => editor(item, li, false));
    const buttons = [change];
    if (onOpen) {
      const open = el('button', { type: 'button', class: 'button secondary', 'aria-label': `Open ${summary[0]}` }, 'Open');
      open.addEventListener('click', () => onOpen(item));
      buttons.push(open);
    }
    if (sec.ordered) {
      const up = el('button', { type: 'button', class: 'button secondary', disabled: index === 0, 'aria-label': `Move up: ${summary[0]}` }, 'Move up');
      const down = el('button', { type: 'button', class: 'button secondary', disabled: index === items.length - 1, 'aria-label': `Move down: ${summary[0]}` }, 'Move down');
      up.addEventListener('click', async () => { await api.moveItem(sectionKey, dossierId, item.id, index - 1); await reload(`[data-id="${item.id}"] button`); announce('Moved up'); });
      down.addEventListener('click', async () => { await api.moveItem(sectionKey, dossierId, item.id, index + 1); await reload(`[data-id="${item.id}"] button`); announce('Moved down'); });
      buttons.push(up, down);
    }
    buttons.push(deleteButton('Delete', async () => {
      await api.deleteItem(sectionKey, dossierId, item.id);
      announce('Deleted');
      await reload();
    }));
    const number = sec.ordered ? el('span', { class: 'number' }, `${index + 1}.`) : null;
    li.append(el('div', { class: 'card-text' }, number, el('span', { class: 'title' }, summary[0] || '(no text)'),
      summary.slice(1).map((s) => el('span', { class: 'meta' }, s))),
    el('div', { class: 'actions' }, ...buttons));
    list.append(li);
  });

  const addButtons = [];
  if (sectionKey !== 'documents') {
    const add = el('button', { type: 'button', class: 'button', id: `add-${sectionKey}` }, sec.add);
    add.addEventListener('click', () => {
      const li = el('li', { class: 'card new' });
      list.append(li);
      empty.hidden = true;
      editor(sectionKey === 'documents' ? {} : { id: 0 }, li, true);
    });
    addButtons.push(add);
  }
  const empty = el('p', { class: 'empty', hidden: items.length > 0 }, sec.empty);
  return el('section', { class: 'section-list', 'aria-label': sec.heading }, empty, list, el('div', { class: 'actions' }, ...addButtons, ...extraButtons));
}
