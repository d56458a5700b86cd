// Days, weeks, months and years named relative to the reference: `today`, `yesterday`, `tomorrow`,
// `this/last/next weekend|week|month|year`, `two days ago`, `three years from now`. A week is the ISO
// Monday-Sunday week (`next week` from Sunday 2025-05-04 is 2025-05-05/2025-05-11).
// Durations (`in 12 years`, `the past week`, `30 days`) are deliberately not matched: they say how
// long, not when.
import { addDays, addMonths, formatDay, formatMonth, formatWeek, formatYear, isoWeekday } from '../calendar.ts';
import type { Day } from '../calendar.ts';
import type { DateParser } from '../types.ts';
import { parseCount } from './count-words.ts';

// "USA Today", "Russia Today": a capitalised Today right after a name is a title.
const TITLE_BEFORE = /\p{Lu}[\p{L}.]*\s+$/u;

const DAY_SHIFT: Record<string, number> = {
  'the day before yesterday': -2, 'the day after tomorrow': 2, today: 0, tonight: 0, 'last night': -1, yesterday: -1, tomorrow: 1,
};

/** The day, ISO week, weekend, month or year `shift` units from the reference. */
export function formatPeriod(reference: Day, unit: string, shift: number): string {
  if (unit.startsWith('day')) return formatDay(addDays(reference, shift));
  if (unit === 'weekend') {
    // The Saturday-Sunday that closes the ISO week.
    const [, sunday] = formatWeek(reference, shift).split('/');
    const saturday = addDays(reference, 6 - isoWeekday(reference) + 7 * shift);
    return `${formatDay(saturday)}/${sunday}`;
  }
  if (unit.startsWith('week')) return formatWeek(reference, shift);
  if (unit.startsWith('month')) {
    const m = addMonths(reference.year, reference.month, shift);
    return formatMonth(m.year, m.month);
  }
  return formatYear(reference.year + shift);
}

export const dayWordParser: DateParser = {
  pattern: /\b(?<word>the day before yesterday|the day after tomorrow|today|tonight|last night|yesterday|tomorrow|this (?:morning|afternoon|evening))\b/gi,
  extract(m, { text, reference }) {
    if (m[0] === 'Today' && TITLE_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index))) return null;
    return { value: reference ? formatDay(addDays(reference, DAY_SHIFT[m.groups.word!.toLowerCase()] ?? 0)) : null };
  },
};

export const thisPeriodParser: DateParser = {
  pattern: /\b(?<modifier>this|last|next)\s+(?<unit>weekend|week|month|year)\b/gi,
  extract({ groups: g }, { reference }) {
    const shift = { this: 0, last: -1, next: 1 }[g.modifier!.toLowerCase() as 'this' | 'last' | 'next'];
    return { value: reference ? formatPeriod(reference, g.unit!.toLowerCase(), shift) : null };
  },
};

export const agoParser: DateParser = {
  pattern: /\b(?<count>\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few)\s+(?<unit>days?|weeks?|months?|years?)\s+(?<way>ago|from now)\b/gi,
  extract({ groups: g }, { reference }) {
    const count = parseCount(g.count!);
    if (count === null) return null;
    const sign = g.way!.toLowerCase() === 'ago' ? -1 : 1;
    return { value: reference ? formatPeriod(reference, g.unit!.toLowerCase(), sign * count) : null };
  },
};

// `over the weekend`, `at the weekend`, `this past weekend`, `this coming weekend`: the Saturday-Sunday
// the sentence's tense points at. On a Saturday or Sunday it is that weekend; otherwise past tense
// means the one before, future the one after, and with neither the nearer of the two.
export const theWeekendParser: DateParser = {
  pattern: /\b(?:(?:over|at|during|on)\s+the\s+weekend|this\s+(?<way>past|coming)\s+weekend)\b/gi,
  extract(m, context) {
    const { reference } = context;
    if (!reference) return { value: null };
    const weekday = isoWeekday(reference);
    if (weekday >= 6) return { value: formatPeriod(reference, 'weekend', 0) };
    const way = m.groups.way?.toLowerCase();
    const direction = way === 'past' ? 'past' : way === 'coming' ? 'future' : context.directionAt(m.index);
    const back = direction === 'past' || (direction === 'nearest' && weekday <= 3);
    return { value: formatPeriod(reference, 'weekend', back ? -1 : 0) };
  },
};
