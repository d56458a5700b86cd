// Refiner, last: a relative expression with no reference date has no value. It was kept until
// now so it could win its overlap ("June 11 to 13 this year" must not leave a bare "June 11").
// find-dates.ts counts what this drops, so the caller can say how many were left out.
import type { DateCandidate } from '../types.ts';

export function dropUnresolved(_text: string, candidates: DateCandidate[]): DateCandidate[] {
  return candidates.filter((c) => c.value !== null);
}
