// The record's protection: the lock screen (the only thing shown while the
// record is locked), locking after a time without use, and the Privacy
// screen where protection is turned on or off, the passphrase changed and
// the idle time chosen. The rules are the core's; this module asks and
// shows.
import * as api from '../api.js';
import { el, announce } from '../dom.js';
import { flushAll } from '../forms.js';
import { t } from '../i18n.js';
import { secretField, plainMessage } from '../secret.js';
import { app, button, go, showError } from './common.js';

/** Choices for "Lock after", in minutes (0: never), with their words. */
const idleChoices = () => [
  [5, t('privacy-idle-minutes', { count: 5 })],
  [10, t('privacy-idle-minutes', { count: 10 })],
  [15, t('privacy-idle-minutes', { count: 15 })],
  [30, t('privacy-idle-minutes', { count: 30 })],
  [60, t('privacy-idle-hours', { count: 1 })],
  [0, t('privacy-idle-never')],
];

let idleTimer = null;
let idleMinutes = 0;
/** Shows the screen of the address once the record is unlocked again. */
let reroute = async () => {};

/** Sets what shows the screen of the address (main.js's router). */
export function setRouter(route) { reroute = route; }

/** Reads the protection's state into `app.protection`. */
export async function refreshProtection() {
  app.protection = await api.protectionStatus();
  document.body.classList.toggle('protected', app.protection.protected);
  watchIdle(app.protection.protected ? app.protection.idle_minutes : 0);
  return app.protection;
}

function restartIdle() {
  clearTimeout(idleTimer);
  if (idleMinutes > 0) idleTimer = setTimeout(lockNow, idleMinutes * 60 * 1000);
}

/** Locks after `minutes` without a key, click, touch or scroll (0: never). */
function watchIdle(minutes) {
  idleMinutes = minutes;
  restartIdle();
}

for (const type of ['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart']) {
  window.addEventListener(type, () => { if (idleMinutes > 0) restartIdle(); }, { passive: true, capture: true });
}

/** Saves what is typed, locks the record and shows the lock screen. */
export async function lockNow() {
  clearTimeout(idleTimer);
  await flushAll();
  await api.lockRecord();
  if (app.protection) app.protection.locked = true;
  showLock(document.getElementById('main'), reroute);
}

/** Whether the record is locked, as last read. */
export function isLocked() {
  return Boolean(app.protection && app.protection.locked);
}

/** A recovery code made this run and not yet confirmed as written down,
 * and whether it replaces one never confirmed. */
let unconfirmedCode = null;
let unconfirmedReplaces = false;

/**
 * When the recovery code was never confirmed as written down (the window
 * closed while it was shown), shows a new one in `main` and returns true.
 */
export async function offerMissedCode(main) {
  const p = app.protection;
  if (!p || !p.protected || p.locked || p.recovery_code_kept) return false;
  if (!unconfirmedCode) {
    try {
      unconfirmedCode = await api.newRecoveryCode();
    } catch (err) { showError(main, err); return true; }
    unconfirmedReplaces = true;
  }
  document.title = t('privacy-recovery-code-window-title');
  main.replaceChildren(...recoveryCodeBody(unconfirmedCode, unconfirmedReplaces));
  return true;
}

/**
 * Shows the lock screen in `main`; `unlocked` runs once the record is
 * open again. Everything else (navigation, the dossier) is hidden.
 */
