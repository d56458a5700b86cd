// Offsets from the story's own time: `two days earlier`, `a year earlier`, `three weeks later`, `the
// same period last year`, `the same quarter a year earlier`. They are relative to the last date the
// paragraph gave (refiners/anchor-offsets.ts re-reads them against it: "sales rose in March from a
// year earlier" is the March before); with no such date, to the reference day, like `ago`.
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
    return { value: reference ? formatPeriod(reference, unit, amount) : null, offset: { unit, amount } };
  },
};

export const samePeriodParser: DateParser = {
  pattern: /\bthe\s+same\s+(?<period>period|quarter|month|half|week|time|season)\s+(?:of\s+)?(?:(?<last>last|the\s+previous|the\s+prior)\s+year|(?<count>a|one|two|three)\s+years?\s+(?:earlier|ago|before))\b/gi,
  extract({ groups: g }, { reference }) {
    const years = g.count ? parseCount(g.count)! : 1;
    return { value: reference ? String(reference.year - years).padStart(4, '0') : null, offset: { unit: 'year', amount: -years, samePeriod: true } };
  },
};
