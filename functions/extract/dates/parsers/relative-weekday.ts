// Weekdays resolved against the reference day: `on Tuesday`, `last Friday`, `next Monday`, and
// ranges `from Sunday to Tuesday`. `last` is the most recent one strictly before, `next` the first
// one strictly after. A bare (or `this`) weekday follows the sentence's tense (../tense.ts): past
// (`told reporters on Monday`) is the latest such day on or before the reference, future (`will
// meet on Monday`) the first on or after; with neither, the nearest, at most three days away.
// Named days (`Good Friday`, `Super Tuesday`) and plurals (`on Sundays`, a habit) are not dates.
import { WEEKDAY, WEEKDAY_ANY, addDays, formatDay, formatInterval, isoWeekday, weekdayNumber } from '../calendar.ts';
import type { Day } from '../calendar.ts';
import type { DateParser, Direction } from '../types.ts';

const NAMED_DAY = /\b(?:Good|Black|Super|Cyber|Ash|Holy|Maundy|Palm|Easter|Whit|Bloody|Blue|Giving|Fat|Shrove|Clean)\s*$/;

function resolveWeekday(reference: Day, weekday: number, modifier: string | undefined, direction: Direction): Day {
  const diff = weekday - isoWeekday(reference);
  const mod = modifier?.toLowerCase();
  if (mod === 'last') return addDays(reference, diff < 0 ? diff : diff - 7);
  if (mod === 'next') return addDays(reference, diff > 0 ? diff : diff + 7);
  if (mod === 'coming' || direction === 'future') return addDays(reference, diff >= 0 ? diff : diff + 7);
  if (direction === 'past') return addDays(reference, diff <= 0 ? diff : diff - 7);
  const nearest = diff > 3 ? diff - 7 : diff < -3 ? diff + 7 : diff;
  return addDays(reference, nearest);
}

const isNamedDay = (text: string, index: number) => NAMED_DAY.test(text.slice(Math.max(0, index - 12), index));

export const weekdayRangeParser: DateParser = {
  pattern: new RegExp(`\\b(?:from\\s+)?(?<first>${WEEKDAY})\\s*(?:-|–|—|to|through|until|till)\\s*(?<last>${WEEKDAY})(?![\\w])`, 'g'),
  extract(m, context) {
    if (isNamedDay(context.text, m.index)) return null;
    if (!context.reference) return { value: null };
    const first = resolveWeekday(context.reference, weekdayNumber(m.groups.first!)!, undefined, context.directionAt(m.index));
    const length = (weekdayNumber(m.groups.last!)! - weekdayNumber(m.groups.first!)! + 7) % 7;
    return { value: formatInterval(formatDay(first), formatDay(addDays(first, length))) };
  },
};

// Abbreviations (`next Fri`) only after a modifier: a bare `Sun` or `Sat` is a newspaper or a verb.
export const weekdayParser: DateParser = {
  pattern: new RegExp(
    `\\b(?:(?:(?<modifier>last|next|this|coming|Last|Next|This)\\s+)?(?<weekday>${WEEKDAY})|(?<shortModifier>last|next|this|Last|Next|This)\\s+(?<short>${WEEKDAY_ANY}))(?![\\w])`,
    'g',
  ),
  extract(m, context) {
    if (isNamedDay(context.text, m.index)) return null;
    if (!context.reference) return { value: null };
    const modifier = m.groups.modifier ?? m.groups.shortModifier;
    const direction = modifier ? 'nearest' : context.directionAt(m.index);
    return { value: formatDay(resolveWeekday(context.reference, weekdayNumber(m.groups.weekday ?? m.groups.short!)!, modifier, direction)) };
  },
};
