// `15 dollars and 20 cents`, `5 pounds 50 pence`: an amount in whole units followed by one in the
// minor unit of the same currency is one amount (15.2). Built on the merging refiner dates and money share.
import { mergeAdjacent } from '../refiners/merge-adjacent.ts';
import { scaleAmount } from './parse-amount.ts';
import type { MoneyCandidate } from './parse-money.ts';

const GAP = /^(?:\s+and\s+|,?\s+)$/i;

export const mergeSubunits = mergeAdjacent<MoneyCandidate>({
  shouldMerge: (gap, a, b) => !a.minor && !a.scaled && b.minor === true && a.amountHigh === undefined && b.amountHigh === undefined &&
    (a.currency === b.currency || (b.candidates?.includes(a.currency) ?? false)) && b.amount < 1 && Number.isInteger(a.amount) && GAP.test(gap),
  merge: (a, b, text) => {
    const { candidates: _, minor: __, scaled: ___, ...rest } = a;
    return { ...rest, text: text.slice(a.start, b.end), end: b.end, amount: scaleAmount(a.amount + b.amount, 1), ...(a.candidates && { candidates: a.candidates }) };
  },
});
