// Exporting the PDF bundle: what goes in, paper size, an optional
// password, progress with Cancel, and what to do with the file (open,
// show, email). The password is only ever in its field and passed for the
// one export.
import * as api from '../api.js';
import { el } from '../dom.js';
import { plainMessage } from '../secret.js';
import { t, number } from '../i18n.js';
import { app, button, errorBox, load, pdfLanguage, withSidebar } from './common.js';

export async function exportScreen(main, id) {
  const d = await load(id);
  const sections = [
    ['summary', t('export-part-summary')],
    ['questions', t('export-part-questions')],
    ['background', t('export-part-background')],
    ['medications', t('export-part-medications')],
    ['results', t('export-part-results')],
    ['clinicians', t('export-part-clinicians')],
    ['timeline', t('export-part-timeline')],
    ['index', t('export-part-index')],
    ['documents', t('export-part-documents')],
  ];
  const secBoxes = sections.map(([key, label]) => el('div', { class: 'checkbox' },
    el('input', { type: 'checkbox', id: `sec-${key}`, name: 'section', value: key, checked: true }), el('label', { for: `sec-${key}` }, label)));
  const docBoxes = d.documents.map((doc) => el('div', { class: 'checkbox' },
    el('input', { type: 'checkbox', id: `doc-${doc.id}`, name: 'document', value: doc.id, checked: doc.include_in_export }),
    el('label', { for: `doc-${doc.id}` }, doc.title, el('span', { class: 'meta' }, ` ${app.vocab.label('document_kinds', doc.kind) || ''}`))));
  const paper = el('fieldset', { class: 'field' }, el('legend', {}, t('export-paper-size')),
    el('div', { class: 'radio' }, el('input', { type: 'radio', name: 'paper', id: 'paper-a4', value: 'a4', checked: true }), el('label', { for: 'paper-a4' }, t('export-paper-a4'))),
    el('div', { class: 'radio' }, el('input', { type: 'radio', name: 'paper', id: 'paper-letter', value: 'letter' }), el('label', { for: 'paper-letter' }, t('export-paper-letter'))));
  const email = el('div', { class: 'checkbox' }, el('input', { type: 'checkbox', id: 'email-size' }),
    el('label', { for: 'email-size' }, t('export-email-size'), el('span', { class: 'hint' }, ` ${t('export-email-size-hint')}`)));
  const language = pdfLanguage('pdf-language', t('export-language-reader'), d.dossier.consultant.language);
  const protect = passwordChoice();
  const progress = el('div', { class: 'progress', role: 'status', 'aria-live': 'polite' });
  const result = el('div', { id: 'export-result' });
  let unlisten = null;
  const run = async () => {
    const password = protect.read();
    if (password === undefined) return;
    const options = {
      paper: main.querySelector('input[name=paper]:checked').value,
      email_size: main.querySelector('#email-size').checked,
      language: language.value(),
      exclude_sections: [...main.querySelectorAll('input[name=section]')].filter((b) => !b.checked).map((b) => b.value),
      exclude_documents: [...main.querySelectorAll('input[name=document]')].filter((b) => !b.checked).map((b) => Number(b.value)),
      include_documents: [...main.querySelectorAll('input[name=document]')].filter((b) => b.checked).map((b) => Number(b.value)),
    };
    const bar = el('progress', { max: 1, value: 0, 'aria-label': t('export-progress') });
    const cancel = button(t('export-cancel'), () => api.cancelLongAction(), { class: 'button secondary' });
    progress.replaceChildren(el('p', {}, t('export-building')), bar, cancel);
    result.replaceChildren();
    unlisten = await api.on('export-progress', ([done, total]) => { bar.max = Math.max(total, 1); bar.value = done; });
    try {
      const r = await api.exportPdf(id, options, password);
      progress.replaceChildren();
      if (r) result.replaceChildren(...exportResult(id, d, r, Boolean(password), options.language));
      result.querySelector('h2')?.focus();
    } catch (e) {
      progress.replaceChildren();
      result.replaceChildren(errorBox(e.kind === 'cancelled' ? { message: t('export-cancelled') } : e));
      if (e.field === 'password') protect.setError(plainMessage(e));
    } finally {
      if (unlisten) unlisten();
    }
  };
  withSidebar(main, d, 'export',
    el('h1', { tabindex: '-1' }, t('export-heading')),
    el('p', { class: 'lead' }, t('export-lead')),
    el('fieldset', { class: 'field' }, el('legend', {}, t('export-parts')), ...secBoxes),
    d.documents.length ? el('fieldset', { class: 'field' }, el('legend', {}, t('export-reports')), ...docBoxes) : el('p', { class: 'empty' }, t('export-no-reports')),
    language.node, paper, email, protect.node,
    el('div', { class: 'actions' }, button(t('export-button'), run, { id: 'export' })),
    progress, result);
}

