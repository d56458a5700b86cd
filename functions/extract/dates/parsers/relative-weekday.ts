// Weekdays resolved against the reference day: `on Tuesday`, `last Friday`, `next Monday`, and
// ranges `from Sunday to Tuesday`. Rule: a bare (or `this`) weekday is the nearest such day, at most
// three days before or after the reference (news says "on Tuesday" for this week's Tuesday, past or
// coming); `last` is the most recent one strictly before, `next` the first one strictly after.
// Named days (`Good Friday`, `Super Tuesday`) and plurals (`on Sundays`, a habit) are not dates.
import { WEEKDAY, WEEKDAY_ANY, addDays, formatDay, formatInterval, isoWeekday, weekdayNumber } from '../calendar.ts';
import type { Day } from '../calendar.ts';
import type { DateParser } from '../types.ts';

const NAMED_DAY = /\b(?:Good|Black|Super|Cyber|Ash|Holy|Maundy|Palm|Easter|Whit|Bloody|Blue|Giving|Fat|Shrove|Clean)\s*$/;
// Abbreviations (`next Fri`) only after a modifier: a bare `Sun` or `Sat` is a newspaper or a verb.
const ONE = new RegExp(`\\b(?:(?:(last|next|this|coming|Last|Next|This)\\s+)?(${WEEKDAY})|(last|next|this|Last|Next|This)\\s+(${WEEKDAY_ANY}))(?![\\w])`, 'g');
const RANGE = new RegExp(`\\b(?:from\\s+)?(${WEEKDAY})\\s*(?:-|–|—|to|through|until|till)\\s*(${WEEKDAY})(?![\\w])`, 'g');

function resolveWeekday(reference: Day, weekday: number, modifier: string | undefined): Day {
  const diff = weekday - isoWeekday(reference);
  const mod = modifier?.toLowerCase();
  if (mod === 'last') return addDays(reference, diff < 0 ? diff : diff - 7);
  if (mod === 'next') return addDays(reference, diff > 0 ? diff : diff + 7);
  const nearest = diff > 3 ? diff - 7 : diff < -3 ? diff + 7 : diff;
  return addDays(reference, nearest);
}

export const parseRelativeWeekday: DateParser = (text, { reference }) => {
  const out = [];
  for (const re of [RANGE, ONE]) {
    for (const m of text.matchAll(re)) {
      const named = NAMED_DAY.test(text.slice(Math.max(0, m.index - 12), m.index));
      if (named) continue;
      const span = { start: m.index, end: m.index + m[0].length };
      if (!reference) {
        out.push({ ...span, value: null });
        continue;
      }
      if (re === RANGE) {
        const first = resolveWeekday(reference, weekdayNumber(m[1])!, undefined);
        const length = (weekdayNumber(m[2])! - weekdayNumber(m[1])! + 7) % 7;
        out.push({ ...span, value: formatInterval(formatDay(first), formatDay(addDays(first, length))) });
      } else {
        out.push({ ...span, value: formatDay(resolveWeekday(reference, weekdayNumber(m[2] ?? m[4])!, m[1] ?? m[3])) });
      }
    }
  }
  return out;
};
