// `2023-08-18`, `2023/08/18`, `2023.08.18` (year first is never ambiguous) and the year-month `2023-08`.
import { formatDay, formatMonth, isValidDay } from '../calendar.ts';
import type { DateParser } from '../types.ts';

export const isoDayParser: DateParser = {
  pattern: /(?<![\d./-])(?<year>\d{4})(?<sep>[-/.])(?<month>\d{2})\k<sep>(?<day>\d{2})(?![\d]|[./-]\d)/g,
  extract({ groups: g }) {
    const d = { year: Number(g.year), month: Number(g.month), day: Number(g.day) };
    return isValidDay(d) ? { value: formatDay(d) } : null;
  },
};

// A year-month only with the hyphen and a two-digit month: `2023-08`. `2009-10` is read as a
// range by year-range.ts (the longer, later month reading loses on ties there, see find-dates.ts).
export const isoMonthParser: DateParser = {
  pattern: /(?<![\d./-])(?<year>\d{4})-(?<month>0[1-9]|1[0-2])(?![\d]|[./-]\d)/g,
  extract: ({ groups: g }) => ({ value: formatMonth(Number(g.year), Number(g.month)) }),
};