export function showLock(main, unlocked) {
  if (app.protection) app.protection.locked = true;
  document.body.classList.add('locked');
  document.title = t('privacy-locked-window-title');
  // The window's own title (task bar, window lists) may name the patient.
  api.setWindowTitle(document.title).catch(() => {});
  const pass = secretField({ label: t('privacy-passphrase'), autocomplete: 'current-password', id: 'unlock-passphrase' });
  const done = async () => {
    document.body.classList.remove('locked');
    await refreshProtection();
    await unlocked();
  };
  const unlock = el('form', {
    onsubmit: async (e) => {
      e.preventDefault();
      if (!pass.read()) { pass.setError(t('privacy-type-your-passphrase')); return; }
      // Checking a passphrase takes a few seconds, on purpose: say so.
      const unlockButton = e.target.querySelector('#unlock');
      unlockButton.disabled = true;
      unlockButton.textContent = t('privacy-unlocking');
      try {
        await api.unlockRecord(pass.read());
        await done();
      } catch (err) { pass.setError(plainMessage(err)); } finally {
        unlockButton.disabled = false;
        unlockButton.textContent = t('privacy-unlock');
      }
    },
  }, pass.node, el('div', { class: 'actions' }, el('button', { type: 'submit', class: 'button', id: 'unlock' }, t('privacy-unlock'))));
  main.replaceChildren(
    el('h1', { tabindex: '-1' }, t('privacy-locked-heading')),
    el('p', { class: 'lead' }, t('privacy-locked-lead')),
    unlock,
    recoveryForm(done));
  main.querySelector('h1').focus();
  pass.input.focus();
}

/** "I forgot my passphrase": the recovery code and a new passphrase. */
function recoveryForm(done) {
  const code = secretField({ label: t('privacy-recovery-code'), hint: t('privacy-recovery-code-hint'), visible: true, id: 'recovery-code' });
  const fresh = secretField({ label: t('privacy-new-passphrase'), hint: t('privacy-recovery-new-passphrase-hint'), id: 'recovery-new', autocomplete: 'new-password' });
  const again = secretField({ label: t('privacy-new-passphrase-again'), id: 'recovery-again', autocomplete: 'new-password' });
  const form = el('form', {
    onsubmit: async (e) => {
      e.preventDefault();
      if (fresh.read() !== again.read()) { again.setError(t('privacy-passphrases-differ')); return; }
      try {
        await api.recoverRecord(code.read(), fresh.read());
        announce(t('privacy-recovered'));
        await done();
      } catch (err) {
        (err.field === 'passphrase' ? fresh : code).setError(plainMessage(err));
      }
    },
  }, code.node, fresh.node, again.node,
  el('div', { class: 'actions' }, el('button', { type: 'submit', class: 'button secondary', id: 'recover' }, t('privacy-open-with-recovery-code'))));
  return el('details', { class: 'inset' }, el('summary', {}, t('privacy-forgot-passphrase')), form);
}

/** The Privacy screen. */
/**
 * When turning protection on or off was cut short (the app closed, the
 * computer stopped) and undone, says so above the screen until the user
 * has read it: nobody should believe the record protected when it is not.
 */
export function showInterrupted(main) {
  const was = app.protection && app.protection.interrupted;
  if (!was || main.querySelector('#protection-interrupted')) return;
  const said = was === 'on'
    ? t('privacy-interrupted-on')
    : t('privacy-interrupted-off');
  const box = el('div', { class: 'warning-box', role: 'alert', id: 'protection-interrupted' },
    el('p', {}, said),
    el('div', { class: 'actions' }, button(t('privacy-i-understand'), async () => {
      try {
        await api.forgetInterrupted();
        app.protection.interrupted = null;
        box.remove();
      } catch (err) { showError(main, err); }
    }, { class: 'button secondary', id: 'interrupted-read' })));
  main.prepend(box);
}

export async function privacyScreen(main) {
  const status = await refreshProtection();
  document.title = t('privacy-window-title');
  main.replaceChildren(...(status.protected ? protectedBody(main) : offerBody(main)));
}

