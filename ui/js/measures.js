// Height and weight in the units a patient knows (centimetres, or feet and
// inches; kilograms, pounds, or stones and pounds), always stored metric.
// Pure logic: unit-tested with node's test runner.

/** The units each measure may be typed in; the first is the stored one. */
export const UNITS = {
  height: [
    { key: 'cm', label: 'Centimetres', parts: [['cm', 'cm']] },
    { key: 'ft_in', label: 'Feet and inches', parts: [['ft', 'Feet'], ['in', 'Inches']] },
  ],
  weight: [
    { key: 'kg', label: 'Kilograms', parts: [['kg', 'kg']] },
    { key: 'lb', label: 'Pounds', parts: [['lb', 'Pounds']] },
    { key: 'st_lb', label: 'Stones and pounds', parts: [['st', 'Stones'], ['lb', 'Pounds']] },
  ],
};

/** The plausible range, in the stored unit (the core checks the same). */
export const RANGE = { height: [20, 275], weight: [0.5, 650] };

/** What to type in each box, as an example. */
const EXAMPLE = { cm: '165', ft: '5', in: '7', kg: '72.5', lb: '160', st: '11' };

const CM_PER_IN = 2.54;
const KG_PER_LB = 0.45359237;

/** Reads a number typed with a point or a comma; '' is null; NaN if not a number. */
export function number(text) {
  const t = String(text ?? '').trim().replace(',', '.');
  if (!t) return null;
  return /^\d+(\.\d+)?$/.test(t) ? Number(t) : NaN;
}

const round1 = (v) => Math.round(v * 10) / 10;

/**
 * The stored (metric) value from the parts typed in `unit`: a number, null
 * when nothing is typed, or {error, part} naming the box at fault.
 */
export function toMetric(measure, unit, parts) {
  const def = UNITS[measure].find((u) => u.key === unit) || UNITS[measure][0];
  const values = {};
  for (const [key] of def.parts) {
    const v = number(parts[key]);
    if (Number.isNaN(v)) return { error: `write the number only, such as ${EXAMPLE[key]}`, part: key };
    values[key] = v;
  }
  // 5 ft 3 in, not 5.3 ft; inches and pounds of a pair stay under a foot or a stone.
  if (def.parts.length === 2) {
    const [[big, bigWord], [small]] = def.parts;
    const most = big === 'ft' ? 12 : 14;
    if (values[big] !== null && !Number.isInteger(values[big])) {
      return { error: `write whole ${bigWord.toLowerCase()} here and the rest in the next box (for example ${EXAMPLE[big]} and ${EXAMPLE[small]})`, part: big };
    }
    if (values[small] !== null && values[small] >= most) {
      return { error: `this box goes from 0 to ${most - 1}; ${most} ${small === 'in' ? 'inches make a foot' : 'pounds make a stone'}`, part: small };
    }
  }
  if (Object.values(values).every((v) => v === null)) return null;
  const z = (k) => values[k] || 0;
  let metric;
  if (unit === 'ft_in') metric = (z('ft') * 12 + z('in')) * CM_PER_IN;
  else if (unit === 'lb') metric = z('lb') * KG_PER_LB;
  else if (unit === 'st_lb') metric = (z('st') * 14 + z('lb')) * KG_PER_LB;
  else metric = z(def.parts[0][0]);
  metric = round1(metric);
  const [lo, hi] = RANGE[measure];
  if (metric < lo || metric > hi) {
    return { error: `this is not a likely ${measure}; give it from ${inWords(measure, unit, lo)} to ${inWords(measure, unit, hi)}`, part: def.parts[0][0] };
  }
  return metric;
}

/** The boxes' text for a stored (metric) value shown in `unit`. */
export function fromMetric(measure, unit, value) {
  const def = UNITS[measure].find((u) => u.key === unit) || UNITS[measure][0];
  const empty = Object.fromEntries(def.parts.map(([k]) => [k, '']));
  if (value == null || value === '') return empty;
  if (unit === 'ft_in') {
    let inches = Math.round(value / CM_PER_IN);
    const ft = Math.floor(inches / 12);
    inches -= ft * 12;
    return { ft: String(ft), in: String(inches) };
  }
  if (unit === 'lb') return { lb: String(Math.round(value / KG_PER_LB)) };
  if (unit === 'st_lb') {
    const lb = Math.round(value / KG_PER_LB);
    return { st: String(Math.floor(lb / 14)), lb: String(lb % 14) };
  }
  return { [def.parts[0][0]]: String(round1(value)) };
}

/** A metric value in words in `unit` ("5 ft 7 in", "170 cm"). */
export function inWords(measure, unit, value) {
  const parts = fromMetric(measure, unit, value);
  const def = UNITS[measure].find((u) => u.key === unit) || UNITS[measure][0];
  return def.parts.map(([k]) => `${parts[k]} ${k}`).join(' ');
}

/** Body mass index from centimetres and kilograms, to one decimal, or null. */
export function bmi(heightCm, weightKg) {
  if (!heightCm || !weightKg) return null;
  const m = heightCm / 100;
  return round1(weightKg / (m * m));
}
