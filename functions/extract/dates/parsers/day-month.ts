// Day first: `29 June 1992`, `the 5th of May`, `20-22 August 2023`, `Monday 3 March`.
import { DAY_NUM, MONTH_ANY, WEEKDAY_ANY, YEAR_NUM, dayNumber, formatDay, formatInterval, isValidDay, monthNumber } from '../calendar.ts';
import type { DateParser } from '../types.ts';
import { findListYear, resolveYear } from './year-context.ts';

const DAY_MONTH = new RegExp(
  `(?:${WEEKDAY_ANY},?\\s+)?(?:the\\s+)?(?<![\\d.,])(${DAY_NUM})(?:\\s*(?:-|–|—|to)\\s*(${DAY_NUM}))?\\s+(?:of\\s+)?(${MONTH_ANY})(?![\\w])` +
    `(?:,?\\s+(${YEAR_NUM})|\\s+(this|last|next)\\s+year\\b)?`,
  'g',
);

export const parseDayMonth: DateParser = (text, { reference }) => {
  const out = [];
  for (const m of text.matchAll(DAY_MONTH)) {
    const span = { start: m.index, end: m.index + m[0].length };
    const year = resolveYear(m[4] ?? (m[5] ? undefined : findListYear(text, span.end)), m[5], reference, monthNumber(m[3])!, dayNumber(m[1]));
    if (year === null) {
      out.push({ ...span, value: null });
      continue;
    }
    const month = monthNumber(m[3])!;
    const start = { year, month, day: dayNumber(m[1]) };
    if (!isValidDay(start)) continue;
    if (m[2] === undefined) {
      out.push({ ...span, value: formatDay(start) });
      continue;
    }
    const end = { year, month, day: dayNumber(m[2]) };
    if (!isValidDay(end) || end.day <= start.day) continue;
    out.push({ ...span, value: formatInterval(formatDay(start), formatDay(end)) });
  }
  return out;
};
