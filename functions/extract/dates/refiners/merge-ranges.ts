// Refiner: two dates joined by a range word become one interval (chrono's merge-date-range idea):
// `June 2019 to March 2020` → 2019-06/2020-03, `May 8, 2013 - May 10, 2013`, `between March and
// May`. Only ends of the same precision, in order, and not already intervals; a plain `and`
// only after `between` (otherwise `in 2005 and 2009` is a list of two years). Built on the merging
// refiner dates and money share (../../refiners/merge-adjacent.ts).
import { mergeAdjacent } from '../../refiners/merge-adjacent.ts';
import type { DateCandidate } from '../types.ts';

const JOINER = /^\s*(?:-|–|—|to|until|till|through)\s*$/i;
const AND_JOINER = /^\s+and\s+$/i;
const BETWEEN_BEFORE = /\bbetween\s+$/i;

function canJoin(a: DateCandidate, b: DateCandidate): boolean {
  if (a.value === null || b.value === null || a.offset || b.offset) return false;
  if (a.value.includes('/') || b.value.includes('/')) return false;
  return a.value.length === b.value.length && a.value < b.value;
}

export const mergeRanges = mergeAdjacent<DateCandidate>({
  shouldMerge(gap, a, b, text) {
    if (!canJoin(a, b)) return false;
    return JOINER.test(gap) || (BETWEEN_BEFORE.test(text.slice(Math.max(0, a.start - 12), a.start)) && AND_JOINER.test(gap));
  },
  merge: (a, b) => ({ start: a.start, end: b.end, value: `${a.value}/${b.value}`, rank: a.rank }),
});
