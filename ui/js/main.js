// Starts the app: loads the vocabularies, routes the address (#/...) to a
// screen, handles files dropped on the window, and saves what is typed
// before the window closes.
import * as api from './api.js';
import { el, announce } from './dom.js';
import { load, t } from './i18n.js';
import { flushAll, showErrorSummary } from './forms.js';
import { forgetIdle } from './savequeue.js';
import { app } from './screens/common.js';
import { home, offerOpenedFile } from './screens/home.js';
import { about } from './screens/about.js';
import { newDossier, walk } from './screens/walk.js';
import { overview, part } from './screens/sections.js';
import { exportScreen } from './screens/export.js';
import { settings } from './screens/settings.js';
import { requestScreen, afterScreen } from './screens/letters.js';
import { addFromPortal, isPortalFile } from './screens/portal.js';
import { isLocked, offerMissedCode, privacyScreen, refreshProtection, setRouter, showInterrupted, showLock } from './screens/privacy.js';

const screens = { home, about, privacy: privacyScreen, settings, newDossier, walk, overview, part, exportScreen, requestScreen, afterScreen };

function vocab(lists) {
  return {
    lists,
    label(name, key) {
      return (lists[name] || []).find((c) => c.key === key)?.label || '';
    },
  };
}

/** The address of the screen shown, and whether the user chose to leave it
 * with boxes that could not be saved. */
let shown = null;
let leaving = false;

/**
 * Before leaving a screen, what was typed is saved. A box that cannot be
 * saved (a date that cannot exist) stops the move: the summary says which,
 * and the user may still leave on purpose.
 */
async function mayLeave(main) {
  const errors = await flushAll();
  if (!errors.length || !shown || location.hash === shown || leaving) return true;
  const target = location.hash;
  history.replaceState(null, '', shown);
  const where = main.querySelector('#content') || main;
  const box = showErrorSummary(where, errors);
  box.append(el('p', {}, t('main-leave-warning')),
    el('div', { class: 'actions' }, el('button', {
      type: 'button',
      class: 'button secondary',
      id: 'leave-anyway',
      onclick: () => { leaving = true; location.hash = target; },
    }, t('main-leave-anyway'))));
  return false;
}

async function route() {
  const main = document.getElementById('main');
  if (!(await mayLeave(main))) return;
  leaving = false;
  forgetIdle();
  const hash = location.hash || '#/';
  const parts = hash.slice(2).split('/').filter(Boolean);
  // While locked, the lock screen is the only screen; once unlocked, a
  // recovery code never confirmed is replaced before anything else.
  if (isLocked()) { showLock(main, route); return; }
  if (await offerMissedCode(main)) { main.querySelector('h1')?.focus(); return; }
  try {
    if (parts.length === 0) {
      await screens.home(main);
      document.title = t('main-app-name');
    } else if (parts[0] === 'about') {
      await screens.about(main);
      document.title = t('main-title-about');
    } else if (parts[0] === 'privacy') {
      await screens.privacy(main);
    } else if (parts[0] === 'settings') {
      await screens.settings(main);
      document.title = t('main-title-settings');
    } else if (parts[0] === 'new') {
      await screens.newDossier(main, parts[1] || 'why');
      // A dossier being started is what reopens next time, with its draft.
      app.dossier = null;
      document.title = t('main-title-new');
      localStorage.setItem(`last-dossier:${app.info.data_dir}`, `#/new/${parts[1] || 'why'}`);
    } else if (parts[0] === 'd') {
      const id = Number(parts[1]);
      if (parts[2] === 'walk') await screens.walk(main, id, parts[3] || 'why');
      else if (parts[2] === 's') await screens.part(main, id, parts[3], null, parts[4] || null);
      else if (parts[2] === 'export') await screens.exportScreen(main, id);
      else if (parts[2] === 'request') await screens.requestScreen(main, id);
      else if (parts[2] === 'after') await screens.afterScreen(main, id);
      else await screens.overview(main, id);
      if (app.dossier) document.title = t('main-title-dossier', { name: app.dossier.patient.full_name, title: app.dossier.dossier.title });
      localStorage.setItem(`last-dossier:${app.info.data_dir}`, `#/d/${id}`);
    } else {
      location.hash = '#/';
      return;
    }
  } catch (e) {
    if (e && e.kind === 'locked') { showLock(main, route); return; }
    main.replaceChildren(el('h1', { tabindex: '-1' }, t('main-error-title')),
      el('div', { class: 'error-summary', role: 'alert' }, el('p', {}, e && e.message ? e.message : String(e))),
      el('p', {}, el('a', { href: '#/' }, t('main-error-back'))));
  }
  shown = location.hash || '#/';
  api.setWindowTitle(document.title).catch(() => {});
  showInterrupted(main);
  const h1 = main.querySelector('h1');
  if (h1) h1.focus({ preventScroll: false });
  window.scrollTo(0, 0);
}

