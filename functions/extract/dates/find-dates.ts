// Date extraction, modelled on chrono: every pattern family is a `{ pattern, extract }` parser
// (parsers/*.ts) with named groups, one engine loop below runs them over a segment, and the
// refiners (refiners/*.ts), one ordered array with one signature, settle the candidates. This file
// is the one place where they are assembled; the order of both arrays matters where commented.
// Regex parsers only: compromise-dates is superlinear on long text and slower even per paragraph.
// compromise is asked only for a sentence's tense, and only where a date needs it (tense.ts).
import type { Refiner } from '../refiners/merge-adjacent.ts';
import type { Segment } from '../segments.ts';
import type { DateMention } from '../types.ts';
import { parseReference } from './calendar.ts';
import { centuryParser } from './parsers/century.ts';
import { dayMonthParser } from './parsers/day-month.ts';
import { fiscalLabelParser, fiscalWordParser } from './parsers/fiscal-year.ts';
import { holidayParser } from './parsers/holiday.ts';
import { isoDayParser, isoMonthParser } from './parsers/iso-date.ts';
import { monthAloneParser } from './parsers/month-alone.ts';
import { monthDayParser } from './parsers/month-day.ts';
import { monthRangeParser } from './parsers/month-range.ts';
import { monthRelativeYearParser } from './parsers/month-relative-year.ts';
import { monthYearParser } from './parsers/month-year.ts';
import { numericDateParser } from './parsers/numeric-date.ts';
import { nextPeriodParser, offsetParser, samePeriodParser } from './parsers/relative-offset.ts';
import { agoParser, dayWordParser, theWeekendParser, thisPeriodParser } from './parsers/relative-period.ts';
import { weekdayParser, weekdayRangeParser } from './parsers/relative-weekday.ts';
import { yearParser } from './parsers/year.ts';
import { halfParser, monthRunParser, quarterParser } from './parsers/year-part.ts';
import { dashedYearRangeParser, wordedYearRangeParser } from './parsers/year-range.ts';
import { anchorOffsets } from './refiners/anchor-offsets.ts';
import { dropMeasurements } from './refiners/drop-measurements.ts';
import { dropUnresolved } from './refiners/drop-unresolved.ts';
import { mergeRanges } from './refiners/merge-ranges.ts';
import { resolveOverlaps } from './refiners/resolve-overlaps.ts';
import { makeDirectionAt } from './tense.ts';
import type { DateCandidate, DateParser, ParseContext } from './types.ts';

export interface DateContext {
  publishedAt: string | null;
}

// Rank = position: on candidates of equal length the earlier parser wins. Year ranges come before the
// ISO parser so `2009-10` reads as a season 2009/2010, not October 2009; explicit calendar forms come
// before relative ones.
const PARSERS: DateParser[] = [
  dashedYearRangeParser,
  wordedYearRangeParser,
  isoDayParser,
  isoMonthParser,
  numericDateParser,
  monthDayParser,
  dayMonthParser,
  monthYearParser,
  monthRelativeYearParser,
  monthRangeParser,
  fiscalLabelParser,
  fiscalWordParser,
  quarterParser,
  halfParser,
  monthRunParser,
  holidayParser,
  centuryParser,
  weekdayRangeParser,
  weekdayParser,
  dayWordParser,
  thisPeriodParser,
  theWeekendParser,
  agoParser,
  offsetParser,
  samePeriodParser,
  nextPeriodParser,
  monthAloneParser,
  yearParser,
];

// 1. Measurements first, so a rejected reading cannot hide a good one in step 2.
// 2. Overlaps: longest wins; this also keeps list members apart.
// 3. Ranges: join two settled neighbours (`June 2019 to March 2020`); needs step 2's clean list.
// 4. Offsets (`a year earlier`) count from the settled date before them.
// 5. Unresolved relatives last: they had to win their overlaps before being dropped.
const REFINERS: Refiner<DateCandidate>[] = [dropMeasurements, resolveOverlaps, mergeRanges, anchorOffsets, dropUnresolved];

/** The engine loop: every parser's pattern over the text, each match read by its `extract`. */
function runParsers(context: ParseContext): DateCandidate[] {
  const candidates: DateCandidate[] = [];
  PARSERS.forEach((parser, rank) => {
    // Each pattern is global and used by one loop at a time: reset, not recompiled, per segment.
    const re = parser.pattern;
    re.lastIndex = 0;
    for (let m = re.exec(context.text); m; m = re.exec(context.text)) {
      if (m[0] === '') {
        re.lastIndex++;
        continue;
      }
      const found = parser.extract(m as RegExpExecArray & { groups: Record<string, string | undefined> }, context);
      if (!found) continue;
      const candidate: DateCandidate = { start: found.start ?? m.index, end: found.end ?? m.index + m[0].length, value: found.value, rank };
      if (found.offset) candidate.offset = found.offset;
      candidates.push(candidate);
    }
  });
  return candidates;
}

export interface SegmentDates {
  dates: (DateCandidate & { value: string })[];
  /** Relative expressions left out for want of a reference date. */
  unresolved: number;
}

/** Every date mention in one segment's text, offsets relative to the segment. */
export function findDatesInText(text: string, reference: ParseContext['reference']): SegmentDates {
  const context: ParseContext = { text, reference, directionAt: makeDirectionAt(text) };
  let candidates = runParsers(context);
  let unresolved = 0;
  for (const refine of REFINERS) {
    if (refine === dropUnresolved) unresolved = candidates.filter((c) => c.value === null).length;
    candidates = refine(text, candidates);
  }
  return { dates: candidates as (DateCandidate & { value: string })[], unresolved };
}

export interface FoundDates {
  dates: DateMention[];
  unresolved: number;
}

/** Dates of a whole document, and how many relative expressions had no reference to resolve against. */
export function findDatesWithCount(segments: Segment[], context: DateContext): FoundDates {
  const reference = parseReference(context.publishedAt);
  const dates: DateMention[] = [];
  let unresolved = 0;
  for (const seg of segments) {
    const found = findDatesInText(seg.text, reference);
    unresolved += found.unresolved;
    for (const c of found.dates) {
      dates.push({ text: seg.text.slice(c.start, c.end), start: seg.start + c.start, end: seg.start + c.end, value: c.value });
    }
  }
  return { dates, unresolved };
}

export function findDates(segments: Segment[], context: DateContext): DateMention[] {
  return findDatesWithCount(segments, context).dates;
}
