// Day first: `29 June 1992`, `the 5th of May`, `20-22 August 2023`, `Monday 3 March`. With no year,
// the sentence's tense picks it (year-context.ts).
import { DAY_NUM, MONTH_ANY, WEEKDAY_ANY, YEAR_NUM, dayNumber, formatDay, formatInterval, isValidDay, monthNumber } from '../calendar.ts';
import type { DateParser } from '../types.ts';
import { resolveDayYear } from './year-context.ts';

export const dayMonthParser: DateParser = {
  pattern: new RegExp(
    `(?:${WEEKDAY_ANY},?\\s+)?(?:the\\s+)?(?<![\\d.,])(?<day>${DAY_NUM})(?:\\s*(?:-|–|—|to)\\s*(?<dayEnd>${DAY_NUM}))?\\s+(?:of\\s+)?(?<month>${MONTH_ANY})(?![\\w])` +
      `(?:,?\\s+(?<year>${YEAR_NUM})|\\s+(?<relative>this|last|next)\\s+year\\b)?`,
    'g',
  ),
  extract(m, context) {
    const g = m.groups;
    const month = monthNumber(g.month!)!;
    const year = resolveDayYear(g, m.index, m.index + m[0].length, context, month, dayNumber(g.day!));
    if (year === null) return { value: null };
    const first = { year, month, day: dayNumber(g.day!) };
    if (!isValidDay(first)) return null;
    if (g.dayEnd === undefined) return { value: formatDay(first) };
    const last = { year, month, day: dayNumber(g.dayEnd) };
    if (!isValidDay(last) || last.day <= first.day) return null;
    return { value: formatInterval(formatDay(first), formatDay(last)) };
  },
};
