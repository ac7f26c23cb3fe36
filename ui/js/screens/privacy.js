// The record's protection: the lock screen (the only thing shown while the
// record is locked), locking after a time without use, and the Privacy
// screen where protection is turned on or off, the passphrase changed and
// the idle time chosen. The rules are the core's; this module asks and
// shows.
import * as api from '../api.js';
import { el, announce } from '../dom.js';
import { flushAll } from '../forms.js';
import { count } from '../format.js';
import { secretField, plainMessage } from '../secret.js';
import { app, button, go, showError } from './common.js';

/** Choices for "Lock after", in minutes (0: never). */
const IDLE_CHOICES = [[5, '5 minutes'], [10, '10 minutes'], [15, '15 minutes'], [30, '30 minutes'], [60, '1 hour'], [0, 'Never']];

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
 * and why it is shown. */
let unconfirmedCode = null;
let unconfirmedWhy = '';

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
    unconfirmedWhy = 'Your recovery code was not confirmed as written down, so here is a new one. The old one no longer works.';
  }
  document.title = 'Your recovery code - Second Opinion Dossier';
  main.replaceChildren(...recoveryCodeBody(unconfirmedCode, unconfirmedWhy));
  return true;
}

/**
 * Shows the lock screen in `main`; `unlocked` runs once the record is
 * open again. Everything else (navigation, the dossier) is hidden.
 */
export function showLock(main, unlocked) {
  if (app.protection) app.protection.locked = true;
  document.body.classList.add('locked');
  document.title = 'Locked - Second Opinion Dossier';
  // The window's own title (task bar, window lists) may name the patient.
  api.setWindowTitle(document.title).catch(() => {});
  const pass = secretField({ label: 'Passphrase', autocomplete: 'current-password', id: 'unlock-passphrase' });
  const done = async () => {
    document.body.classList.remove('locked');
    await refreshProtection();
    await unlocked();
  };
  const unlock = el('form', {
    onsubmit: async (e) => {
      e.preventDefault();
      if (!pass.read()) { pass.setError('Type your passphrase'); return; }
      // Checking a passphrase takes a few seconds, on purpose: say so.
      const unlockButton = e.target.querySelector('#unlock');
      unlockButton.disabled = true;
      unlockButton.textContent = 'Unlocking…';
      try {
        await api.unlockRecord(pass.read());
        await done();
      } catch (err) { pass.setError(plainMessage(err)); } finally {
        unlockButton.disabled = false;
        unlockButton.textContent = 'Unlock';
      }
    },
  }, pass.node, el('div', { class: 'actions' }, el('button', { type: 'submit', class: 'button', id: 'unlock' }, 'Unlock')));
  main.replaceChildren(
    el('h1', { tabindex: '-1' }, 'Your record is locked'),
    el('p', { class: 'lead' }, 'Type your passphrase to open your dossiers.'),
    unlock,
    recoveryForm(done));
  main.querySelector('h1').focus();
  pass.input.focus();
}

