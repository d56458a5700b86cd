// Refiner, last: a relative expression with no reference date has no value. It was kept until
// now so it could win its overlap ("June 11 to 13 this year" must not leave a bare "June 11").
import type { DateCandidate } from '../types.ts';

export function dropUnresolved(candidates: DateCandidate[]): (DateCandidate & { value: string })[] {
  return candidates.filter((c): c is DateCandidate & { value: string } => c.value !== null);
}
