// Year intervals: `2023-2025`, `2023–24`, `2022/23`, `from 2005 to 2009`, `between 2005 and 2009`.
// A list (`2005, 2007 and 2009`) is not a range: year.ts finds each member.
import { formatYear } from '../calendar.ts';
import type { DateParser } from '../types.ts';

function endYear(first: number, second: string): number {
  if (second.length === 4) return Number(second);
  // `2023–24`: the second part shares the first's century.
  return Math.floor(first / 100) * 100 + Number(second);
}

function yearInterval(first: number, second: string, twoDigitCheck: boolean): string | null {
  const last = endYear(first, second);
  // `2023-08` (month) or `1992-1991` (not a range) fall through to other readings.
  if (last <= first || last - first > 100) return null;
  if (twoDigitCheck && second.length === 2 && last - first > 1 && Number(second) <= 12) return null;
  return `${formatYear(first)}/${formatYear(last)}`;
}

// `BWV 1007-1012`, `Nos. 1850-1860`, `pp. 1200-1250`: a catalogue or page range, not years.
const LABEL_BEFORE = /(?:\b[A-Z]{2,5}|\b(?:No|Nos|Op|pp?|vol|vols)\.?)\s*$/;

export const dashedYearRangeParser: DateParser = {
  pattern: /(?<![\p{L}\p{N}_.,/-])(?<first>1\d{3}|20\d{2}|21\d{2})\s*(?:-|–|—|\/)\s*(?<last>\d{4}|\d{2})(?![\p{L}\p{N}_]|[.,/-]\d)/gu,
  extract({ groups: g, index }, { text }) {
    if (LABEL_BEFORE.test(text.slice(Math.max(0, index - 8), index))) return null;
    const value = yearInterval(Number(g.first), g.last!, true);
    return value ? { value } : null;
  },
};

export const wordedYearRangeParser: DateParser = {
  pattern: /\b(?:from|between)\s+(?<first>1\d{3}|20\d{2}|21\d{2})\s+(?:to|and|until|till|through)\s+(?<last>1\d{3}|20\d{2}|21\d{2})(?![A-Za-z0-9_À-ɏ]|[.,]\d)/gi,
  extract(m) {
    const value = yearInterval(Number(m.groups.first), m.groups.last!, false);
    return value ? { value, start: m.index + m[0].indexOf(m.groups.first!) } : null;
  },
};
