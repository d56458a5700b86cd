// `between $1 billion and $1.5 billion`: two amounts of one currency joined by `between … and` are
// one range (amount = low end, amountHigh = high end), like `$1-1.5 billion`. The qualifier-free
// span runs from the first amount to the second.
import type { MoneyMention } from '../types.ts';

const BETWEEN_BEFORE = /\bbetween\s+$/i;
const AND_GAP = /^\s+and\s+$/i;

export function mergeMoneyRanges(text: string, mentions: MoneyMention[]): MoneyMention[] {
  const out: MoneyMention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const a = mentions[i];
    const b = mentions[i + 1];
    const joinable = b && a.amountHigh === undefined && b.amountHigh === undefined && a.currency === b.currency && b.amount > a.amount;
    if (joinable && BETWEEN_BEFORE.test(text.slice(Math.max(0, a.start - 10), a.start)) && AND_GAP.test(text.slice(a.end, b.start))) {
      out.push({ ...a, text: text.slice(a.start, b.end), end: b.end, amountHigh: b.amount });
      i++;
      continue;
    }
    out.push(a);
  }
  return out;
}
