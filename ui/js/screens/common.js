// What the screens share: the app's state, moving between screens, buttons
// and links, error boxes, and the frame of a dossier (its navigation).
import * as api from '../api.js';
import { el } from '../dom.js';
import { flushAll } from '../forms.js';
import { language, t } from '../i18n.js';
import { PARTS } from '../schema.js';

/** Shared by the screens: vocabularies and app facts. */
export const app = { vocab: null, info: null, dossier: null, protection: null };

/** Saves what is typed, then shows the screen at `hash`. */
export async function go(hash) {
  await flushAll();
  if (location.hash === hash) window.dispatchEvent(new HashChangeEvent('hashchange'));
  else location.hash = hash;
}

export function link(href, text, attrs = {}) {
  return el('a', { href, ...attrs }, text);
}

export function button(text, onclick, attrs = {}) {
  return el('button', { type: 'button', class: 'button', onclick, ...attrs }, text);
}

/** Text read by screen readers after a control's visible words. */
export const more = (text) => el('span', { class: 'visually-hidden' }, ` ${text}`);

export function errorBox(err) {
  return el('div', { class: 'error-summary', role: 'alert', tabindex: '-1' },
    el('h2', {}, t('common-problem')), el('p', {}, err && err.message ? err.message : String(err)));
}

export function showError(where, err) {
  const box = errorBox(err);
  where.prepend(box);
  box.focus();
}

/** Reads a dossier and keeps it as the one shown. */
export async function load(id) {
  app.dossier = await api.getDossier(id);
  return app.dossier;
}

/** Plain words (read when the screen is drawn) and style for a part's status. */
const STATUS = {
  completed: [() => t('common-status-completed'), 'done'],
  in_progress: [() => t('common-status-in-progress'), 'doing'],
  not_started: [() => t('common-status-not-started'), 'todo'],
};

export function tag(status, as = 'span') {
  const [word, cls] = STATUS[status];
  return el(as, { class: `tag ${cls}` }, word());
}

/**
 * The dossier's navigation: every part with its status, export, letters
 * and after the visit. On a narrow or zoomed window it folds into one
 * "Parts of this dossier" button so each screen's heading stays in view.
 */
function sidebar(d, current) {
  const status = d.progress.parts;
  const id = d.dossier.id;
  const item = (key, href, text, extra = null) => el('li', { class: current === key ? 'current' : '' },
    link(href, text, { 'aria-current': current === key ? 'page' : false }), extra);
  const list = el('ul', {},
    item('overview', `#/d/${id}`, t('common-nav-overview')),
    ...PARTS.map((p) => item(p.key, `#/d/${id}/s/${p.key}`, p.title, tag(status[p.key]))),
    item('export', `#/d/${id}/export`, t('common-nav-export')),
    item('request', `#/d/${id}/request`, t('common-nav-request')),
    item('after', `#/d/${id}/after`, t('common-nav-after')));
  const fold = el('details', { class: 'nav-fold' }, el('summary', {}, t('common-nav-parts')), list);
  const wide = window.matchMedia('(min-width: 1001px) and (min-height: 560px)');
  fold.open = wide.matches;
  wide.addEventListener('change', () => { fold.open = wide.matches; });
  return el('nav', { class: 'sidebar', 'aria-label': t('common-nav-label') },
    el('p', { class: 'sidebar-person' }, d.patient.full_name),
    el('p', { class: 'sidebar-title' }, d.dossier.title),
    fold);
}

/**
 * "Language of the PDF": its reader's language (`reader` says whose),
 * which may differ from the app's; it starts at `chosen` (the consultant's,
 * for the bundle), else the app's own. What the patient typed is printed
 * as typed. value() gives its code.
 */
export function pdfLanguage(id, reader = t('common-pdf-reader-doctor'), chosen = '') {
  chosen = chosen || language();
  const hint = `${id}-hint`;
  const select = el('select', { id, name: 'language', 'aria-describedby': hint },
    ...(app.vocab.lists.languages || []).map((c) => el('option', { value: c.key, lang: c.key, translate: 'no', selected: c.key === chosen }, c.label)));
  const node = el('div', { class: 'field' },
    el('label', { for: id }, t('common-pdf-language')),
    el('p', { class: 'hint', id: hint }, t('common-pdf-language-hint', { reader })),
    select);
  return { node, value: () => select.value };
}

export function withSidebar(main, d, current, ...content) {
  main.replaceChildren(el('div', { class: 'with-sidebar' }, sidebar(d, current), el('div', { class: 'content', id: 'content', tabindex: '-1' }, ...content)));
}

/** Puts focus on the first element matching one of the selectors. */
export function focusFirst(root, selectors) {
  for (const s of [].concat(selectors || [])) {
    const f = root.querySelector(s);
    if (f) { f.focus(); return true; }
  }
  return false;
}
