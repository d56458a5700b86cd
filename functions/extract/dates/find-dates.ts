// Date extraction, modelled on chrono: every pattern family has its own parser (parsers/*.ts), each
// proposes candidates in a segment, and refiners (refiners/*.ts) settle them. This file is the one
// place where they are assembled; the order below matters where commented.
// Regex parsers only: compromise-dates is superlinear on long text and slower even per paragraph.
import type { Segment } from '../segments.ts';
import type { DateMention } from '../types.ts';
import { parseReference } from './calendar.ts';
import { parseDayMonth } from './parsers/day-month.ts';
import { parseHoliday } from './parsers/holiday.ts';
import { parseIsoDate } from './parsers/iso-date.ts';
import { parseMonthAlone } from './parsers/month-alone.ts';
import { parseMonthDay } from './parsers/month-day.ts';
import { parseMonthYear } from './parsers/month-year.ts';
import { parseNumericDate } from './parsers/numeric-date.ts';
import { parseRelativePeriod } from './parsers/relative-period.ts';
import { parseRelativeWeekday } from './parsers/relative-weekday.ts';
import { parseYear } from './parsers/year.ts';
import { parseYearPart } from './parsers/year-part.ts';
import { parseYearRange } from './parsers/year-range.ts';
import { dropMeasurements } from './refiners/drop-measurements.ts';
import { dropUnresolved } from './refiners/drop-unresolved.ts';
import { mergeRanges } from './refiners/merge-ranges.ts';
import { resolveOverlaps } from './refiners/resolve-overlaps.ts';
import type { DateCandidate, DateParser, ParseContext } from './types.ts';

export interface DateContext {
  publishedAt: string | null;
}

// Rank = position: on candidates of equal length the earlier parser wins. Year ranges come before the
// ISO parser so `2009-10` reads as a season 2009/2010, not October 2009; explicit calendar forms come
// before relative ones.
const PARSERS: DateParser[] = [
  parseYearRange,
  parseIsoDate,
  parseNumericDate,
  parseMonthDay,
  parseDayMonth,
  parseMonthYear,
  parseYearPart,
  parseHoliday,
  parseRelativeWeekday,
  parseRelativePeriod,
  parseMonthAlone,
  parseYear,
];

/** Every date mention in one segment's text, offsets relative to the segment. */
export function findDatesInText(text: string, context: ParseContext): (DateCandidate & { value: string })[] {
  const candidates: DateCandidate[] = [];
  PARSERS.forEach((parse, rank) => {
    for (const c of parse(text, context)) candidates.push({ ...c, rank });
  });
  // 1. Measurements first, so a rejected reading cannot hide a good one in step 2.
  // 2. Overlaps: longest wins; this also keeps list members apart.
  // 3. Ranges: join two settled neighbours (`June 2019 to March 2020`); needs step 2's clean list.
  // 4. Unresolved relatives last: they had to win their overlaps before being dropped.
  return dropUnresolved(mergeRanges(text, resolveOverlaps(dropMeasurements(text, candidates))));
}

export function findDates(segments: Segment[], context: DateContext): DateMention[] {
  const parseContext: ParseContext = { reference: parseReference(context.publishedAt) };
  const out: DateMention[] = [];
  for (const seg of segments) {
    for (const c of findDatesInText(seg.text, parseContext)) {
      const start = seg.start + c.start;
      out.push({ text: seg.text.slice(c.start, c.end), start, end: seg.start + c.end, value: c.value });
    }
  }
  return out;
}
