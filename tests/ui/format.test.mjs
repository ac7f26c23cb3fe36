import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dateInWords, count } from '../../ui/js/format.js';

test('half-known dates are shown at their own precision', () => {
  assert.equal(dateInWords('2024'), '2024');
  assert.equal(dateInWords('2024-03'), 'March 2024');
  assert.equal(dateInWords('2024-03-05'), '5 March 2024');
  assert.equal(dateInWords(''), '');
  assert.equal(dateInWords(null), '');
});

test('counts read naturally', () => {
  assert.equal(count(1, 'report'), '1 report');
  assert.equal(count(3, 'report'), '3 reports');
});
