// Parts of a year: quarters (`Q1 2023`, `the third quarter of 2022`), halves (`H1 2023`, `the first
// half of this year`) and `the first four months of 2023`. Month precision intervals:
// `2023-01/2023-03`. Without a year, the reference year (same rule as year-context.ts).
import { YEAR_NUM, formatInterval, formatMonth } from '../calendar.ts';
import type { DateParser } from '../types.ts';
import { parseCount } from './count-words.ts';
import { resolveYear } from './year-context.ts';

const ORDINALS: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4 };
const YEAR_TAIL = `(?:,?\\s+(?:of\\s+)?(?:(${YEAR_NUM})|(this|last|next)\\s+year\\b))?`;
const QUARTER = new RegExp(`\\b(?:(?:the\\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)\\s+quarter|Q([1-4]))(?![\\w])${YEAR_TAIL}`, 'gi');
const HALF = new RegExp(`\\b(?:(?:the\\s+)?(first|second|1st|2nd)\\s+half|H([12]))(?![\\w])${YEAR_TAIL}`, 'gi');
const FIRST_MONTHS = new RegExp(`\\bthe\\s+(first|last)\\s+(\\w+)\\s+months\\s+of\\s+(?:(${YEAR_NUM})|(this|last|next)\\s+year\\b)`, 'gi');

export const parseYearPart: DateParser = (text, { reference }) => {
  const out = [];
  for (const [re, size] of [[QUARTER, 3], [HALF, 6]] as const) {
    for (const m of text.matchAll(re)) {
      const part = m[1] ? ORDINALS[m[1].toLowerCase()] : Number(m[2]);
      // "Q3" alone is common shorthand; a bare "the second half" (of a match, a speech) is not.
      if (!m[3] && !m[4] && !m[2] && size === 6) continue;
      const year = resolveYear(m[3], m[4]?.toLowerCase(), reference);
      const span = { start: m.index, end: m.index + m[0].length };
      if (year === null) {
        out.push({ ...span, value: null });
        continue;
      }
      const first = (part - 1) * size + 1;
      out.push({ ...span, value: formatInterval(formatMonth(year, first), formatMonth(year, first + size - 1)) });
    }
  }
  for (const m of text.matchAll(FIRST_MONTHS)) {
    const count = parseCount(m[2]);
    if (count === null || count < 1 || count > 12) continue;
    const year = resolveYear(m[3], m[4]?.toLowerCase(), reference);
    const span = { start: m.index, end: m.index + m[0].length };
    if (year === null) {
      out.push({ ...span, value: null });
      continue;
    }
    const [from, to] = m[1].toLowerCase() === 'first' ? [1, count] : [13 - count, 12];
    out.push({ ...span, value: formatInterval(formatMonth(year, from), formatMonth(year, to)) });
  }
  return out;
};
