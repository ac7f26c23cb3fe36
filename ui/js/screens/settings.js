// Settings: the language the app speaks. It follows the computer's until
// the person chooses one; the bundle's language is chosen at each export.
import * as api from '../api.js';
import { el } from '../dom.js';
import { t } from '../i18n.js';
import { showError } from './common.js';

export async function settings(main) {
  const now = await api.appLanguage();
  const systemName = now.offered.find((o) => o.code === now.system)?.name || now.system;
  const choices = [['', systemName], ...now.offered.map((o) => [o.code, o.name])];
  const current = now.chosen ? now.code : '';
  const radios = choices.map(([code, name]) => {
    const id = `language-${code || 'system'}`;
    const input = el('input', { type: 'radio', name: 'app-language', id, value: code, checked: code === current });
    // A language's own name is written in that language.
    const own = el('span', { lang: code || now.system, translate: 'no' }, name);
    const label = code ? el('label', { for: id }, own)
      : el('label', { for: id }, t('settings-language-system'), ' (', own, ')');
    return el('div', { class: 'radio' }, input, label);
  });
  const fieldset = el('fieldset', {},
    el('legend', {}, t('settings-language-legend')),
    el('p', { class: 'hint' }, t('settings-language-hint')),
    ...radios);
  fieldset.addEventListener('change', async (e) => {
    const code = e.target.value || null;
    try {
      await api.setAppLanguage(code);
      // Every screen is drawn again in the new language, on this screen.
      location.reload();
    } catch (err) {
      showError(main, err);
    }
  });
  main.replaceChildren(
    el('h1', { tabindex: '-1' }, t('settings-title')),
    el('div', { class: 'form' }, fieldset),
  );
}
