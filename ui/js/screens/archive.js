// Dossier files (.dossier): saving one, protected by a passphrase when it
// is for someone else, and asking for the passphrase of one received.
import * as api from '../api.js';
import { el, announce } from '../dom.js';
import { secretField, plainMessage } from '../secret.js';
import { app, button, showError } from './common.js';

/**
 * "Save a dossier file": who it is for, and a passphrase (suggested, on by
 * default) when it is for someone else.
 */
export function saveFilePanel(id, where) {
  const pass = secretField({
    label: 'Passphrase for the file',
    hint: 'Whoever opens the file types this. Tell them the passphrase another way than the file: in a phone call or a text message, not in the email with the file.',
    visible: true,
    id: 'archive-passphrase',
  });
  // For someone else, suggested words to read out to them; for a backup,
  // one the patient chooses and types twice, since nobody else will tell
  // it to them later.
  let suggested = '';
  api.suggestPassphrase().then((words) => { suggested = words; if (!pass.input.value && forMe() === false) pass.input.value = words; }, () => {});
  const again = secretField({ label: 'Type the passphrase again', id: 'archive-passphrase-again', autocomplete: 'new-password' });
  const mine = el('div', { id: 'archive-mine', hidden: true },
    el('p', { class: 'hint' }, 'Choose a passphrase you will remember, for example the one you use for this app, and write it down away from the file. Without it, nobody can open the backup.'),
    again.node);
  const forMe = () => Boolean(document.getElementById('archive-for-me')?.checked);
  const protect = el('input', { type: 'checkbox', id: 'archive-protect', checked: true, 'aria-controls': 'archive-pass-box', 'aria-expanded': 'true' });
  const passBox = el('div', { class: 'inset', id: 'archive-pass-box' }, pass.node, mine);
  // A protected record's copies stay protected unless the user says not.
  const recordProtected = Boolean(app.protection && app.protection.protected);
  const plainWarning = el('p', { class: 'warning-box', id: 'archive-plain-warning', hidden: true },
    'Your records are protected on this computer, but this file would not be: anyone who has it could read it.');
  const sync = () => {
    passBox.hidden = !protect.checked;
    plainWarning.hidden = protect.checked || !recordProtected;
    protect.setAttribute('aria-expanded', String(protect.checked));
  };
  protect.addEventListener('change', sync);
  const forWhom = (value, label, checked) => el('div', { class: 'radio' },
    el('input', {
      type: 'radio', name: 'archive-for', id: `archive-for-${value}`, value, checked,
      onchange: () => {
        protect.checked = value === 'other' || recordProtected;
        mine.hidden = value !== 'me';
        result.replaceChildren();
        if (value === 'me' && pass.input.value === suggested) pass.input.value = '';
        if (value === 'other' && !pass.input.value) pass.input.value = suggested;
        sync();
      },
    }),
    el('label', { for: `archive-for-${value}` }, label));
  const result = el('div', { class: 'archive-result' });
  const save = async () => {
    const passphrase = protect.checked ? pass.read() : null;
    if (protect.checked && !passphrase) { pass.setError('Type a passphrase, or untick "Protect the file with a passphrase"'); return; }
    if (protect.checked && forMe() && again.read() !== passphrase) { again.setError('The two passphrases are not the same'); return; }
    try {
      const done = await api.exportArchive(id, passphrase);
      if (!done) return;
      // A backup's passphrase is the patient's own: not shown again on a
      // screen someone may look at.
      const said = !passphrase ? `Saved to ${done.path}`
        : forMe() ? `Saved to ${done.path}. It opens only with the passphrase you chose.`
          : `Saved to ${done.path}. It opens only with the passphrase: ${passphrase}`;
      result.replaceChildren(el('p', { class: 'success', role: 'status' }, said));
      announce(`Saved to ${done.path}`);
    } catch (e) {
      if (e.field === 'passphrase') pass.setError(plainMessage(e)); else showError(where, e);
    }
  };
  return el('div', { id: 'archive-panel' },
    el('fieldset', { class: 'field' }, el('legend', {}, 'Who is the file for?'),
      forWhom('other', 'Someone else: I will send or give it to them', true),
      forWhom('me', 'Me: a backup copy', false)),
    el('div', { class: 'checkbox' }, protect,
      el('label', { for: 'archive-protect' }, 'Protect the file with a passphrase', el('span', { class: 'hint' }, ' (nobody can open it without the passphrase)'))),
    passBox, plainWarning,
    el('div', { class: 'actions' }, button('Save a dossier file', save, { class: 'button secondary', id: 'save-archive' })),
    result);
}

/**
 * Asks for the passphrase of a received file and goes on with its import;
 * `next(passphrase)` retries, and throws only for a wrong passphrase, which
 * is shown at the field.
 */
export function askFilePassphrase(main, err, next) {
  const pass = secretField({ label: 'Passphrase', hint: 'The person who sent you the file has it.', id: 'import-passphrase' });
  if (err.kind === 'wrong_passphrase') pass.setError(plainMessage(err));
  const box = el('form', {
    class: 'panel', role: 'alertdialog', 'aria-labelledby': 'file-pass-h', tabindex: '-1', id: 'file-passphrase',
    onsubmit: async (e) => {
      e.preventDefault();
      if (!pass.read()) { pass.setError('Type the passphrase'); return; }
      try {
        await next(pass.read());
        box.remove();
      } catch (again) {
        if (again.kind === 'wrong_passphrase') pass.setError(plainMessage(again));
        else box.remove();
      }
    },
  },
  el('h2', { id: 'file-pass-h' }, 'This dossier file is protected'),
  el('p', {}, 'Type its passphrase to open it.'),
  pass.node,
  el('div', { class: 'actions' }, el('button', { type: 'submit', class: 'button', id: 'open-protected' }, 'Open the file'),
    button('Cancel', () => box.remove(), { class: 'button secondary' })));
  main.prepend(box);
  box.focus();
  pass.input.focus();
}
