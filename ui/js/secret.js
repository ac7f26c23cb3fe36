// A field for a passphrase, a password or a recovery code: its label and
// hint, a way to see what was typed, and an error shown at the field. What
// is typed stays in the field: it is never saved or remembered.
import { el, newId } from './dom.js';
import { t } from './i18n.js';

/**
 * Builds the field. `value` fills it (a suggested passphrase is shown as
 * text, so it can be read and written down). Returns {node, input, read,
 * setError}: read() gives the trimmed text.
 */
export function secretField({ label, hint = '', value = '', visible = false, autocomplete = 'off', id = newId('secret') }) {
  const hintId = `${id}-hint`;
  const input = el('input', {
    type: visible ? 'text' : 'password', id, value, autocomplete, autocapitalize: 'off', spellcheck: 'false',
    class: 'secret-input', ...(hint ? { 'aria-describedby': hintId } : {}),
  });
  const error = el('p', { class: 'field-error', id: `${id}-error`, hidden: true });
  const show = el('input', { type: 'checkbox', id: `${id}-show`, checked: visible });
  show.addEventListener('change', () => { input.type = show.checked ? 'text' : 'password'; });
  const node = el('div', { class: 'field' },
    el('label', { for: id }, label),
    hint ? el('p', { class: 'hint', id: hintId }, hint) : '',
    error, input,
    el('div', { class: 'checkbox' }, show, el('label', { for: `${id}-show` }, t('secret-show'))));
  const setError = (msg) => {
    error.hidden = !msg;
    error.textContent = msg ? t('secret-error', { message: msg }) : '';
    node.classList.toggle('has-error', Boolean(msg));
    if (msg) input.setAttribute('aria-invalid', 'true'); else input.removeAttribute('aria-invalid');
    const described = [hint ? hintId : '', msg ? error.id : ''].filter(Boolean).join(' ');
    if (described) input.setAttribute('aria-describedby', described); else input.removeAttribute('aria-describedby');
    if (msg) input.focus();
  };
  input.addEventListener('input', () => setError(''));
  return { node, input, read: () => input.value.trim(), setError };
}

/** The message of a core error without its field name in front. */
export function plainMessage(err) {
  const text = String((err && err.message) || err || '').replace(/^[a-z_]+:\s*/, '');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
