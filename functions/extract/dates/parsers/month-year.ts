// `July 2008`, `Sept. 2009`, `early March 2023`, `January-April 2023` (→ 2023-01/2023-04).
import { MONTH_ANY, YEAR_NUM, formatInterval, formatMonth, monthNumber } from '../calendar.ts';
import type { DateParser } from '../types.ts';

const MONTH_YEAR = new RegExp(
  `\\b(${MONTH_ANY})(?:\\s*(?:-|–|—|to|through|until)\\s*(${MONTH_ANY}))?,?\\s+(?:of\\s+)?(${YEAR_NUM})`,
  'g',
);

export const parseMonthYear: DateParser = (text) => {
  const out = [];
  for (const m of text.matchAll(MONTH_YEAR)) {
    const year = Number(m[3]);
    const first = monthNumber(m[1])!;
    const last = m[2] ? monthNumber(m[2])! : first;
    if (last < first) continue;
    out.push({ start: m.index, end: m.index + m[0].length, value: formatInterval(formatMonth(year, first), formatMonth(year, last)) });
  }
  return out;
};
