import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { joinDate, splitDate } from '../../ui/js/dates.js';
import { load } from '../../ui/js/i18n.js';

// The messages are the English catalogue's.
before(() => {
  load('en', readFileSync(new URL('../../src-tauri/core/locales/en.ftl', import.meta.url), 'utf8'));
});

test('half-known dates are kept at the precision given', () => {
  assert.deepEqual(joinDate({ year: '2024' }), { value: '2024' });
  assert.deepEqual(joinDate({ month: '3', year: '2024' }), { value: '2024-03' });
  assert.deepEqual(joinDate({ day: '14', month: '3', year: '2024' }), { value: '2024-03-14' });
  assert.deepEqual(joinDate({}), { value: null });
  assert.deepEqual(splitDate('2024-03'), { year: '2024', month: '3', day: '' });
});

test('impossible dates say what is expected', () => {
  assert.match(joinDate({ day: '31', month: '31', year: '2024' }).error, /month must be a number from 1 to 12/);
  assert.match(joinDate({ day: '30', month: '2', year: '2024' }).error, /from 1 to 29/);
  assert.match(joinDate({ day: '29', month: '2', year: '2023' }).error, /from 1 to 28/);
  assert.match(joinDate({ year: '24' }).error, /4 digits/);
  assert.match(joinDate({ day: '3', year: '2024' }).error, /month as well/);
});

test('a date error names the one box that is wrong', () => {
  assert.equal(joinDate({ day: '31', month: '31', year: '2024' }).part, 'month');
  assert.equal(joinDate({ day: '30', month: '2', year: '2024' }).part, 'day');
  assert.equal(joinDate({ day: '3', month: '2', year: '24' }).part, 'year');
  assert.equal(joinDate({ day: '3', year: '2024' }).part, 'month');
});
