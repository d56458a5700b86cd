// Month name first: `June 29, 1992`, `Tuesday, Aug. 22`, `August 21` (year from the reference and the
// sentence's tense), ranges `August 20-22`, `June 11 to 13 this year`, `August 30 - September 2, 2023`.
import { DAY_NUM, MONTH_ANY, WEEKDAY_ANY, YEAR_NUM, dayNumber, formatDay, formatInterval, isValidDay, monthNumber } from '../calendar.ts';
import type { DateParser } from '../types.ts';
import { resolveDayYear } from './year-context.ts';

const RANGE_SEP = '\\s*(?:-|–|—|to|through|until|till)\\s*';

export const monthDayParser: DateParser = {
  pattern: new RegExp(
    `(?:${WEEKDAY_ANY},?\\s+)?\\b(?<month>${MONTH_ANY})\\s+(?<day>${DAY_NUM})(?![.,]\\d)` +
      `(?:${RANGE_SEP}(?:(?<monthEnd>${MONTH_ANY})\\s+)?(?<dayEnd>${DAY_NUM})(?![.,]\\d))?` +
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
    const endMonth = g.monthEnd ? monthNumber(g.monthEnd)! : first.month;
    // A range that runs past December ends in the next year: `December 30 - January 2, 2024`.
    const last = { year: endMonth < first.month ? year + 1 : year, month: endMonth, day: dayNumber(g.dayEnd) };
    if (g.year && endMonth < first.month) {
      first.year -= 1;
      last.year -= 1;
    }
    if (!isValidDay(last) || formatDay(last) <= formatDay(first)) return null;
    return { value: formatInterval(formatDay(first), formatDay(last)) };
  },
};
