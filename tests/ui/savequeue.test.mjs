import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { saveQueue, debounce, readable } from '../../ui/js/savequeue.js';
import { load } from '../../ui/js/i18n.js';

// The messages are the English catalogue's.
before(() => {
  load('en', readFileSync(new URL('../../src-tauri/core/locales/en.ftl', import.meta.url), 'utf8'));
});

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * A fake back end: a table of rows; every call answers after a delay
 * chosen by `delays` (so replies can come back in any order), and records
 * what it was sent.
 */
function fakeStore(delays) {
  const rows = new Map();
  const calls = [];
  let next = 1;
  let call = 0;
  const save = async (item) => {
    const i = call++;
    calls.push(structuredClone(item));
    await sleep(delays[i % delays.length]);
    if (!item.id) {
      const id = next++;
      rows.set(id, { ...item, id });
      return id;
    }
    rows.set(item.id, { ...item });
    return item.id;
  };
  return { rows, calls, save };
}

test('a slow save never overwrites a newer one', async () => {
  const store = fakeStore([60, 5, 30, 1]);
  const record = { id: 7, text: '' };
  const q = saveQueue((s) => store.save(s));
  for (const text of ['K', 'Kn', 'Kne', 'Knee', 'Knee r', 'Knee replacement']) {
    record.text = text;
    q.push(record);
    await sleep(2);
  }
  const last = await q.idle();
  assert.equal(last.ok, true);
  assert.equal(store.rows.get(7).text, 'Knee replacement');
  // Never two saves of one record at once: each call saw the one before answered.
  assert.ok(store.calls.length <= 3, `coalesced, got ${store.calls.length} calls`);
});

test('a new item is created once however fast the typing', async () => {
  const store = fakeStore([50, 1, 1]);
  const item = { id: 0, name: '' };
  const q = saveQueue(async (s) => {
    const id = await store.save({ ...s, id: item.id });
    item.id = id;
    return id;
  });
  for (const name of ['A', 'As', 'Asp', 'Aspirin']) {
    item.name = name;
    q.push(item);
  }
  await q.idle();
  assert.equal(store.rows.size, 1, 'one row');
  assert.equal([...store.rows.values()][0].name, 'Aspirin');
});

test('a failed save is reported and the next one still goes', async () => {
  let fail = true;
  const seen = [];
  const q = saveQueue(async (s) => {
    if (fail) { fail = false; throw { kind: 'database', message: 'busy' }; }
    return s.v;
  }, { onDone: (r) => seen.push(r.ok) });
  q.push({ v: 1 });
  assert.equal((await q.idle()).ok, false);
  q.push({ v: 2 });
  const r = await q.idle();
  assert.deepEqual([r.ok, r.value], [true, 2]);
  assert.deepEqual(seen, [false, true]);
});

test('snapshots are copies: later edits do not change what is in flight', async () => {
  const sent = [];
  const q = saveQueue(async (s) => { await sleep(10); sent.push(s.text); });
  const record = { text: 'first' };
  q.push(record);
  record.text = 'second';
  q.push(record);
  await q.idle();
  assert.deepEqual(sent, ['first', 'second']);
});

test('flush sends what is typed at once; nothing due means nothing sent', async () => {
  let runs = 0;
  const d = debounce(() => { runs += 1; return 'ran'; }, 10_000);
  assert.equal(d.flush(), undefined);
  d();
  d();
  assert.equal(d.pending(), true);
  assert.equal(d.flush(), 'ran');
  assert.equal(runs, 1);
  assert.equal(d.pending(), false);
});

test('a field in error keeps its saved value and the valid fields save', () => {
  const saved = { name: 'Ibuprofen', dose: '', started_on: '2023-01', consultant: { name: '' } };
  const { snapshot, errors } = readable({
    name: { value: 'Ibuprofen' },
    dose: { value: '400 mg' },
    started_on: { error: 'The month must be a number from 1 to 12', part: 'month' },
    'consultant.name': { value: 'Dr Lee' },
  }, saved);
  assert.deepEqual(snapshot, { name: 'Ibuprofen', dose: '400 mg', started_on: '2023-01', consultant: { name: 'Dr Lee' } });
  assert.deepEqual(errors, [{ key: 'started_on', message: 'The month must be a number from 1 to 12', part: 'month' }]);
  assert.equal(saved.dose, '', 'the saved copy is not changed');
});
