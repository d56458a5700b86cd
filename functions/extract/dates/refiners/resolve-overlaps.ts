// Refiner: parsers overlap by design (`June 29, 1992` is also a month-day, a year and a day-month
// fragment). Keep the longest candidate; on equal length, the parser ranked first in find-dates.ts.
// Candidates that do not overlap are all kept, which is what splits a list into its members.
import type { DateCandidate } from '../types.ts';

export function resolveOverlaps(_text: string, candidates: DateCandidate[]): DateCandidate[] {
  const ordered = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || a.rank - b.rank || a.start - b.start);
  const kept: DateCandidate[] = [];
  for (const c of ordered) {
    if (kept.some((k) => c.start < k.end && k.start < c.end)) continue;
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}