/** Not protected yet: what protection does, and setting a passphrase. */
function offerBody(main) {
  const pass = secretField({
    label: t('privacy-passphrase'),
    hint: t('privacy-suggested-passphrase-hint'),
    visible: true,
    id: 'new-passphrase',
    autocomplete: 'new-password',
  });
  const again = secretField({ label: t('privacy-passphrase-again'), id: 'passphrase-again', autocomplete: 'new-password' });
  api.suggestPassphrase().then((words) => { if (!pass.input.value) pass.input.value = words; });
  const understood = el('input', { type: 'checkbox', id: 'understood' });
  const understoodError = el('p', { class: 'field-error', id: 'understood-error', hidden: true });
  const result = el('div', { id: 'protect-result' });
  const run = async () => {
    understoodError.hidden = true;
    if (!pass.read()) { pass.setError(t('privacy-type-a-passphrase')); return; }
    if (again.read() !== pass.read()) { again.setError(t('privacy-passphrases-differ')); return; }
    if (!understood.checked) {
      understoodError.hidden = false;
      understoodError.textContent = t('privacy-understood-error');
      understood.focus();
      return;
    }
    const progress = el('p', { role: 'status' }, t('privacy-protecting'));
    result.replaceChildren(progress);
    try {
      await flushAll();
      const code = await api.protectRecord(pass.read());
      unconfirmedCode = code;
      unconfirmedReplaces = false;
      await refreshProtection();
      for (const key of Object.keys(localStorage)) if (key.startsWith('new-dossier-draft:')) localStorage.removeItem(key);
      main.replaceChildren(...recoveryCodeBody(code));
      main.querySelector('h1').focus();
    } catch (err) {
      result.replaceChildren();
      if (err.field === 'passphrase') pass.setError(plainMessage(err)); else showError(main, err);
    }
  };
  return [
    el('h1', { tabindex: '-1' }, t('privacy-offer-heading')),
    el('p', { class: 'lead' }, t('privacy-offer-lead')),
    el('ul', { class: 'list' },
      el('li', {}, t('privacy-offer-locks')),
      el('li', {}, t('privacy-offer-recovery-code')),
      el('li', {}, el('strong', {}, t('privacy-offer-nobody')))),
    pass.node,
    button(t('privacy-suggest-other-words'), async () => { pass.input.value = await api.suggestPassphrase(); pass.input.type = 'text'; again.input.value = ''; }, { class: 'button secondary', id: 'suggest' }),
    again.node,
    el('div', { class: 'field' }, understoodError,
      el('div', { class: 'checkbox' }, understood,
        el('label', { for: 'understood' }, t('privacy-understood')))),
    el('div', { class: 'actions' }, button(t('privacy-protect-my-records'), run, { id: 'protect-record' }),
      button(t('privacy-not-now'), () => go('#/'), { class: 'button secondary' })),
    result,
  ];
}

/**
 * Shown once, just after protection is turned on (or when a new code
 * replaces one never confirmed); the code counts as kept once the box is
 * ticked and Continue pressed.
 */
function recoveryCodeBody(code, replaces = false) {
  const kept = el('input', { type: 'checkbox', id: 'code-kept' });
  const next = button(t('privacy-continue'), async () => {
    await api.recoveryCodeKept();
    unconfirmedCode = null;
    await refreshProtection();
    if (location.hash === '#/' || !location.hash) await reroute(); else go('#/');
  }, { id: 'code-continue', disabled: true });
  kept.addEventListener('change', () => { next.disabled = !kept.checked; });
  return [
    el('h1', { tabindex: '-1' }, replaces ? t('privacy-new-recovery-code-heading') : t('privacy-protected-heading')),
    replaces ? el('p', {}, t('privacy-code-not-confirmed')) : '',
    el('p', { class: 'lead' }, t('privacy-write-code-down')),
    el('p', { class: 'recovery-code', id: 'recovery-code-shown', translate: 'no' }, code),
    el('p', {}, t('privacy-if-you-forget')),
    el('div', { class: 'checkbox' }, kept, el('label', { for: 'code-kept' }, t('privacy-code-kept'))),
    el('div', { class: 'actions' }, next, button(t('privacy-print-it'), () => window.print(), { class: 'button secondary' })),
  ];
}

