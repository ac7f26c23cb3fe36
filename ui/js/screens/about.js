// About the app: version, where the record is kept, what is included.
import * as api from '../api.js';
import { el } from '../dom.js';
import { t } from '../i18n.js';
import { app, button, showError } from './common.js';

export async function about(main) {
  const info = app.info;
  main.replaceChildren(
    el('h1', { tabindex: '-1' }, t('about-title')),
    el('p', {}, t('about-version', { version: info.version })),
    el('p', {}, t('about-licence')),
    el('h2', {}, t('about-where')),
    el('p', { id: 'data-dir', translate: 'no' }, info.data_dir),
    el('div', { class: 'actions' }, button(t('about-show-folder'), () => api.showDataDir().catch((e) => showError(main, e)), { class: 'button secondary' })),
    el('h2', {}, t('about-included')),
    el('ul', { class: 'list' },
      el('li', {}, t('about-fonts')),
      el('li', {}, t('about-questions')),
      el('li', {}, t('about-figures'))),
  );
}