/** "I forgot my passphrase": the recovery code and a new passphrase. */
function recoveryForm(done) {
  const code = secretField({ label: 'Recovery code', hint: 'The code of 25 letters and numbers you wrote down when you set the passphrase. Dashes and spaces do not matter.', visible: true, id: 'recovery-code' });
  const fresh = secretField({ label: 'New passphrase', hint: 'At least 10 characters. A few unrelated words are easy to remember and hard to guess.', id: 'recovery-new', autocomplete: 'new-password' });
  const again = secretField({ label: 'Type the new passphrase again', id: 'recovery-again', autocomplete: 'new-password' });
  const form = el('form', {
    onsubmit: async (e) => {
      e.preventDefault();
      if (fresh.read() !== again.read()) { again.setError('The two passphrases are not the same'); return; }
      try {
        await api.recoverRecord(code.read(), fresh.read());
        announce('The record is open and has a new passphrase.');
        await done();
      } catch (err) {
        (err.field === 'passphrase' ? fresh : code).setError(plainMessage(err));
      }
    },
  }, code.node, fresh.node, again.node,
  el('div', { class: 'actions' }, el('button', { type: 'submit', class: 'button secondary', id: 'recover' }, 'Open with the recovery code')));
  return el('details', { class: 'inset' }, el('summary', {}, 'I forgot my passphrase'), form);
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
    ? 'Turning protection on did not finish: the app was closed or the computer stopped. Nothing is lost, and your records are as they were before: not protected. Turn protection on again on the Privacy screen.'
    : 'Turning protection off did not finish: the app was closed or the computer stopped. Nothing is lost, and your records are as they were before: still protected.';
  const box = el('div', { class: 'warning-box', role: 'alert', id: 'protection-interrupted' },
    el('p', {}, said),
    el('div', { class: 'actions' }, button('I understand', async () => {
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
  document.title = 'Privacy - Second Opinion Dossier';
  main.replaceChildren(...(status.protected ? protectedBody(main) : offerBody(main)));
}

/** Not protected yet: what protection does, and setting a passphrase. */
function offerBody(main) {
  const pass = secretField({
    label: 'Passphrase',
    hint: 'These six words were picked at random for you. Use them, or type your own of at least 10 characters.',
    visible: true,
    id: 'new-passphrase',
    autocomplete: 'new-password',
  });
  const again = secretField({ label: 'Type the passphrase again', id: 'passphrase-again', autocomplete: 'new-password' });
  api.suggestPassphrase().then((words) => { if (!pass.input.value) pass.input.value = words; });
  const understood = el('input', { type: 'checkbox', id: 'understood' });
  const understoodError = el('p', { class: 'field-error', id: 'understood-error', hidden: true });
  const result = el('div', { id: 'protect-result' });
  const run = async () => {
    understoodError.hidden = true;
    if (!pass.read()) { pass.setError('Type a passphrase'); return; }
    if (again.read() !== pass.read()) { again.setError('The two passphrases are not the same'); return; }
    if (!understood.checked) {
      understoodError.hidden = false;
      understoodError.textContent = 'Error: tick the box to say you understand';
      understood.focus();
      return;
    }
    const progress = el('p', { role: 'status' }, 'Protecting your record… This can take a minute when there are many reports.');
    result.replaceChildren(progress);
    try {
      await flushAll();
      const code = await api.protectRecord(pass.read());
      unconfirmedCode = code;
      unconfirmedWhy = '';
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
    el('h1', { tabindex: '-1' }, 'Protect your records with a passphrase'),
    el('p', { class: 'lead' }, 'With a passphrase, your records are stored scrambled (encrypted) on this computer. Anyone who uses this computer, or finds it if it is lost, cannot read them without the passphrase.'),
    el('ul', { class: 'list' },
      el('li', {}, 'The app locks itself when you have not used it for a while, and asks for the passphrase again.'),
      el('li', {}, 'You get a recovery code to write down. It opens your records if you forget the passphrase.'),
      el('li', {}, el('strong', {}, 'Without the passphrase and the recovery code, nobody can open your records: not you, and not the makers of this app.'))),
    pass.node,
    button('Suggest other words', async () => { pass.input.value = await api.suggestPassphrase(); pass.input.type = 'text'; again.input.value = ''; }, { class: 'button secondary', id: 'suggest' }),
    again.node,
    el('div', { class: 'field' }, understoodError,
      el('div', { class: 'checkbox' }, understood,
        el('label', { for: 'understood' }, 'I understand that without the passphrase and the recovery code my records cannot be opened'))),
    el('div', { class: 'actions' }, button('Protect my records', run, { id: 'protect-record' }),
      button('Not now', () => go('#/'), { class: 'button secondary' })),
    result,
  ];
}

/**
 * Shown once, just after protection is turned on (or when a new code
 * replaces one never confirmed); the code counts as kept once the box is
 * ticked and Continue pressed.
 */
function recoveryCodeBody(code, why = '') {
  const kept = el('input', { type: 'checkbox', id: 'code-kept' });
  const next = button('Continue', async () => {
    await api.recoveryCodeKept();
    unconfirmedCode = null;
    await refreshProtection();
    if (location.hash === '#/' || !location.hash) await reroute(); else go('#/');
  }, { id: 'code-continue', disabled: true });
  kept.addEventListener('change', () => { next.disabled = !kept.checked; });
  return [
    el('h1', { tabindex: '-1' }, why ? 'Your new recovery code' : 'Your records are protected'),
    why ? el('p', {}, why) : '',
    el('p', { class: 'lead' }, 'Write down this recovery code now and keep it somewhere safe, away from this computer. It is shown only this once.'),
    el('p', { class: 'recovery-code', id: 'recovery-code-shown' }, code),
    el('p', {}, 'If you forget your passphrase, choose “I forgot my passphrase” on the lock screen and type this code.'),
    el('div', { class: 'checkbox' }, kept, el('label', { for: 'code-kept' }, 'I have written down the recovery code')),
    el('div', { class: 'actions' }, next, button('Print it', () => window.print(), { class: 'button secondary' })),
  ];
}

/** Protected: lock now, the idle time, a new passphrase, turning it off. */
function protectedBody(main) {
  const say = el('p', { role: 'status', class: 'save-status' });
  // A time set with the tool may be none of the usual ones: it is listed too.
  const minutes = app.protection.idle_minutes;
  const choices = IDLE_CHOICES.some(([m]) => m === minutes) ? IDLE_CHOICES
    : [...IDLE_CHOICES, [minutes, `${count(minutes, 'minute')}`]].sort((a, b) => (a[0] || Infinity) - (b[0] || Infinity));
  const idle = el('select', { id: 'idle-minutes' }, ...choices.map(([m, label]) =>
    el('option', { value: m, selected: m === minutes }, label)));
  idle.addEventListener('change', async () => {
    try {
      await api.setIdleMinutes(Number(idle.value));
      await refreshProtection();
      say.textContent = 'Saved';
    } catch (err) { showError(main, err); }
  });
  const current = secretField({ label: 'Your passphrase now', id: 'current-passphrase', autocomplete: 'current-password' });
  const fresh = secretField({ label: 'New passphrase', hint: 'At least 10 characters.', id: 'changed-passphrase', autocomplete: 'new-password' });
  const freshAgain = secretField({ label: 'Type the new passphrase again', id: 'changed-again', autocomplete: 'new-password' });
  const changeSay = el('p', { role: 'status', class: 'save-status', id: 'change-status' });
  const change = async () => {
    if (fresh.read() !== freshAgain.read()) { freshAgain.setError('The two passphrases are not the same'); return; }
    changeSay.textContent = 'Changing the passphrase… This takes a few seconds.';
    try {
      await api.changePassphrase(current.read(), fresh.read());
      for (const f of [current, fresh, freshAgain]) f.input.value = '';
      changeSay.textContent = 'Your passphrase is changed. The recovery code stays the same.';
      announce(changeSay.textContent);
    } catch (err) {
      changeSay.textContent = '';
      (err.field === 'new_passphrase' ? fresh : current).setError(plainMessage(err));
    }
  };
  const offPass = secretField({ label: 'Your passphrase', id: 'off-passphrase', autocomplete: 'current-password' });
  const offSure = el('input', { type: 'checkbox', id: 'off-sure' });
  const offSureError = el('p', { class: 'field-error', id: 'off-sure-error', hidden: true });
  const turnOff = async () => {
    offSureError.hidden = true;
    if (!offSure.checked) {
      offSureError.hidden = false;
      offSureError.textContent = 'Error: tick the box to say you want your records stored unencrypted';
      offSure.focus();
      return;
    }
    const offButton = main.querySelector('#unprotect');
    const working = main.querySelector('#unprotect-status');
    offButton.disabled = true;
    working.textContent = 'Turning protection off… This can take a while for many reports. Do not close the window.';
    try {
      await flushAll();
      await api.unprotectRecord(offPass.read());
      await refreshProtection();
      await privacyScreen(main);
      announce('Protection is turned off.');
    } catch (err) {
      working.textContent = '';
      offPass.setError(plainMessage(err));
    } finally { offButton.disabled = false; }
  };
  return [
    el('h1', { tabindex: '-1' }, 'Privacy and passphrase'),
    el('p', { class: 'lead', id: 'protection-state' }, 'Your records are protected with a passphrase. They are stored encrypted on this computer.'),
    el('div', { class: 'actions' }, button('Lock now', lockNow, { id: 'lock-now' })),
    el('h2', {}, 'Lock by itself'),
    el('div', { class: 'field' }, el('label', { for: 'idle-minutes' }, 'Lock after this long without use'), idle),
    say,
    el('h2', {}, 'Change the passphrase'),
    current.node, fresh.node, freshAgain.node,
    el('div', { class: 'actions' }, button('Change the passphrase', change, { class: 'button secondary', id: 'change-passphrase' })),
    changeSay,
    el('details', { class: 'inset' }, el('summary', {}, 'Turn protection off'),
      el('p', {}, 'Your records will be stored unencrypted again: anyone who uses this computer could read them.'),
      offPass.node,
      el('div', { class: 'field' }, offSureError,
        el('div', { class: 'checkbox' }, offSure,
          el('label', { for: 'off-sure' }, 'Yes, store my records unencrypted on this computer'))),
      el('div', { class: 'actions' }, button('Turn protection off', turnOff, { class: 'button warning', id: 'unprotect' })),
      el('p', { role: 'status', class: 'save-status', id: 'unprotect-status' })),
  ];
}