async function onDrop(names) {
  const m = /^#\/d\/(\d+)/.exec(location.hash);
  if (!m) {
    announce(t('main-drop-open-first'));
    alertBox(t('main-drop-open-first'));
    return;
  }
  const id = Number(m[1]);
  if (names.length && names.every(isPortalFile)) {
    const target = `#/d/${id}/s/documents`;
    if (location.hash !== target) location.hash = target;
    const main = document.getElementById('main');
    await screens.part(main, id, 'documents');
    const reload = async (message) => {
      await screens.part(main, id, 'documents');
      if (message) main.querySelector('.add-result')?.replaceChildren(el('p', { class: 'success', role: 'status' }, message));
    };
    await addFromPortal(main.querySelector('.content') || main, id, reload, { dropped: true });
    return;
  }
  announce(t('main-drop-adding', { count: names.length }));
  try {
    const r = await api.addDroppedDocuments(id);
    const target = `#/d/${id}/s/documents`;
    if (location.hash !== target) location.hash = target;
    await screens.part(document.getElementById('main'), id, 'documents');
    const box = document.querySelector('.add-result');
    if (box) {
      box.replaceChildren(
        r.added.length ? el('p', { class: 'success' }, t('main-drop-added', { count: r.added.length })) : '',
        r.failed.length ? el('div', { class: 'error-summary', role: 'alert' }, el('h2', {}, t('main-drop-failed', { count: r.failed.length })),
          el('ul', {}, ...r.failed.map((f) => el('li', {}, f.message)))) : '');
    }
  } catch (e) {
    alertBox(e.message);
  }
}

function alertBox(text) {
  const main = document.getElementById('main');
  main.prepend(el('div', { class: 'error-summary', role: 'alert' }, el('p', {}, text)));
}

/** The page's own words (index.html), from the catalogue. */
function fillPage() {
  const text = (id, words) => { document.getElementById(id).textContent = words; };
  document.title = t('main-app-name');
  text('skip-link', t('main-skip-link'));
  text('app-name', t('main-app-name'));
  document.getElementById('app-nav').setAttribute('aria-label', t('main-nav-label'));
  text('nav-dossiers', t('main-nav-dossiers'));
  text('nav-privacy', t('main-nav-privacy'));
  text('nav-settings', t('main-nav-settings'));
  text('nav-about', t('main-nav-about'));
  document.getElementById('opening')?.replaceChildren(t('main-opening'));
  text('disclaimer', t('main-disclaimer'));
}

/** "Skip to the content" moves focus to the screen's own content, without
 * touching the address (which names the screen). */
function skipLink() {
  document.querySelector('.skip-link').addEventListener('click', (e) => {
    e.preventDefault();
    const target = document.querySelector('#content') || document.getElementById('main');
    const h1 = target.querySelector('h1');
    (h1 || target).focus();
    (h1 || target).scrollIntoView({ block: 'start' });
  });
}

/** Closing the window waits (a few seconds at most) for typing to be saved. */
async function saveBeforeClosing() {
  const limit = new Promise((resolve) => setTimeout(resolve, 3000));
  await Promise.race([flushAll(), limit]);
}

async function start() {
  try {
    // The app's language comes first: every word shown is in it.
    const { code, source } = await api.appLanguage();
    const errors = load(code, source);
    if (errors.length) console.error('The catalogue has errors:', errors);
    document.documentElement.lang = code;
    fillPage();
    skipLink();
    const [lists, info] = await Promise.all([api.vocabularies(), api.appInfo()]);
    app.vocab = vocab(lists);
    app.info = info;
    // The folder is the computer's, not words to translate.
    document.getElementById('about').replaceChildren(t('main-about', { version: info.version }), ' ',
      el('span', { translate: 'no' }, info.data_dir));
    await api.on('files-dropped', onDrop);
    await api.onCloseRequested(saveBeforeClosing);
  } catch (e) {
    document.getElementById('main').replaceChildren(el('div', { class: 'error-summary', role: 'alert' }, el('p', {}, e.message || String(e))));
    return;
  }
  window.addEventListener('hashchange', route);
  setRouter(route);
  const status = await refreshProtection();
  if (status.locked) {
    await new Promise((resolve) => showLock(document.getElementById('main'), resolve));
  }
  // Reopen the dossier that was open last time, if it still exists.
  const last = localStorage.getItem(`last-dossier:${app.info.data_dir}`);
  if ((!location.hash || location.hash === '#/') && last) {
    const ok = last.startsWith('#/new/') || await api.getDossier(Number(last.split('/')[2])).then(() => true, () => false);
    if (ok) location.hash = last;
  }
  await route();
  await offerOpenedFile(document.getElementById('main'));
  await api.on('file-opened', () => offerOpenedFile(document.getElementById('main')));
}

start();
