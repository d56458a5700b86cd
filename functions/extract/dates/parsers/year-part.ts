// Parts of a year: quarters (`Q1 2023`, `the third quarter of 2022`, `the final quarter`), halves
// (`H1 2023`, `the first half of this year`, `the latter half of 2019`) and runs of months (`the first
// four months of 2023`, `the first three months of the year`, `in nine months of 2025`). Month
// precision intervals: `2023-01/2023-03`.
// The year: the one written; `this/last/next year` and `the year` (= the reference year); with no year
// at all, the reference year, moved back when the sentence is in the past and the part had not begun
// by the reference day (`profit rose in the final quarter`, written in March, is last year's), and
// forward when it is in the future and the part was over.
// A bare part in a sentence about a game (`scored 12 points in the final quarter`) is a period of play.
import { YEAR_NUM, formatInterval, formatMonth } from '../calendar.ts';
import type { Day } from '../calendar.ts';
import type { DateExtract, DateParser, Direction, ParseContext } from '../types.ts';
import { parseCount } from './count-words.ts';

const ORDINALS: Record<string, number> = {
  first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4,
  // `final`, `last`, `latter` name the last part: quarter 4, half 2 (set per family below).
  final: -1, last: -1, latter: -1,
};
// `Q4 2024`, `Q4'24` / `Q4 '24`, `Q3 FY25` (a fiscal quarter: the fiscal year is all the text says for sure).
const YEAR_TAIL =
  `(?:,?\\s+(?:of\\s+)?(?:(?<year>${YEAR_NUM})|(?<relative>this|last|next)\\s+year\\b|the\\s+(?<current>current\\s+)?year\\b(?!\\s+(?:before|earlier|ago)))|\\s?['’](?<shortYear>\\d{2})(?!\\d)|\\s+FY\\s?(?<fiscalYear>\\d{4}|\\d{2})(?![A-Za-z0-9]))?`;
const SPORT = /\b(?:points?|scored?|scoring|goals?|game|games|match|matches|touchdowns?|innings|baskets?|minutes? (?:left|remaining)|overtime|half-?time|whistle|referee|striker|quarterback|kick-?off)\b/i;

function partYear(
  groups: Record<string, string | undefined>,
  context: ParseContext,
  index: number,
  firstMonth: number,
  lastMonth: number,
): number | null | 'not-a-date' {
  if (groups.year) return Number(groups.year);
  const reference = context.reference;
  const rel = groups.relative?.toLowerCase();
  const bare = !rel && groups.current === undefined && !/\byear\b/i.test(groups.tail ?? '');
  if (bare && SPORT.test(sentenceAround(context.text, index))) return 'not-a-date';
  if (!reference) return null;
  if (rel) return reference.year + (rel === 'last' ? -1 : rel === 'next' ? 1 : 0);
  return directedPartYear(reference, firstMonth, lastMonth, context.directionAt(index));
}

/** The year of a part named without one, from the sentence's direction. */
export function directedPartYear(reference: Day, firstMonth: number, lastMonth: number, direction: Direction): number {
  if (direction === 'past' && firstMonth > reference.month) return reference.year - 1;
  if (direction === 'future' && lastMonth < reference.month) return reference.year + 1;
  return reference.year;
}

function sentenceAround(text: string, index: number): string {
  const from = Math.max(text.lastIndexOf('. ', index), 0);
  const to = text.indexOf('. ', index);
  return text.slice(from, to < 0 ? text.length : to);
}

function partValue(m: RegExpExecArray & { groups: Record<string, string | undefined> }, context: ParseContext, from: number, to: number): DateExtract | null {
  const { shortYear, fiscalYear } = m.groups;
  if (fiscalYear) return { value: String(fiscalYear.length === 2 ? 2000 + Number(fiscalYear) : Number(fiscalYear)) };
  const year = shortYear ? 2000 + Number(shortYear) : partYear(m.groups, context, m.index, from, to);
  if (year === 'not-a-date') return null;
  if (year === null) return { value: null };
  return { value: formatInterval(formatMonth(year, from), formatMonth(year, to)) };
}

export const quarterParser: DateParser = {
  pattern: new RegExp(
    `\\b(?:(?:the\\s+)?(?<ordinal>first|second|third|fourth|final|last|1st|2nd|3rd|4th)\\s+(?:calendar\\s+|fiscal\\s+)?quarter|Q(?<number>[1-4]))(?![\\w])(?<tail>${YEAR_TAIL})`,
    'gi',
  ),
  extract(m, context) {
    const ordinal = m.groups.ordinal ? ORDINALS[m.groups.ordinal.toLowerCase()] : Number(m.groups.number);
    const part = ordinal === -1 ? 4 : ordinal;
    // `the last quarter` alone is also "the last three months" (a duration); keep it with a year only.
    if (/^last$/i.test(m.groups.ordinal ?? '') && !m.groups.tail) return null;
    return partValue(m, context, (part - 1) * 3 + 1, part * 3);
  },
};

export const halfParser: DateParser = {
  pattern: new RegExp(`\\b(?:(?:the\\s+)?(?<ordinal>first|second|latter|1st|2nd)\\s+half|H(?<number>[12]))(?![\\w])(?<tail>${YEAR_TAIL})`, 'gi'),
  extract(m, context) {
    // "H2" alone is common shorthand; a bare "the second half" (of a match, a speech) is not.
    if (!m.groups.tail && !m.groups.number) return null;
    const ordinal = m.groups.ordinal ? ORDINALS[m.groups.ordinal.toLowerCase()] : Number(m.groups.number);
    const part = ordinal === -1 ? 2 : ordinal;
    return partValue(m, context, (part - 1) * 6 + 1, part * 6);
  },
};

// `the first four months of 2023`, `the last three months of the year`, `in nine months of 2025`
// (a run of months counted from January). A year is required: `the first three months` alone is a
// duration (`in the first three months of his term`).
export const monthRunParser: DateParser = {
  pattern: new RegExp(
    `\\b(?:the\\s+(?<edge>first|last|final)|(?<preposition>in|over|during|for|after))\\s+(?<count>\\w+)\\s+months\\s+of\\s+` +
      `(?:(?<year>${YEAR_NUM})|(?<relative>this|last|next)\\s+year\\b|the\\s+(?<current>current\\s+)?year\\b(?!\\s+(?:before|earlier|ago)))`,
    'gi',
  ),
  extract(m, context) {
    const count = parseCount(m.groups.count!);
    if (count === null || count < 2 || count > 12) return null;
    const fromEnd = /^(?:last|final)$/i.test(m.groups.edge ?? '');
    const [from, to] = fromEnd ? [13 - count, 12] : [1, count];
    const found = partValue(m, context, from, to);
    // `in nine months of 2025`: the preposition is not part of the date.
    return found && m.groups.preposition ? { ...found, start: m.index + m[0].indexOf(m.groups.count!, m.groups.preposition.length) } : found;
  },
};
