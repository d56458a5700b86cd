// `2023-08-18`, `2023/08/18`, `2023.08.18` (year first is never ambiguous) and the year-month `2023-08`.
import { formatDay, formatMonth, isValidDay } from '../calendar.ts';
import type { DateParser } from '../types.ts';

const ISO_DAY = /(?<![\d./-])(\d{4})([-/.])(\d{2})\2(\d{2})(?![\d]|[./-]\d)/g;
// A year-month only with the hyphen and a two-digit month: `2023-08`. `2009-10` is read as a
// range by year-range.ts (the longer, later month reading loses on ties there, see find-dates.ts).
const ISO_MONTH = /(?<![\d./-])(\d{4})-(0[1-9]|1[0-2])(?![\d]|[./-]\d)/g;

export const parseIsoDate: DateParser = (text) => {
  const out = [];
  for (const m of text.matchAll(ISO_DAY)) {
    const d = { year: Number(m[1]), month: Number(m[3]), day: Number(m[4]) };
    if (isValidDay(d)) out.push({ start: m.index, end: m.index + m[0].length, value: formatDay(d) });
  }
  for (const m of text.matchAll(ISO_MONTH)) {
    out.push({ start: m.index, end: m.index + m[0].length, value: formatMonth(Number(m[1]), Number(m[2])) });
  }
  return out;
};
