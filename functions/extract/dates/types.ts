import type { Day } from './calendar.ts';

/** What a parser found in one segment. Offsets are segment-relative. */
export interface DateCandidate {
  start: number;
  end: number;
  /** ISO value, or null when the expression needs a reference date the article does not have. An
   * unresolved candidate still takes part in overlap resolution (so "June 11 to 13 this year" is
   * not cut down to a wrong "June 11"), then is dropped and counted. */
  value: string | null;
  /** Which parser produced it; breaks ties between equally long candidates (lower wins). */
  rank: number;
  /** For `two days earlier`, `the same period last year`: the shift to re-apply to the paragraph's
   * previous date (refiners/anchor-offsets.ts). */
  offset?: DateOffset;
}

export interface DateOffset {
  unit: 'day' | 'week' | 'month' | 'year';
  amount: number;
  /** `the same period last year`: the previous date's period, a year back. */
  samePeriod?: boolean;
  /** `March of the year before`: this month, in the previous date's year shifted by `amount`. */
  month?: number;
  /** `the following week`, `the next year`: the whole unit (an ISO week, a year), not a day in it. */
  period?: boolean;
}

/** Which way an undated weekday, month or day-month looks from the reference day. */
export type Direction = 'past' | 'future' | 'nearest';

export interface ParseContext {
  /** The segment's text the pattern runs over. */
  text: string;
  /** The article's publication day, or null: relative expressions stay unresolved. */
  reference: Day | null;
  /** The direction the sentence around `index` gives (its main verb's tense); parsed lazily, once
   * per sentence, and only when a parser asks. */
  directionAt(index: number): Direction;
}

/** What `extract` returns: the value, and a span when it is not the whole match. */
export interface DateExtract {
  value: string | null;
  offset?: DateOffset;
  start?: number;
  end?: number;
}

/**
 * One parser per pattern family, as chrono writes them: a global regex with named groups, and an
 * `extract` that reads one match (null: not a date after all). The engine in find-dates.ts runs them.
 */
export interface DateParser {
  pattern: RegExp;
  extract(match: RegExpExecArray & { groups: Record<string, string | undefined> }, context: ParseContext): DateExtract | null;
}
