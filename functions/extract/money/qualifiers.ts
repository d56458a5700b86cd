// Hedges written before an amount (`nearly US$600 million`, `more than $1 billion`). They are kept as
// the `qualifier` field and are never folded into the amount; the mention span does NOT include
// them (it covers the amount and its currency only), so the same money reads the same with or
// without a hedge.
import type { MoneyQualifier } from '../types.ts';

const QUALIFIERS: [RegExp, MoneyQualifier][] = [
  [/\b(?:nearly|almost|close to|just under|just shy of|shy of)$/i, 'nearly'],
  [/\b(?:about|around|approximately|approx\.|roughly|some|an estimated|estimated|circa|c\.|an average of|averaging)$/i, 'about'],
  [/\b(?:at least|no less than|not less than|a minimum of)$/i, 'at least'],
  [/\b(?:at most|no more than|not more than|a maximum of)$/i, 'at most'],
  [/\b(?:up to|as much as|as high as|as many as)$/i, 'up to'],
  [/\b(?:over|more than|above|in excess of|upwards of|exceeding|exceeded|topping|north of)$/i, 'over'],
  [/\b(?:under|less than|below|fewer than|lower than)$/i, 'under'],
];

/** The hedge that ends right before `start` in `text`, if any. */
export function findQualifier(text: string, start: number): MoneyQualifier | undefined {
  const window = text.slice(Math.max(0, start - 24), start);
  if (!/\s$/.test(window)) return undefined; // a hedge is a word of its own, before a space
  const before = window.trimEnd();
  for (const [re, qualifier] of QUALIFIERS) if (re.test(before)) return qualifier;
  return undefined;
}
