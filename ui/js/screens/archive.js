// Dossier files (.dossier): saving one, protected by a passphrase when it
// is for someone else, and asking for the passphrase of one received.
import * as api from '../api.js';
import { el, announce } from '../dom.js';
import { secretField, plainMessage } from '../secret.js';
import { t } from '../i18n.js';
import { app, button, showError } from './common.js';

/**
 * "Save a dossier file": who it is for, and a passphrase (suggested, on by
 * default) when it is for someone else.
 */
export function saveFilePanel(id, where) {
  const pass = secretField({
    label: t('archive-passphrase-label'),
    hint: t('archive-passphrase-hint'),
    visible: true,
    id: 'archive-passphrase',
  });
  // For someone else, suggested words to read out to them; for a backup,
  // one the patient chooses and types twice, since nobody else will tell
  // it to them later.
  let suggested = '';
  api.suggestPassphrase().then((words) => { suggested = words; if (!pass.input.value && forMe() === false) pass.input.value = words; }, () => {});
  const again = secretField({ label: t('archive-passphrase-again'), id: 'archive-passphrase-again', autocomplete: 'new-password' });
  const mine = el('div', { id: 'archive-mine', hidden: true },
    el('p', { class: 'hint' }, t('archive-backup-passphrase-hint')),
    again.node);
  const forMe = () => Boolean(document.getElementById('archive-for-me')?.checked);
  const protect = el('input', { type: 'checkbox', id: 'archive-protect', checked: true, 'aria-controls': 'archive-pass-box', 'aria-expanded': 'true' });
  const passBox = el('div', { class: 'inset', id: 'archive-pass-box' }, pass.node, mine);
  // A protected record's copies stay protected unless the user says not.
  const recordProtected = Boolean(app.protection && app.protection.protected);
  const plainWarning = el('p', { class: 'warning-box', id: 'archive-plain-warning', hidden: true },
    t('archive-plain-warning'));
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
    if (protect.checked && !passphrase) { pass.setError(t('archive-type-passphrase-or-untick')); return; }
    if (protect.checked && forMe() && again.read() !== passphrase) { again.setError(t('archive-passphrases-differ')); return; }
    try {
      const done = await api.exportArchive(id, passphrase);
      if (!done) return;
      // A backup's passphrase is the patient's own: not shown again on a
      // screen someone may look at.
      const said = !passphrase ? t('archive-saved', { path: done.path })
        : forMe() ? t('archive-saved-backup', { path: done.path })
          : t('archive-saved-protected', { path: done.path, passphrase });
      result.replaceChildren(el('p', { class: 'success', role: 'status' }, said));
      announce(t('archive-saved', { path: done.path }));
    } catch (e) {
      if (e.field === 'passphrase') pass.setError(plainMessage(e)); else showError(where, e);
    }
  };
  return el('div', { id: 'archive-panel' },
    el('fieldset', { class: 'field' }, el('legend', {}, t('archive-for-whom')),
      forWhom('other', t('archive-for-someone-else'), true),
      forWhom('me', t('archive-for-me'), false)),
    el('div', { class: 'checkbox' }, protect,
      el('label', { for: 'archive-protect' }, t('archive-protect'), el('span', { class: 'hint' }, ` ${t('archive-protect-hint')}`))),
    passBox, plainWarning,
    el('div', { class: 'actions' }, button(t('archive-save-button'), save, { class: 'button secondary', id: 'save-archive' })),
    result);
}

/**
 * Asks for the passphrase of a received file and goes on with its import;
 * `next(passphrase)` retries, and throws only for a wrong passphrase, which
 * is shown at the field.
 */
export function askFilePassphrase(main, err, next) {
  const pass = secretField({ label: t('archive-import-passphrase'), hint: t('archive-import-passphrase-hint'), id: 'import-passphrase' });
  if (err.kind === 'wrong_passphrase') pass.setError(plainMessage(err));
  const box = el('form', {
    class: 'panel', role: 'alertdialog', 'aria-labelledby': 'file-pass-h', tabindex: '-1', id: 'file-passphrase',
    onsubmit: async (e) => {
      e.preventDefault();
      if (!pass.read()) { pass.setError(t('archive-type-the-passphrase')); return; }
      try {
        await next(pass.read());
        box.remove();
      } catch (again) {
        if (again.kind === 'wrong_passphrase') pass.setError(plainMessage(again));
        else box.remove();
      }
    },
  },
  el('h2', { id: 'file-pass-h' }, t('archive-file-protected')),
  el('p', {}, t('archive-file-protected-lead')),
  pass.node,
  el('div', { class: 'actions' }, el('button', { type: 'submit', class: 'button', id: 'open-protected' }, t('archive-open-file')),
    button(t('archive-cancel'), () => box.remove(), { class: 'button secondary' })));
  main.prepend(box);
  box.focus();
  pass.input.focus();
}