/**
 * "Protect the PDF with a password": a checkbox that reveals the password
 * field, with a way to see what was typed. read() gives the password, null
 * when the PDF is not to be protected, or undefined (with the field marked
 * and focused) when the box is ticked and the field left empty.
 */
function passwordChoice() {
  const box = el('input', { type: 'checkbox', id: 'protect', 'aria-controls': 'password-reveal', 'aria-expanded': 'false' });
  const input = el('input', {
    type: 'password', id: 'export-password', autocomplete: 'off', autocapitalize: 'off', spellcheck: 'false', 'aria-describedby': 'export-password-hint',
  });
  const error = el('p', { class: 'field-error', id: 'export-password-error', hidden: true });
  const show = el('input', { type: 'checkbox', id: 'show-password' });
  const field = el('div', { class: 'field' },
    el('label', { for: 'export-password' }, t('export-password')),
    el('p', { class: 'hint', id: 'export-password-hint' },
      t('export-password-hint')),
    error, input,
    el('div', { class: 'checkbox' }, show, el('label', { for: 'show-password' }, t('export-show-password'))));
  const reveal = el('div', { class: 'inset', id: 'password-reveal', hidden: true }, field);
  const setError = (msg) => {
    error.hidden = !msg;
    error.textContent = msg ? t('export-error', { message: msg }) : '';
    field.classList.toggle('has-error', Boolean(msg));
    if (msg) input.setAttribute('aria-invalid', 'true'); else input.removeAttribute('aria-invalid');
    input.setAttribute('aria-describedby', msg ? 'export-password-hint export-password-error' : 'export-password-hint');
    if (msg) input.focus();
  };
  box.addEventListener('change', () => {
    reveal.hidden = !box.checked;
    box.setAttribute('aria-expanded', String(box.checked));
    if (!box.checked) setError('');
  });
  show.addEventListener('change', () => { input.type = show.checked ? 'text' : 'password'; });
  input.addEventListener('input', () => { if (input.value) setError(''); });
  const node = el('div', {},
    el('div', { class: 'checkbox' }, box,
      el('label', { for: 'protect' }, t('export-protect'), el('span', { class: 'hint' }, ` ${t('export-protect-hint')}`))),
    reveal);
  const read = () => {
    if (!box.checked) return null;
    if (!input.value) {
      setError(t('export-password-missing'));
      return undefined;
    }
    setError('');
    return input.value;
  };
  return { node, read, setError };
}

function exportResult(id, d, r, protectedPdf, language) {
  const mb = number((r.bytes / 1e6).toFixed(1));
  const out = [
    el('h2', { tabindex: '-1' }, t('export-ready')),
    el('p', { class: 'success', id: 'export-summary' }, t('export-summary', { pages: r.pages, size: mb, path: r.path })),
  ];
  if (protectedPdf) out.push(el('div', { class: 'inset', id: 'password-reminder' }, el('p', {}, t('export-password-reminder'))));
  if (r.over_email_limit) out.push(el('div', { class: 'warning-box' }, t('export-over-email-limit', { size: mb })));
  if (r.missing_characters) out.push(el('div', { class: 'warning-box' }, t('export-missing-characters', { characters: r.missing_characters })));
  if (r.not_enclosed.length) {
    out.push(el('div', { class: 'warning-box', id: 'not-enclosed' }, el('h3', {}, t('export-not-enclosed')),
      el('p', {}, t('export-not-enclosed-lead')),
      el('ul', {}, ...r.not_enclosed.map((n) => el('li', {}, el('strong', {}, n.title), t('export-not-enclosed-reason', { reason: n.reason }))))));
  }
  const say = el('p', { role: 'status' });
  const act = (fn) => async () => { try { await fn(); } catch (e) { say.textContent = e.message; } };
  out.push(el('div', { class: 'actions' },
    button(t('export-open'), act(() => api.openExport()), { id: 'open-export' }),
    button(t('export-show-in-folder'), act(() => api.showExport()), { class: 'button secondary' }),
    button(t('export-email'), act(() => api.emailExport(id, language)), { class: 'button secondary', id: 'email-export' })),
  el('p', { class: 'hint' }, d.dossier.consultant.email ? t('export-email-hint', { email: d.dossier.consultant.email }) : t('export-email-hint-no-address')), say);
  return out;
}

