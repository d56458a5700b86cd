// Offsets from the story's own time: `two days earlier`, `a year earlier`, `three weeks later`, `the
// same period last year`, `the same quarter a year earlier`. They are relative to the last date the
// paragraph gave (refiners/anchor-offsets.ts re-reads them against it: "sales rose in March from a
// year earlier" is the March before). With no such date, a year offset counts from the reference
// year; a day, week or month offset is left out (the story's time is unknown).
// `before`/`after` followed by an event (`a week before the vote`) are left out: the event is not a date.
import type { DateParser } from '../types.ts';
import { parseCount } from './count-words.ts';
import { formatPeriod } from './relative-period.ts';

export const offsetParser: DateParser = {
  pattern: /\b(?<count>\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?<unit>days?|weeks?|months?|years?)\s+(?<way>earlier|later|previously|before(?=\s*[,.;:)]|\s*$))/gi,
  extract({ groups: g }, { reference }) {
    const count = parseCount(g.count!);
    if (count === null) return null;
    const unit = g.unit!.toLowerCase().replace(/s$/, '') as 'day' | 'week' | 'month' | 'year';
    const amount = /^later$/i.test(g.way!) ? count : -count;
    // With no earlier date in the paragraph, only a year offset falls back to the reference (`profit
    // rose from a year earlier` is the year before the report's); `two days earlier` is left out.
    const fallback = reference && unit === 'year' ? formatPeriod(reference, unit, amount) : null;
    return { value: fallback, offset: { unit, amount } };
  },
};

export const samePeriodParser: DateParser = {
  pattern: /\bthe\s+same\s+(?<period>period|quarter|month|half|week|time|season)\s+(?:of\s+)?(?:(?<last>last|the\s+previous|the\s+prior)\s+year|(?<count>a|one|two|three)\s+years?\s+(?:earlier|ago|before))\b/gi,
  extract({ groups: g }, { reference }) {
    const years = g.count ? parseCount(g.count)! : 1;
    return { value: reference ? String(reference.year - years).padStart(4, '0') : null, offset: { unit: 'year', amount: -years, samePeriod: true } };
  },
};

// `the next day`, `the following week`, `the previous month`, `the day before.`: only against the
// paragraph's previous date; with none they say nothing about the calendar and are left out.
export const nextPeriodParser: DateParser = {
  pattern: /\b[Tt]he\s+(?:(?<way>next|following|previous|preceding|prior)\s+(?<unit>day|week|month|year)|(?<unit2>day|week|month|year)\s+(?<way2>before|after)(?=\s*[,.;:)]|\s*$))/g,
  extract({ groups: g }) {
    const way = (g.way ?? g.way2)!.toLowerCase();
    const amount = /^(?:next|following|after)$/.test(way) ? 1 : -1;
    return { value: null, offset: { unit: (g.unit ?? g.unit2) as 'day' | 'week' | 'month' | 'year', amount, period: true } };
  },
};
