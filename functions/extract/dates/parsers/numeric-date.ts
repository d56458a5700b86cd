// `29/06/1992`, `29.06.1992`, `6/29/1992`. Day/month rule: day first (the order of most of the world
// and of the international outlets this project reads) unless only the month-first reading is a
// valid date (`6/29/1992`). A four-digit year is required: `3/4` or `12.5` are fractions and scores.
import { formatDay, isValidDay } from '../calendar.ts';
import type { DateParser } from '../types.ts';

const NUMERIC = /(?<![\d./-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?![\d]|[./-]\d)/g;

export const parseNumericDate: DateParser = (text) => {
  const out = [];
  for (const m of text.matchAll(NUMERIC)) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    const year = Number(m[4]);
    const dayFirst = { year, month: b, day: a };
    const monthFirst = { year, month: a, day: b };
    const d = isValidDay(dayFirst) ? dayFirst : isValidDay(monthFirst) ? monthFirst : null;
    if (d) out.push({ start: m.index, end: m.index + m[0].length, value: formatDay(d) });
  }
  return out;
};
