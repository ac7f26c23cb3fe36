// About the app: version, where the record is kept, what is included.
import * as api from '../api.js';
import { el } from '../dom.js';
import { app, button, showError } from './common.js';

export async function about(main) {
  const info = app.info;
  main.replaceChildren(
    el('h1', { tabindex: '-1' }, 'About Second Opinion Dossier'),
    el('p', {}, `Version ${info.version}.`),
    el('p', {}, 'Free software under the MIT licence. It keeps your records on this computer and sends nothing anywhere unless you export it.'),
    el('h2', {}, 'Where your records are kept'),
    el('p', { id: 'data-dir' }, info.data_dir),
    el('div', { class: 'actions' }, button('Show the folder', () => api.showDataDir().catch((e) => showError(main, e)), { class: 'button secondary' })),
    el('h2', {}, 'What is included'),
    el('ul', { class: 'list' },
      el('li', {}, 'The PDF uses the DejaVu Sans fonts (Bitstream Vera licence; DejaVu changes in the public domain).'),
      el('li', {}, 'Suggested questions are written in this app’s own words from published question lists: AHRQ “Questions Are the Answer” (US government, public domain), Choosing Wisely and its BRAN summary, Ask Me 3, the US National Cancer Institute, and questions about devices and new medicines.'),
      el('li', {}, 'Figures on second opinions come from the article “What is a second opinion?”, which cites a Mayo Clinic study and British Medical Journal reviews.')),
  );
}
