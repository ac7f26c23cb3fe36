// Half-known dates entered as separate day, month and year boxes. Pure
// functions (no DOM), unit-tested with node's test runner.
import { t } from './i18n.js';

/** Splits a stored date (YYYY, YYYY-MM or YYYY-MM-DD) into its boxes. */
export function splitDate(text) {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(text || '');
  if (!m) return { day: '', month: '', year: '' };
  return { year: m[1], month: m[2] ? String(Number(m[2])) : '', day: m[3] ? String(Number(m[3])) : '' };
}

function daysIn(year, month) {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Joins the boxes into a stored date. Returns {value} (null when all boxes
 * are empty) or {error, part} with a message saying what is expected and
 * the box that is wrong ('day', 'month' or 'year').
 */
export function joinDate({ day = '', month = '', year = '' }) {
  const d = String(day).trim();
  const m = String(month).trim();
  const y = String(year).trim();
  if (!d && !m && !y) return { value: null };
  if (!/^\d{4}$/.test(y) || Number(y) < 1000) {
    return { error: t('dates-year-digits'), part: 'year' };
  }
  if (!m) {
    if (d) return { error: t('dates-month-with-day'), part: 'month' };
    return { value: y };
  }
  if (!/^\d{1,2}$/.test(m) || Number(m) < 1 || Number(m) > 12) {
    return { error: t('dates-month-range'), part: 'month' };
  }
  const mm = String(Number(m)).padStart(2, '0');
  if (!d) return { value: `${y}-${mm}` };
  const max = daysIn(Number(y), Number(m));
  if (!/^\d{1,2}$/.test(d) || Number(d) < 1 || Number(d) > max) {
    return { error: t('dates-day-range', { max }), part: 'day' };
  }
  return { value: `${y}-${mm}-${String(Number(d)).padStart(2, '0')}` };
}
