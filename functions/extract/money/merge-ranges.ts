// `between $1 billion and $1.5 billion`: two amounts of one currency joined by `between … and` are
// one range (amount = low end, amountHigh = high end), like `$1-1.5 billion`. The qualifier-free
// span runs from the first amount to the second. Built on the merging refiner dates and money share.
import { mergeAdjacent } from '../refiners/merge-adjacent.ts';
import type { MoneyCandidate } from './parse-money.ts';

const BETWEEN_BEFORE = /\bbetween\s+$/i;
const AND_GAP = /^\s+and\s+$/i;

export const mergeMoneyRanges = mergeAdjacent<MoneyCandidate>({
  shouldMerge: (gap, a, b, text) =>
    a.amountHigh === undefined && b.amountHigh === undefined && a.currency === b.currency && b.amount > a.amount &&
    BETWEEN_BEFORE.test(text.slice(Math.max(0, a.start - 10), a.start)) && AND_GAP.test(gap),
  merge: (a, b, text) => ({ ...a, text: text.slice(a.start, b.end), end: b.end, amountHigh: b.amount }),
});
