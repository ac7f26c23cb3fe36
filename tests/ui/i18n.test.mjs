// The window's words: each catalogue loads, dates and numbers are written
// as each language writes them, counts take the language's plural forms,
// and the pseudo-language marks every piece of text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { load, t, dateInWords, number } from '../../ui/js/i18n.js';
import { inWords, toMetric } from '../../ui/js/measures.js';
import { FluentResource } from '../../ui/vendor/fluent-bundle/index.js';

const source = (code) => readFileSync(new URL(`../../src-tauri/core/locales/${code}.ftl`, import.meta.url), 'utf8');

/** Loads a language's catalogue, failing on any error in it. */
function use(code) {
  const errors = load(code, source(code === 'en-XA' ? 'en' : code));
  assert.deepEqual(errors.map(String), [], `the ${code} catalogue has errors`);
}

test('dates in words, at the precision known, in each language', () => {
  const expected = {
    en: ['11 February 1958', 'February 1958', '1958'],
    es: ['11 de febrero de 1958', 'febrero de 1958', '1958'],
    de: ['11. Februar 1958', 'Februar 1958', '1958'],
  };
  for (const [code, [day, month, year]] of Object.entries(expected)) {
    use(code);
    assert.equal(dateInWords('1958-02-11'), day, code);
    assert.equal(dateInWords('1958-02'), month, code);
    assert.equal(dateInWords('1958'), year, code);
    assert.equal(dateInWords(''), '', code);
    assert.equal(dateInWords(null), '', code);
    assert.equal(dateInWords('when I was ten'), 'when I was ten', 'text that is not a date is the patient’s, kept as it is');
  }
});

test('counts take each language’s plural forms', () => {
  const expected = {
    en: ['1 report', '3 reports'],
    es: ['1 documento', '3 documentos'],
    de: ['1 Dokument', '3 Dokumente'],
  };
  for (const [code, [one, three]] of Object.entries(expected)) {
    use(code);
    assert.equal(t('home-reports', { count: 1 }), one, code);
    assert.equal(t('home-reports', { count: 3 }), three, code);
  }
});

test('decimal numbers are written with the language’s separator', () => {
  use('en');
  assert.equal(number('71.5'), '71.5');
  for (const code of ['es', 'de']) {
    use(code);
    assert.equal(number('71.5'), '71,5', code);
  }
});

test('every message of the pseudo-language is marked, so untranslated words show', () => {
  const ids = new FluentResource(source('en')).body.map((m) => m.id).filter((id) => !id.startsWith('-'));
  assert.ok(ids.length > 100);
  // A message made only of what is put into it ({ $year }) has no words to mark.
  use('en');
  const worded = ids.filter((id) => t(id).replace(/\{\$[a-zA-Z_-]+\}/g, '').trim());
  assert.ok(worded.includes('home-reports') && !worded.includes('date-year'));
  use('en-XA');
  for (const id of worded) assert.match(t(id), /⟦[^]*⟧/, id);
  assert.equal(t('home-reports', { count: 3 }), '3⟦ reports~~~⟧');
});

test('a measure is written with the language’s decimal separator and units', () => {
  use('es');
  assert.equal(inWords('height', 'cm', 162.5), '162,5 cm');
  assert.equal(toMetric('weight', 'kg', { kg: 'heavy' }).error, 'escriba solo el número, por ejemplo 72,5');
  use('de');
  assert.equal(inWords('height', 'ft_in', 170.2), '5 Fuß 7 Zoll');
});

test('an unknown key is shown as itself', () => {
  use('en');
  assert.equal(t('no-such-message'), 'no-such-message');
});
