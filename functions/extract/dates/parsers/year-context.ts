// How a missing or relative year is filled in, shared by the month-day, day-month, month and holiday
// parsers. Rule: an explicit year wins; "this/last/next year" is the reference year, minus or plus
// one; with no year at all, the sentence's tense decides (see ../tense.ts): past looks back (the
// latest such date on or before the reference day), future looks forward (the first on or after);
// with neither, the year that puts the date nearest the reference day, the earlier one on a tie, as
// chrono does: "on August 21" in an August article is this August, "Dec. 28" seen from January 3 is
// last December. No reference: unresolved.
import { DAY_NUM, MONTH_ANY, YEAR_NUM } from '../calendar.ts';
import type { Day } from '../calendar.ts';
import type { Direction, ParseContext } from '../types.ts';

// `June 3, July 9 and August 1, 2022`: a list of month-days that ends in a year shares that year.
const LIST_TAIL = new RegExp(
  `^(?:\\s*(?:,|,?\\s+and|,?\\s+or)\\s+(?:${MONTH_ANY}\\s+${DAY_NUM}|${DAY_NUM}\\s+(?:of\\s+)?${MONTH_ANY}))+,?\\s+(${YEAR_NUM})`,
);

/** The year that closes a list of month-days starting right after `end`, if there is one. */
export function findListYear(text: string, end: number): string | undefined {
  return LIST_TAIL.exec(text.slice(end, end + 120))?.[1];
}

/**
 * The year of a day-and-month match (month-day.ts, day-month.ts): its own year or `this/last/next
 * year`, else the year that closes a list it starts, else the reference and the sentence's tense.
 */
export function resolveDayYear(
  groups: { year?: string; relative?: string },
  matchStart: number,
  matchEnd: number,
  context: ParseContext,
  month: number,
  day: number,
): number | null {
  const explicit = groups.year ?? (groups.relative ? undefined : findListYear(context.text, matchEnd));
  const direction = !explicit && !groups.relative && context.reference ? context.directionAt(matchStart) : 'nearest';
  return resolveYear(explicit, groups.relative, context.reference, month, day, direction);
}

export function resolveYear(
  explicit: string | undefined,
  relative: string | undefined,
  reference: Day | null,
  month?: number,
  day?: number,
  direction: Direction = 'nearest',
): number | null {
  if (explicit) return Number(explicit);
  if (!reference) return null;
  if (relative) return reference.year + (relative === 'last' ? -1 : relative === 'next' ? 1 : 0);
  if (month === undefined) return reference.year;
  if (direction !== 'nearest') return directedYear(reference, month, day, direction);
  return nearestYear(reference, month, day);
}

function directedYear(reference: Day, month: number, day: number | undefined, direction: 'past' | 'future'): number {
  // Month precision compares months only: "fell in March", written in March, is this March.
  const ref = day === undefined ? reference.month * 100 : reference.month * 100 + reference.day;
  const date = day === undefined ? month * 100 : month * 100 + day;
  if (direction === 'past') return date <= ref ? reference.year : reference.year - 1;
  return date >= ref ? reference.year : reference.year + 1;
}

function nearestYear(reference: Day, month: number, day: number | undefined): number {
  const ref = Date.UTC(reference.year, reference.month - 1, day === undefined ? 1 : reference.day);
  let best = reference.year;
  let bestDistance = Infinity;
  // Earlier year first, so a tie keeps the past reading.
  for (const year of [reference.year - 1, reference.year, reference.year + 1]) {
    const distance = Math.abs(Date.UTC(year, month - 1, day ?? 1) - ref);
    if (distance < bestDistance) {
      best = year;
      bestDistance = distance;
    }
  }
  return best;
}
