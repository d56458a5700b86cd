// Money extraction, per segment so cost stays linear, in the find and parse steps of compromise's
// money plugin:
// 1. find (find-amounts.ts): every number, digits or words, with its optional scale and range part;
// 2. parse (parse-money.ts): the currency next to it, its value, a range, a hedge; no currency, no money;
// 3. refiners, in order: `15 dollars and 20 cents` → one amount (merge-subunits.ts); `between $1
//    billion and $1.5 billion` → one range (merge-ranges.ts); both on the merging refiner dates share;
// 4. over the whole article: a shared marker (`$`) takes the currency the article names (resolve-context.ts).
// Ranges give `amount` = low end and `amountHigh` = high end. The span covers the currency and the
// amount, never the qualifier (see qualifiers.ts).
import type { Refiner } from '../refiners/merge-adjacent.ts';
import type { Segment } from '../segments.ts';
import type { MoneyMention } from '../types.ts';
import { findAmounts } from './find-amounts.ts';
import { mergeMoneyRanges } from './merge-ranges.ts';
import { mergeSubunits } from './merge-subunits.ts';
import { parseMoney, type MoneyCandidate } from './parse-money.ts';
import { resolveContext } from './resolve-context.ts';

const REFINERS: Refiner<MoneyCandidate>[] = [mergeSubunits, mergeMoneyRanges];

function findCandidates(text: string): MoneyCandidate[] {
  let out: MoneyCandidate[] = [];
  let taken = 0;
  for (const found of findAmounts(text)) {
    // The second number of a range already read.
    if (found.start < taken) continue;
    const mention = parseMoney(text, found);
    if (!mention) continue;
    out.push(mention);
    taken = mention.end;
  }
  for (const refine of REFINERS) out = refine(text, out);
  return out;
}

function toMention({ minor: _, candidates: __, scaled: ___, ...mention }: MoneyCandidate): MoneyMention {
  return mention;
}

/** Money mentions of a document from its segments; `$` and merging read the whole `document`. */
export function findMoney(segments: Segment[], document: string): MoneyMention[] {
  const all: MoneyCandidate[] = [];
  for (const seg of segments) {
    for (const m of findCandidates(seg.text)) all.push({ ...m, start: seg.start + m.start, end: seg.start + m.end });
  }
  return resolveContext(document, all).map(toMention);
}
