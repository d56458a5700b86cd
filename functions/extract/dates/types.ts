import type { Day } from './calendar.ts';

/** What a parser found in one segment. Offsets are segment-relative. */
export interface DateCandidate {
  start: number;
  end: number;
  /** ISO value, or null when the expression needs a reference date the article does not have. An
   * unresolved candidate still takes part in overlap resolution (so "June 11 to 13 this year" is
   * not cut down to a wrong "June 11"), then is dropped. */
  value: string | null;
  /** Which parser produced it; breaks ties between equally long candidates (lower wins). */
  rank: number;
}

export interface ParseContext {
  /** The article's publication day, or null: relative expressions stay unresolved. */
  reference: Day | null;
}

/** One parser per pattern family: finds every match of its family in a segment's text. */
export type DateParser = (text: string, context: ParseContext) => Omit<DateCandidate, 'rank'>[];
