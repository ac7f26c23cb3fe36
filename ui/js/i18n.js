// The window's words: the catalogue of the app's language (the same Fluent
// catalogue the core writes the bundle with, served by the core), messages
// by key, dates and numbers as the language writes them. Pure module (no
// DOM, no back end): main.js gives it the catalogue, and the node tests
// give it the files.
//
// Keys are written out where they are used (t('home-title')), so that the
// catalogue tests can find a key no code uses.
import { FluentBundle, FluentResource } from '../vendor/fluent-bundle/index.js';

let bundle = null;
let code = 'en';

/** Marks and lengthens a piece of text by a third, as the core does for
 * the pseudo-language en-XA. */
function pseudo(text) {
  if (!text.trim()) return text;
  // The lengthening breaks like words do, every seventh character.
  const extra = Array.from({ length: Math.ceil([...text].length / 3) }, (_, i) => (i % 7 === 6 ? ' ' : '~'));
  return `⟦${text}${extra.join('')}⟧`;
}

/** Takes the catalogue of `language` (its code, such as 'es' or 'en-XA')
 * from its Fluent text. */
export function load(language, source) {
  code = language;
  const tag = language === 'en-XA' ? 'en' : language;
  bundle = new FluentBundle(tag, {
    useIsolating: false,
    transform: language === 'en-XA' ? pseudo : (s) => s,
  });
  const errors = bundle.addResource(new FluentResource(source));
  return errors;
}

/** The code of the app's language. */
export const language = () => code;

/** The message `key`, with its arguments; the key itself if the catalogue
 * has no such message (the tests make sure every key is there). */
export function t(key, args = {}) {
  const message = bundle?.getMessage(key);
  if (!message || !message.value) return key;
  return bundle.formatPattern(message.value, args, []);
}

/** Whether the catalogue has `key`. */
export const has = (key) => Boolean(bundle?.hasMessage(key));

/** A rule of writing (not words to show), unmarked in the pseudo-language. */
function rule(key, fallback) {
  const message = bundle?.getMessage(key);
  if (!message || typeof message.value !== 'string') {
    // Patterns with no placeables are stored as plain strings.
    if (message && Array.isArray(message.value)) return message.value.join('');
    return fallback;
  }
  return message.value;
}

/** A stored half-known date (YYYY, YYYY-MM, YYYY-MM-DD) in words, as the
 * language writes it; other text is returned as it is (it is the
 * patient's). */
export function dateInWords(text) {
  if (!text) return '';
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(text);
  if (!m) return text;
  const [, year, mo, d] = m;
  if (!mo) return t('date-year', { year });
  const month = t(`month-${Number(mo)}`);
  return d ? t('date-day-month-year', { day: String(Number(d)), month, year })
    : t('date-month-year', { month, year });
}

/** A decimal number as the language writes it ("71,5" in Spanish). */
export function number(text) {
  return String(text).replace('.', rule('decimal-separator', '.'));
}

/** A label as it reads inside a sentence (lower case in English and
 * Spanish, as it is in German). */
export function inText(label) {
  return rule('labels-lowercase-in-text', 'yes') === 'yes' ? label.toLowerCase() : label;
}
