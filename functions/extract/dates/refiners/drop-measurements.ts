// Refiner: a date-looking number that is really a measurement or an age: `2000-year-old temple`,
// `a 1992-day siege`, `2015 years old`. Durations ("30-day visa", "in 12 years") never become
// candidates at all; this catches the ones that look like a year.
import type { DateCandidate } from '../types.ts';

const MEASURE_AFTER = /^(?:-|\s)(?:years?|months?|weeks?|days?|hours?)(?:[-\s]old\b|\b(?!\s+(?:ago|later|earlier)))/i;

export function dropMeasurements(text: string, candidates: DateCandidate[]): DateCandidate[] {
  return candidates.filter((c) => !MEASURE_AFTER.test(text.slice(c.end, c.end + 16)));
}
