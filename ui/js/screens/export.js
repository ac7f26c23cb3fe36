// Exporting the PDF bundle: what goes in, paper size, an optional
// password, progress with Cancel, and what to do with the file (open,
// show, email). The password is only ever in its field and passed for the
// one export.
import * as api from '../api.js';
import { el } from '../dom.js';
import { plainMessage } from '../secret.js';
import { app, button, errorBox, load, pdfLanguage, withSidebar } from './common.js';

export async function exportScreen(main, id) {
  const d = await load(id);
  const sections = [
    ['summary', 'Summary (diagnosis, treatment, what you want)'],
    ['questions', 'Your questions, with room for answers'],
    ['background', 'Health background and daily life'],
    ['medications', 'Medicines and allergies'],
    ['results', 'Test results over time'],
    ['clinicians', 'Doctors and care team'],
    ['timeline', 'Timeline'],
    ['index', 'Index of reports'],
    ['documents', 'The reports themselves'],
  ];
  const secBoxes = sections.map(([key, label]) => el('div', { class: 'checkbox' },
    el('input', { type: 'checkbox', id: `sec-${key}`, name: 'section', value: key, checked: true }), el('label', { for: `sec-${key}` }, label)));
  const docBoxes = d.documents.map((doc) => el('div', { class: 'checkbox' },
    el('input', { type: 'checkbox', id: `doc-${doc.id}`, name: 'document', value: doc.id, checked: doc.include_in_export }),
    el('label', { for: `doc-${doc.id}` }, doc.title, el('span', { class: 'meta' }, ` ${app.vocab.label('document_kinds', doc.kind) || ''}`))));
  const paper = el('fieldset', { class: 'field' }, el('legend', {}, 'Paper size'),
    el('div', { class: 'radio' }, el('input', { type: 'radio', name: 'paper', id: 'paper-a4', value: 'a4', checked: true }), el('label', { for: 'paper-a4' }, 'A4')),
    el('div', { class: 'radio' }, el('input', { type: 'radio', name: 'paper', id: 'paper-letter', value: 'letter' }), el('label', { for: 'paper-letter' }, 'US Letter')));
  const email = el('div', { class: 'checkbox' }, el('input', { type: 'checkbox', id: 'email-size' }),
    el('label', { for: 'email-size' }, 'Make it smaller for email', el('span', { class: 'hint' }, ' (photos and scans at 150 dpi: still clear on paper)')));
  const language = pdfLanguage('pdf-language', 'The doctor’s language; it starts as the one set for them under About you and the appointment.', d.dossier.consultant.language);
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
    const bar = el('progress', { max: 1, value: 0, 'aria-label': 'Export progress' });
    const cancel = button('Cancel', () => api.cancelLongAction(), { class: 'button secondary' });
    progress.replaceChildren(el('p', {}, 'Building the PDF…'), bar, cancel);
    result.replaceChildren();
    unlisten = await api.on('export-progress', ([done, total]) => { bar.max = Math.max(total, 1); bar.value = done; });
    try {
      const r = await api.exportPdf(id, options, password);
      progress.replaceChildren();
      if (r) result.replaceChildren(...exportResult(id, d, r, Boolean(password)));
      result.querySelector('h2')?.focus();
    } catch (e) {
      progress.replaceChildren();
      result.replaceChildren(errorBox(e.kind === 'cancelled' ? { message: 'The export was cancelled. No file was written.' } : e));
      if (e.field === 'password') protect.setError(plainMessage(e));
    } finally {
      if (unlisten) unlisten();
    }
  };
  withSidebar(main, d, 'export',
    el('h1', { tabindex: '-1' }, 'Export the PDF for the doctor'),
    el('p', { class: 'lead' }, 'Choose what goes in. The app then asks where to save the PDF.'),
    el('fieldset', { class: 'field' }, el('legend', {}, 'Parts'), ...secBoxes),
    d.documents.length ? el('fieldset', { class: 'field' }, el('legend', {}, 'Reports'), ...docBoxes) : el('p', { class: 'empty' }, 'No reports yet. You can still export the rest.'),
    language.node, paper, email, protect.node,
    el('div', { class: 'actions' }, button('Export the PDF', run, { id: 'export' })),
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
    el('label', { for: 'export-password' }, 'Password for the PDF'),
    el('p', { class: 'hint', id: 'export-password-hint' },
      'At least 10 characters: a few words are easy to type. The doctor types it to open the PDF. Tell the doctor the password another way than the PDF: in a phone call or a text message, not in the email with the PDF. The app does not keep it, so write it down if you need to.'),
    error, input,
    el('div', { class: 'checkbox' }, show, el('label', { for: 'show-password' }, 'Show the password')));
  const reveal = el('div', { class: 'inset', id: 'password-reveal', hidden: true }, field);
  const setError = (msg) => {
    error.hidden = !msg;
    error.textContent = msg ? `Error: ${msg}` : '';
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
      el('label', { for: 'protect' }, 'Protect the PDF with a password', el('span', { class: 'hint' }, ' (it opens only after typing the password)'))),
    reveal);
  const read = () => {
    if (!box.checked) return null;
    if (!input.value) {
      setError('Enter a password, or untick "Protect the PDF with a password"');
      return undefined;
    }
    setError('');
    return input.value;
  };
  return { node, read, setError };
}

function exportResult(id, d, r, protectedPdf) {
  const mb = (r.bytes / 1e6).toFixed(1);
  const out = [
    el('h2', { tabindex: '-1' }, 'Your PDF is ready'),
    el('p', { class: 'success', id: 'export-summary' }, `${r.pages} pages, ${mb} MB, saved to ${r.path}`),
  ];
  if (protectedPdf) out.push(el('div', { class: 'inset', id: 'password-reminder' }, el('p', {}, 'The PDF opens only with your password. Tell the doctor the password in a phone call or a text message, not in the email with the PDF.')));
  if (r.over_email_limit) out.push(el('div', { class: 'warning-box' }, `At ${mb} MB it is larger than many email services accept (often 20 MB). Try again with "Make it smaller for email", or print it.`));
  if (r.missing_characters) out.push(el('div', { class: 'warning-box' }, `Some letters could not be printed and show as "?": ${r.missing_characters}`));
  if (r.not_enclosed.length) {
    out.push(el('div', { class: 'warning-box', id: 'not-enclosed' }, el('h3', {}, 'Not shown as pages'),
      el('p', {}, 'These are listed in the PDF with the reason, and their files are attached inside it:'),
      el('ul', {}, ...r.not_enclosed.map((n) => el('li', {}, el('strong', {}, n.title), `: ${n.reason}`)))));
  }
  const say = el('p', { role: 'status' });
  const act = (fn) => async () => { try { await fn(); } catch (e) { say.textContent = e.message; } };
  out.push(el('div', { class: 'actions' },
    button('Open (to read or print)', act(() => api.openExport()), { id: 'open-export' }),
    button('Show in folder', act(() => api.showExport()), { class: 'button secondary' }),
    button('Email', act(() => api.emailExport(id)), { class: 'button secondary', id: 'email-export' })),
  el('p', { class: 'hint' }, `Email opens your mail program with ${d.dossier.consultant.email || 'the doctor’s address (add it under About you and the appointment)'}, a subject and a short message. Mail programs cannot be handed a file this way, so the folder with the PDF opens too: drag the PDF into the email to attach it.`), say);
  return out;
}

