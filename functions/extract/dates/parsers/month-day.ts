// Month name first: `June 29, 1992`, `Tuesday, Aug. 22`, `August 21` (year from the reference),
// ranges `August 20-22`, `June 11 to 13 this year`, `August 30 - September 2, 2023`.
import { DAY_NUM, MONTH_ANY, WEEKDAY_ANY, YEAR_NUM, dayNumber, formatDay, formatInterval, isValidDay, monthNumber } from '../calendar.ts';
import type { DateParser } from '../types.ts';
import { findListYear, resolveYear } from './year-context.ts';

const RANGE_SEP = '\\s*(?:-|–|—|to|through|until|till)\\s*';
const MONTH_DAY = new RegExp(
  `(?:${WEEKDAY_ANY},?\\s+)?\\b(${MONTH_ANY})\\s+(${DAY_NUM})(?![.,]\\d)` +
    `(?:${RANGE_SEP}(?:(${MONTH_ANY})\\s+)?(${DAY_NUM})(?![.,]\\d))?` +
    `(?:,?\\s+(${YEAR_NUM})|\\s+(this|last|next)\\s+year\\b)?`,
  'g',
);

export const parseMonthDay: DateParser = (text, { reference }) => {
  const out = [];
  for (const m of text.matchAll(MONTH_DAY)) {
    const span = { start: m.index, end: m.index + m[0].length };
    const year = resolveYear(m[5] ?? (m[6] ? undefined : findListYear(text, span.end)), m[6], reference, monthNumber(m[1])!, dayNumber(m[2]));
    if (year === null) {
      out.push({ ...span, value: null });
      continue;
    }
    const start = { year, month: monthNumber(m[1])!, day: dayNumber(m[2]) };
    if (!isValidDay(start)) continue;
    if (m[4] === undefined) {
      out.push({ ...span, value: formatDay(start) });
      continue;
    }
    const endMonth = m[3] ? monthNumber(m[3])! : start.month;
    // A range that runs past December ends in the next year: `December 30 - January 2, 2024`.
    const end = { year: endMonth < start.month ? year + 1 : year, month: endMonth, day: dayNumber(m[4]) };
    if (m[5] && endMonth < start.month) { start.year -= 1; end.year -= 1; }
    if (!isValidDay(end) || formatDay(end) <= formatDay(start)) continue;
    out.push({ ...span, value: formatInterval(formatDay(start), formatDay(end)) });
  }
  return out;
};
