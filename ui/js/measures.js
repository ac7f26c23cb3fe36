// Height and weight in the units a patient knows (centimetres, or feet and
// inches; kilograms, pounds, or stones and pounds), always stored metric.
// Pure logic: unit-tested with node's test runner.
import { t, number as written } from './i18n.js';

/** The units each measure may be typed in; the first is the stored one.
 * `parts` are the boxes typed in (see partLabel); a label is read from the
 * catalogue when the screen is drawn. */
export const UNITS = {
  height: [
    { key: 'cm', get label() { return t('measures-centimetres'); }, parts: ['cm'] },
    { key: 'ft_in', get label() { return t('measures-feet-and-inches'); }, parts: ['ft', 'in'] },
  ],
  weight: [
    { key: 'kg', get label() { return t('measures-kilograms'); }, parts: ['kg'] },
    { key: 'lb', get label() { return t('measures-pounds'); }, parts: ['lb'] },
    { key: 'st_lb', get label() { return t('measures-stones-and-pounds'); }, parts: ['st', 'lb'] },
  ],
};

/** The label of the box for one part ('cm', 'ft', 'in', 'kg', 'lb', 'st'). */
export function partLabel(part) {
  const keys = {
    cm: 'measures-box-cm', ft: 'measures-box-feet', in: 'measures-box-inches',
    kg: 'measures-box-kg', lb: 'measures-box-pounds', st: 'measures-box-stones',
  };
  return t(keys[part]);
}

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
  for (const key of def.parts) {
    const v = number(parts[key]);
    if (Number.isNaN(v)) return { error: t('measures-number-only', { example: written(EXAMPLE[key]) }), part: key };
    values[key] = v;
  }
  // 5 ft 3 in, not 5.3 ft; inches and pounds of a pair stay under a foot or a stone.
  if (def.parts.length === 2) {
    const [big, small] = def.parts;
    const most = big === 'ft' ? 12 : 14;
    if (values[big] !== null && !Number.isInteger(values[big])) {
      const example = { big: EXAMPLE[big], small: EXAMPLE[small] };
      const error = big === 'ft' ? t('measures-whole-feet', example) : t('measures-whole-stones', example);
      return { error, part: big };
    }
    if (values[small] !== null && values[small] >= most) {
      const range = { most, highest: most - 1 };
      const error = small === 'in' ? t('measures-inches-range', range) : t('measures-pounds-range', range);
      return { error, part: small };
    }
  }
  if (Object.values(values).every((v) => v === null)) return null;
  const z = (k) => values[k] || 0;
  let metric;
  if (unit === 'ft_in') metric = (z('ft') * 12 + z('in')) * CM_PER_IN;
  else if (unit === 'lb') metric = z('lb') * KG_PER_LB;
  else if (unit === 'st_lb') metric = (z('st') * 14 + z('lb')) * KG_PER_LB;
  else metric = z(def.parts[0]);
  metric = round1(metric);
  const [lo, hi] = RANGE[measure];
  if (metric < lo || metric > hi) {
    const range = { from: inWords(measure, unit, lo), to: inWords(measure, unit, hi) };
    const error = measure === 'height' ? t('measures-unlikely-height', range) : t('measures-unlikely-weight', range);
    return { error, part: def.parts[0] };
  }
  return metric;
}

/** The boxes' text for a stored (metric) value shown in `unit` (a
 * decimal written as the app's language writes it). */
export function fromMetric(measure, unit, value) {
  const def = UNITS[measure].find((u) => u.key === unit) || UNITS[measure][0];
  const empty = Object.fromEntries(def.parts.map((k) => [k, '']));
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
  return { [def.parts[0]]: written(String(round1(value))) };
}

/** A metric value in words in `unit` ("5 ft 7 in", "170 cm"). */
export function inWords(measure, unit, value) {
  const p = fromMetric(measure, unit, value);
  const def = UNITS[measure].find((u) => u.key === unit) || UNITS[measure][0];
  if (def.key === 'ft_in') return t('measures-in-ft-in', { feet: p.ft, inches: p.in });
  if (def.key === 'st_lb') return t('measures-in-st-lb', { stones: p.st, pounds: p.lb });
  if (def.key === 'lb') return t('measures-in-lb', { pounds: p.lb });
  if (def.key === 'kg') return t('measures-in-kg', { kg: p.kg });
  return t('measures-in-cm', { cm: p.cm });
}

/** Body mass index from centimetres and kilograms, to one decimal, or null. */
export function bmi(heightCm, weightKg) {
  if (!heightCm || !weightKg) return null;
  const m = heightCm / 100;
  return round1(weightKg / (m * m));
}
