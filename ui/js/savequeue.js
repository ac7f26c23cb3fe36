// Saving as you type, without losing or reordering anything. Pure logic
// (no DOM, no back end): unit-tested with node's test runner and a fake
// back end that delays and reorders replies.
//
// One queue per stored record (a patient, a dossier, one item). At most
// one save of a record is in flight; edits made meanwhile wait, and only
// the newest of them is sent once the one in flight has answered. So an
// older snapshot can never land after a newer one, and a new item is
// created once: later saves carry the ID the first one returned.

/**
 * A save queue for one record. `send(snapshot)` stores the snapshot and
 * resolves to the record's ID (or anything); it may reject.
 * `onDone(result)` hears every answer: {ok: true, value} or {ok: false, error}.
 */
export function saveQueue(send, { onDone = () => {} } = {}) {
  let inFlight = null;
  let waiting = null;
  let last = { ok: true };
  const run = async () => {
    while (waiting) {
      const snapshot = waiting;
      waiting = null;
      try {
        last = { ok: true, value: await send(snapshot) };
      } catch (error) {
        last = { ok: false, error };
      }
      onDone(last, snapshot);
    }
    inFlight = null;
  };
  return {
    /** Queues a snapshot; replaces one still waiting. */
    push(snapshot) {
      waiting = structuredClone(snapshot);
      if (!inFlight) inFlight = run();
      return inFlight;
    },
    /** Resolves when nothing is waiting or in flight, with the last answer. */
    async idle() {
      while (inFlight) await inFlight;
      return last;
    },
    get busy() { return Boolean(inFlight); },
  };
}

const queues = new Map();

/**
 * The one queue of a record, shared by every form that edits it (two forms
 * on one screen must not write the same row from two stale copies).
 * `key` names the record, such as "dossier:4"; `send` is used when the
 * queue is first made.
 */
export function queueFor(key, send, options) {
  let q = queues.get(key);
  if (!q) {
    q = saveQueue(send, options);
    queues.set(key, q);
  }
  return q;
}

/** Waits for every queue to be idle. */
export async function allIdle() {
  const answers = await Promise.all([...queues.values()].map((q) => q.idle()));
  return answers.every((a) => a.ok);
}

/** Forgets the queues (when a screen for other records is shown). */
export function forgetIdle() {
  for (const [k, q] of queues) if (!q.busy) queues.delete(k);
}

/**
 * Calls `fn` once typing has paused for `ms`; `flush()` calls it now if
 * a call is due, and resolves when it has run.
 */
export function debounce(fn, ms) {
  let timer = null;
  let due = false;
  const run = () => {
    clearTimeout(timer);
    timer = null;
    if (!due) return undefined;
    due = false;
    return fn();
  };
  const d = () => {
    due = true;
    clearTimeout(timer);
    timer = setTimeout(run, ms);
  };
  d.flush = run;
  d.pending = () => due;
  return d;
}

/**
 * Splits what a form holds into what can be saved and what cannot: each
 * field's reading is {value} or {error}. A field in error keeps its last
 * saved value in the snapshot, so the valid fields still save and nothing
 * wrong is stored. Returns {snapshot, errors: [{key, message, part}]}.
 */
export function readable(readings, saved) {
  const snapshot = structuredClone(saved);
  const errors = [];
  for (const [key, r] of Object.entries(readings)) {
    if (r.error) errors.push({ key, message: r.error, part: r.part || null });
    else setPath(snapshot, key, r.value);
  }
  return { snapshot, errors };
}

/** Reads `a.b` from an object. */
export function getPath(obj, key) {
  return key.split('.').reduce((o, k) => (o == null ? undefined : o[k]), obj);
}

/** Sets `a.b` in an object, making the inner object if needed. */
export function setPath(obj, key, value) {
  const parts = key.split('.');
  let o = obj;
  for (const k of parts.slice(0, -1)) {
    if (o[k] == null || typeof o[k] !== 'object') o[k] = {};
    o = o[k];
  }
  o[parts[parts.length - 1]] = value;
}
