// Refiner: two dates joined by a range word become one interval (chrono's merge-date-range idea):
// `June 2019 to March 2020` → 2019-06/2020-03, `May 8, 2013 - May 10, 2013`, `between March and
// May`. Only ends of the same precision, in order, and not already intervals; a plain `and`
// only after `between` (otherwise `in 2005 and 2009` is a list of two years).
import type { DateCandidate } from '../types.ts';

const JOINER = /^\s*(?:-|–|—|to|until|till|through)\s*$/i;
const AND_JOINER = /^\s+and\s+$/i;
const BETWEEN_BEFORE = /\bbetween\s+$/i;

function canJoin(a: DateCandidate, b: DateCandidate): boolean {
  if (a.value === null || b.value === null) return false;
  if (a.value.includes('/') || b.value.includes('/')) return false;
  return a.value.length === b.value.length && a.value < b.value;
}

export function mergeRanges(text: string, candidates: DateCandidate[]): DateCandidate[] {
  const out: DateCandidate[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const a = candidates[i];
    const b = candidates[i + 1];
    if (b && canJoin(a, b)) {
      const gap = text.slice(a.end, b.start);
      const between = BETWEEN_BEFORE.test(text.slice(Math.max(0, a.start - 12), a.start));
      if (JOINER.test(gap) || (between && AND_JOINER.test(gap))) {
        out.push({ start: a.start, end: b.end, value: `${a.value}/${b.value}`, rank: a.rank });
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}
