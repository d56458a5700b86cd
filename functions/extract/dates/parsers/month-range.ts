// A run of months with no year: `January-April`, `Jan.–Nov.`, `in March–May`. With a year
// (`January-April 2023`) month-year.ts reads it. The year follows the sentence's tense like a lone
// month (see year-context.ts), taken on the range's last month; a range that wraps past December
// (`November-February`) starts the year before it ends.
import { MONTH_ANY, formatInterval, formatMonth, monthNumber } from '../calendar.ts';
import type { DateParser } from '../types.ts';
import { resolveYear } from './year-context.ts';

export const monthRangeParser: DateParser = {
  pattern: new RegExp(`\\b(?<first>${MONTH_ANY})\\s*(?:-|–|—)\\s*(?<last>${MONTH_ANY})(?![\\p{L}\\p{N}])(?![\\s,]*\\d)`, 'gu'),
  extract({ groups: g, index }, context) {
    const first = monthNumber(g.first!)!;
    const last = monthNumber(g.last!)!;
    if (first === last) return null;
    if (!context.reference) return { value: null };
    const endYear = resolveYear(undefined, undefined, context.reference, last, undefined, context.directionAt(index))!;
    const startYear = last < first ? endYear - 1 : endYear;
    return { value: formatInterval(formatMonth(startYear, first), formatMonth(endYear, last)) };
  },
};
