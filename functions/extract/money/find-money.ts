// Money extraction in two steps, per segment so cost stays linear:
// 1. find: every number (digits or words) with its optional scale and range part (AMOUNT below);
// 2. parse: read the currency before or after it (read-currency.ts), the amount (parse-amount.ts,
//    scales.ts) and a hedge before it (qualifiers.ts). A number with no currency is not money:
//    percentages, counts and `2.7 million square kilometers` fall out here.
// Ranges (`$5-6 billion`, `$5 billion to $6 billion`, `between $1 billion and $1.5 billion`) give
// `amount` = low end and `amountHigh` = high end, both scaled (a scale written once applies to both).
// The span covers the currency and the amount, never the qualifier (see qualifiers.ts).
import type { Segment } from '../segments.ts';
import type { MoneyMention } from '../types.ts';
import { DIGITS_PATTERN, WORDS_PATTERN, parseAmount, scaleAmount } from './parse-amount.ts';
import { mergeMoneyRanges } from './merge-ranges.ts';
import { findQualifier } from './qualifiers.ts';
import { readPrefixCurrency, readSuffixCurrency } from './read-currency.ts';
import { SCALE_PATTERN, scaleFactor } from './scales.ts';

const NUMBER = `(${DIGITS_PATTERN}|${WORDS_PATTERN})`;
const SECOND_PREFIX = '([A-Z]{0,3}\\$|[^\\s\\p{L}\\p{N}]{1,2})?';
const AMOUNT = new RegExp(
  `(?<![\\p{N}_.,-])${NUMBER}(?:\\s?(${SCALE_PATTERN}))?` +
    `(?:\\s*(?:-|–|—|to)\\s*${SECOND_PREFIX}\\s?${NUMBER}(?:\\s?(${SCALE_PATTERN}))?)?(?![\\p{N}])`,
  'dgiu',
);

// `in 2015 dollars` is a price basis (money valued as in 2015), not an amount of 2015 dollars.
const PRICE_BASIS = /\b(?:in|constant|real|nominal)\s+$/i;

/** Money mentions in one segment's text, offsets relative to the segment. */
export function findMoneyInText(text: string): MoneyMention[] {
  const out: MoneyMention[] = [];
  const re = new RegExp(AMOUNT);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    // Groups: 1 first number, 2 its scale, 3 currency before the second number, 4 second number,
    // 5 its scale.
    const start = m.index;
    const firstEnd = m.indices![2]?.[1] ?? m.indices![1]![1];
    const fullEnd = m.index + m[0].length;
    // Unless this match turns out to be a real range, its second number gets its own reading.
    re.lastIndex = firstEnd;
    const low = parseAmount(m[1]);
    if (low === null) continue;
    const prefix = readPrefixCurrency(text, start);
    // Glued to a word: `often` holds "ten", `A380` is a model. Only a currency code may touch the
    // digits (`VND2 trillion`); the regex is case-insensitive, so this is checked here.
    const before = text[start - 1] ?? ' ';
    if (/\p{L}/u.test(before) && (!prefix || /\p{Ll}/u.test(before) || !/^\d/.test(m[1]))) continue;
    const range = m[4] === undefined ? null : readRange(m, low, prefix !== null);
    // Not a range after all (`$5 million to 10 schools`, `2022 to $1.5 billion`): keep the first
    // number alone.
    let end = m[4] === undefined || range ? fullEnd : firstEnd;
    const after = readSuffixCurrency(text, end);
    // `$1.5 million dollars`: a repeated currency after the amount belongs to the span.
    const suffix = !prefix || after?.code === prefix.code ? after : null;
    if (!prefix && !suffix) continue;
    const isYear = !m[2] && !range && /^(?:19|20)\d\d$/.test(m[1]);
    if (isYear && !prefix && PRICE_BASIS.test(text.slice(Math.max(0, start - 12), start))) continue;
    if (suffix) end = suffix.edge;
    const spanStart = prefix ? prefix.edge : start;
    const mention: MoneyMention = {
      text: text.slice(spanStart, end),
      start: spanStart,
      end,
      amount: scaleAmount(range ? range.low : scaleAmount(low, scaleFactor(m[2])), (prefix ?? suffix)!.unit),
      currency: (prefix ?? suffix)!.code,
    };
    if (range) {
      mention.amountHigh = scaleAmount(range.high, (prefix ?? suffix)!.unit);
      re.lastIndex = fullEnd;
    }
    const qualifier = findQualifier(text, spanStart);
    if (qualifier) mention.qualifier = qualifier;
    out.push(mention);
  }
  return mergeMoneyRanges(text, out);
}

/** Low and high of `$5-6 billion`, or null when the second number does not continue the first. */
function readRange(m: RegExpExecArray, low: number, firstHasCurrency: boolean): { low: number; high: number } | null {
  const high = parseAmount(m[4]);
  if (high === null) return null;
  // `2022 to $1.5 billion`: a currency only on the second number means two different things.
  if (m[3] && !firstHasCurrency) return null;
  // A scale written once belongs to the end (`$5-6 billion`); a scale only on the first number
  // means the second is something else (`$5 million to 10 schools`).
  if (m[2] !== undefined && m[5] === undefined) return null;
  const lowValue = scaleAmount(low, scaleFactor(m[2] ?? m[5]));
  const highValue = scaleAmount(high, scaleFactor(m[5]));
  return highValue > lowValue ? { low: lowValue, high: highValue } : null;
}

export function findMoney(segments: Segment[]): MoneyMention[] {
  const out: MoneyMention[] = [];
  for (const seg of segments) {
    for (const m of findMoneyInText(seg.text)) out.push({ ...m, start: seg.start + m.start, end: seg.start + m.end });
  }
  return out;
}
