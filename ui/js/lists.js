// The editable list of one section: cards with Change, Delete and (for
// ordered sections) Move up and down; an item editor that saves as you
// type and does not close over a box it could not save; an Add button.
import * as api from './api.js';
import { el, announce, newId } from './dom.js';
import { t } from './i18n.js';
import { autoForm, saveStatus, deleteButton, showErrorSummary } from './forms.js';
import { SECTIONS } from './schema.js';

/** The section's field definitions, the required one carrying its message. */
function fieldDefs(sec) {
  return sec.fields.map((f) => (f.key === sec.required ? { ...f, required: sec.requiredMessage } : f));
}

/** The stored section a list shows (a list may show part of one: other
 * conditions are diagnoses with the role "other"). */
const stored = (key) => SECTIONS[key].from || key;

/** The items of the dossier a list shows. */
export function itemsOf(key, dossier) {
  const only = SECTIONS[key].only || (() => true);
  return dossier[stored(key)].filter(only);
}

/** Text read by screen readers after a button's visible words. */
const more = (text) => el('span', { class: 'visually-hidden' }, ` ${text}`);

function editor(sectionKey, dossierId, item, li, isNew, vocab, reload) {
  const sec = SECTIONS[sectionKey];
  const record = { ...item };
  const status = saveStatus();
  const form = autoForm(fieldDefs(sec), record, {
    queueKey: isNew ? newId(`new-${sectionKey}`) : `${sectionKey}:${item.id}`,
    send: async (snapshot) => {
      const id = await api.saveItem(stored(sectionKey), dossierId, { ...snapshot, id: record.id || 0 });
      record.id = id;
      return id;
    },
    vocab,
    status,
    creates: isNew,
  });
  const box = el('div', { class: 'editor' });
  const close = async () => reload(record.id ? `[data-id="${record.id}"] .change` : `#add-${sectionKey}`);
  const done = el('button', { type: 'button', class: 'button' }, isNew ? t('lists-save-and-close') : t('lists-done'));
  done.addEventListener('click', async () => {
    const untouched = isNew && !record.id && form.fields.every((f) => { const r = f.read(); return !r.value || r.required; });
    if (untouched) { await close(); return; }
    const errors = await form.flush({ explicit: true });
    if (!errors.length) { await close(); return; }
    showErrorSummary(box, errors);
    if (!box.querySelector('.close-anyway')) {
      const anyway = el('button', { type: 'button', class: 'button secondary close-anyway' }, t('lists-close-anyway'));
      anyway.addEventListener('click', close);
      box.querySelector('.actions').append(anyway);
    }
  });
  box.append(form.node, el('div', { class: 'actions' }, done, status.node));
  li.replaceChildren(box);
  form.focus();
}

function card(sectionKey, dossier, item, index, vocab, reload, onOpen) {
  const sec = SECTIONS[sectionKey];
  const items = itemsOf(sectionKey, dossier);
  const dossierId = dossier.dossier.id;
  const summary = sec.summary(item, vocab).filter(Boolean);
  const name = summary[0] || t('lists-no-text');
  const li = el('li', { class: 'card', 'data-id': item.id });
  const change = el('button', { type: 'button', class: 'button secondary change' }, t('lists-change'), more(name));
  change.addEventListener('click', () => editor(sectionKey, dossierId, item, li, false, vocab, reload));
  const buttons = [change];
  if (onOpen) buttons.push(el('button', { type: 'button', class: 'button secondary', onclick: () => onOpen(item) }, t('lists-open'), more(name)));
  if (sec.ordered) {
    const move = (to, word) => async () => {
      await api.moveItem(stored(sectionKey), dossierId, item.id, to);
      // Stay on the moved item's button; if it can move no further that
      // way, on its other move button.
      await reload([`[data-id="${item.id}"] .move-${word}:not([disabled])`, `[data-id="${item.id}"] .move-${word === 'up' ? 'down' : 'up'}`]);
      announce(word === 'up' ? t('lists-moved-up', { number: to + 1 }) : t('lists-moved-down', { number: to + 1 }));
    };
    buttons.push(
      el('button', { type: 'button', class: 'button secondary move-up', disabled: index === 0, onclick: move(index - 1, 'up') }, t('lists-move-up'), more(name)),
      el('button', { type: 'button', class: 'button secondary move-down', disabled: index === items.length - 1, onclick: move(index + 1, 'down') }, t('lists-move-down'), more(name)));
  }
  buttons.push(deleteButton(t('lists-delete'), async () => {
    await api.deleteItem(stored(sectionKey), dossierId, item.id);
    announce(t('lists-deleted'));
    await reload(`#add-${sectionKey}`);
  }, name));
  const number = sec.ordered ? el('span', { class: 'number' }, `${index + 1}.`) : null;
  li.append(el('div', { class: 'card-text' }, number, el('span', { class: 'title' }, name),
    summary.slice(1).map((s) => el('span', { class: 'meta' }, s))),
  el('div', { class: 'actions' }, ...buttons));
  return li;
}

/**
 * The editable list of one section. `reload(focusSelector)` re-reads the
 * dossier and puts focus on the first element matching the selector (or
 * the first selector of a list that matches).
 */
export function sectionList(sectionKey, dossier, vocab, reload, { extraButtons = [], onOpen } = {}) {
  const sec = SECTIONS[sectionKey];
  const items = itemsOf(sectionKey, dossier);
  const list = el('ol', { class: 'item-list', id: `list-${sectionKey}` },
    ...items.map((item, i) => card(sectionKey, dossier, item, i, vocab, reload, onOpen)));
  const empty = el('p', { class: 'empty', hidden: items.length > 0 }, sec.empty);
  const addButtons = [];
  if (sectionKey !== 'documents') {
    const add = el('button', { type: 'button', class: 'button', id: `add-${sectionKey}` }, sec.add);
    add.addEventListener('click', () => {
      const li = el('li', { class: 'card new' });
      list.append(li);
      empty.hidden = true;
      editor(sectionKey, dossier.dossier.id, { ...sec.defaults, id: 0 }, li, true, vocab, reload);
    });
    addButtons.push(add);
  }
  return el('section', { class: 'section-list', 'aria-label': sec.heading }, empty, list, el('div', { class: 'actions' }, ...addButtons, ...extraButtons));
}
