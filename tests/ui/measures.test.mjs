// Height and weight typed in any unit are stored in metric, and shown back
// in the unit chosen.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { toMetric, fromMetric, inWords, bmi, number } from '../../ui/js/measures.js';
import { load } from '../../ui/js/i18n.js';

// The messages are the English catalogue's.
before(() => {
  load('en', readFileSync(new URL('../../src-tauri/core/locales/en.ftl', import.meta.url), 'utf8'));
});

test('feet and inches, pounds, and stones are stored as centimetres and kilograms', () => {
  assert.equal(toMetric('height', 'ft_in', { ft: '5', in: '7' }), 170.2);
  assert.equal(toMetric('height', 'cm', { cm: '170' }), 170);
  assert.equal(toMetric('weight', 'lb', { lb: '210' }), 95.3);
  assert.equal(toMetric('weight', 'st_lb', { st: '15', lb: '0' }), 95.3);
  assert.equal(toMetric('weight', 'kg', { kg: '72,5' }), 72.5, 'a decimal comma is read');
  assert.equal(toMetric('height', 'ft_in', { ft: '', in: '' }), null, 'nothing typed is no answer');
});

test('a value that is not a number, or not likely, names its box and the range in the chosen unit', () => {
  assert.deepEqual(toMetric('height', 'cm', { cm: 'tall' }), { error: 'write the number only, such as 165', part: 'cm' });
  assert.equal(toMetric('weight', 'kg', { kg: '-3' }).part, 'kg', 'a negative weight is refused');
  assert.match(toMetric('height', 'ft_in', { ft: '5.3', in: '5' }).error, /whole feet/, '5.3 ft is not 5 ft 3 in');
  assert.match(toMetric('height', 'ft_in', { ft: '5', in: '14' }).error, /from 0 to 11/);
  assert.equal(toMetric('weight', 'st_lb', { st: '13', lb: '14' }).part, 'lb');
  const tooTall = toMetric('height', 'cm', { cm: '1700' });
  assert.equal(tooTall.part, 'cm');
  assert.match(tooTall.error, /from 20 cm to 275 cm/);
  assert.match(toMetric('height', 'ft_in', { ft: '17', in: '0' }).error, /ft .* in to 9 ft/);
  assert.ok(Number.isNaN(number('-3')), 'a negative weight is not a number a person weighs');
});

test('stored values come back in the chosen unit, and BMI is a number only', () => {
  assert.deepEqual(fromMetric('height', 'ft_in', 170.2), { ft: '5', in: '7' });
  assert.deepEqual(fromMetric('weight', 'st_lb', 95.3), { st: '15', lb: '0' });
  assert.deepEqual(fromMetric('weight', 'kg', null), { kg: '' });
  assert.equal(inWords('height', 'cm', 162.5), '162.5 cm');
  assert.equal(bmi(170, 95), 32.9);
  assert.equal(bmi(null, 95), null);
});
