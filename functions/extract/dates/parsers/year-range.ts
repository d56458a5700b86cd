// Year intervals: `2023-2025`, `2023–24`, `2022/23`, `from 2005 to 2009`, `between 2005 and 2009`.
// A list (`2005, 2007 and 2009`) is not a range: year.ts finds each member.
import { formatYear } from '../calendar.ts';
import type { DateParser } from '../types.ts';

const DASHED = /(?<![\p{L}\p{N}_.,/-])(1\d{3}|20\d{2}|21\d{2})\s*(?:-|–|—|\/)\s*(\d{4}|\d{2})(?![\p{L}\p{N}_]|[.,/-]\d)/gu;
const WORDED = /\b(?:from|between)\s+(1\d{3}|20\d{2}|21\d{2})\s+(?:to|and|until|till|through)\s+(1\d{3}|20\d{2}|21\d{2})(?![\p{L}\p{N}_]|[.,]\d)/giu;

function endYear(first: number, second: string): number {
  if (second.length === 4) return Number(second);
  // `2023–24`: the second part shares the first's century.
  return Math.floor(first / 100) * 100 + Number(second);
}

export const parseYearRange: DateParser = (text) => {
  const out = [];
  for (const re of [DASHED, WORDED]) {
    for (const m of text.matchAll(re)) {
      const first = Number(m[1]);
      const last = endYear(first, m[2]);
      // `2023-08` (month) or `1992-1991` (not a range) fall through to other readings.
      if (last <= first || last - first > 100) continue;
      if (re === DASHED && m[2].length === 2 && last - first > 1 && Number(m[2]) <= 12) continue;
      const start = re === WORDED ? m.index + m[0].indexOf(m[1]) : m.index;
      out.push({ start, end: m.index + m[0].length, value: `${formatYear(first)}/${formatYear(last)}` });
    }
  }
  return out;
};