/** Protected: lock now, the idle time, a new passphrase, turning it off. */
function protectedBody(main) {
  const say = el('p', { role: 'status', class: 'save-status' });
  // A time set with the tool may be none of the usual ones: it is listed too.
  const minutes = app.protection.idle_minutes;
  const usual = idleChoices();
  const choices = usual.some(([m]) => m === minutes) ? usual
    : [...usual, [minutes, t('privacy-idle-minutes', { count: minutes })]].sort((a, b) => (a[0] || Infinity) - (b[0] || Infinity));
  const idle = el('select', { id: 'idle-minutes' }, ...choices.map(([m, label]) =>
    el('option', { value: m, selected: m === minutes }, label)));
  idle.addEventListener('change', async () => {
    try {
      await api.setIdleMinutes(Number(idle.value));
      await refreshProtection();
      say.textContent = t('privacy-saved');
    } catch (err) { showError(main, err); }
  });
  const current = secretField({ label: t('privacy-passphrase-now'), id: 'current-passphrase', autocomplete: 'current-password' });
  const fresh = secretField({ label: t('privacy-new-passphrase'), hint: t('privacy-new-passphrase-hint'), id: 'changed-passphrase', autocomplete: 'new-password' });
  const freshAgain = secretField({ label: t('privacy-new-passphrase-again'), id: 'changed-again', autocomplete: 'new-password' });
  const changeSay = el('p', { role: 'status', class: 'save-status', id: 'change-status' });
  const change = async () => {
    if (fresh.read() !== freshAgain.read()) { freshAgain.setError(t('privacy-passphrases-differ')); return; }
    changeSay.textContent = t('privacy-changing');
    try {
      await api.changePassphrase(current.read(), fresh.read());
      for (const f of [current, fresh, freshAgain]) f.input.value = '';
      changeSay.textContent = t('privacy-changed');
      announce(changeSay.textContent);
    } catch (err) {
      changeSay.textContent = '';
      (err.field === 'new_passphrase' ? fresh : current).setError(plainMessage(err));
    }
  };
  const offPass = secretField({ label: t('privacy-your-passphrase'), id: 'off-passphrase', autocomplete: 'current-password' });
  const offSure = el('input', { type: 'checkbox', id: 'off-sure' });
  const offSureError = el('p', { class: 'field-error', id: 'off-sure-error', hidden: true });
  const turnOff = async () => {
    offSureError.hidden = true;
    if (!offSure.checked) {
      offSureError.hidden = false;
      offSureError.textContent = t('privacy-off-sure-error');
      offSure.focus();
      return;
    }
    const offButton = main.querySelector('#unprotect');
    const working = main.querySelector('#unprotect-status');
    offButton.disabled = true;
    working.textContent = t('privacy-turning-off');
    try {
      await flushAll();
      await api.unprotectRecord(offPass.read());
      await refreshProtection();
      await privacyScreen(main);
      announce(t('privacy-turned-off'));
    } catch (err) {
      working.textContent = '';
      offPass.setError(plainMessage(err));
    } finally { offButton.disabled = false; }
  };
  return [
    el('h1', { tabindex: '-1' }, t('privacy-heading')),
    el('p', { class: 'lead', id: 'protection-state' }, t('privacy-protected-lead')),
    el('div', { class: 'actions' }, button(t('privacy-lock-now'), lockNow, { id: 'lock-now' })),
    el('h2', {}, t('privacy-lock-by-itself')),
    el('div', { class: 'field' }, el('label', { for: 'idle-minutes' }, t('privacy-lock-after')), idle),
    say,
    el('h2', {}, t('privacy-change-heading')),
    current.node, fresh.node, freshAgain.node,
    el('div', { class: 'actions' }, button(t('privacy-change-button'), change, { class: 'button secondary', id: 'change-passphrase' })),
    changeSay,
    el('details', { class: 'inset' }, el('summary', {}, t('privacy-turn-off-heading')),
      el('p', {}, t('privacy-turn-off-warning')),
      offPass.node,
      el('div', { class: 'field' }, offSureError,
        el('div', { class: 'checkbox' }, offSure,
          el('label', { for: 'off-sure' }, t('privacy-off-sure')))),
      el('div', { class: 'actions' }, button(t('privacy-turn-off-button'), turnOff, { class: 'button warning', id: 'unprotect' })),
      el('p', { role: 'status', class: 'save-status', id: 'unprotect-status' })),
  ];
}
