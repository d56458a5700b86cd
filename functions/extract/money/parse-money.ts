// Money, step 2 (parse): one found number (find-amounts.ts) read in its context: the currency before
// or after it (read-currency.ts), its value with the scale (parse-amount.ts, scales.ts), a range, and a
// hedge before it (qualifiers.ts). A number with no currency is not money: percentages, counts and
// `2.7 million square kilometers` fall out here; so does a number whose scale word is unknown
// (`$50 bilion`): no amount rather than a wrong one.
import type { MoneyMention } from '../types.ts';
import { WHOLE_UNIT_CODES } from './currencies.ts';
import type { FoundAmount } from './find-amounts.ts';
import { parseAmount, scaleAmount } from './parse-amount.ts';
import { findQualifier } from './qualifiers.ts';
import { readPrefixCurrency, readSuffixCurrency } from './read-currency.ts';
import { isUnknownScale, scaleFactor } from './scales.ts';

/** A mention while refiners work on it: what the contract shows, plus how it was read. */
export interface MoneyCandidate extends MoneyMention {
  /** Written in a minor unit (`20 cents`): `15 dollars and 20 cents` adds it to the amount before. */
  minor?: boolean;
  /** Every currency a shared marker may mean (`$`, `dollars`); resolve-context.ts picks one. */
  candidates?: string[];
  /** Written with a scale (`$15 million`): no subunit is added to it. */
  scaled?: boolean;
}

const FRACTION_BEFORE = /\b(half|a\s+quarter\s+of|three\s+quarters\s+of|a\s+third\s+of|two\s+thirds\s+of|a\s+fraction\s+of)\s+$/i;
// Thirds have no exact value in whole units: left out rather than rounded.
const FRACTIONS: Record<string, number | undefined> = { half: 0.5, 'a quarter of': 0.25, 'three quarters of': 0.75 };

// `in 2015 dollars` is a price basis (money valued as in 2015), not an amount of 2015 dollars.
const PRICE_BASIS = /\b(?:in|constant|real|nominal)\s+$/i;
// `a euro` is one euro; `a euro zone country`, `a dollar-denominated bond` are not amounts.
const AFTER_ONE_UNIT = /^(?:[.,;:)!?"”]|\s*$|\s+(?:a|an|each|per|for|in|to|or|and|more|less|apiece|coin|bill|note|on|at|from|than|was|is|but|a\s+day|a\s+year)\b)/i;

export function parseMoney(text: string, found: FoundAmount): MoneyCandidate | null {
  const { start, firstEnd, fullEnd } = found;
  const low = parseAmount(found.number);
  if (low === null) return null;
  const prefix = readPrefixCurrency(text, start);
  // Glued to a word: `often` holds "ten", `A380` is a model. Only a currency code may touch the
  // digits (`VND2 trillion`); the regex is case-insensitive, so this is checked here.
  const before = text[start - 1] ?? ' ';
  if (/\p{L}/u.test(before) && (!prefix || (/\p{Ll}/u.test(before) && !prefix.lettered) || !/^\d/.test(found.number))) return null;
  // `€1,5 milliard`: a decimal comma; which convention the writer used is unknown, so is the amount.
  if (/^,\d/.test(text.slice(firstEnd, firstEnd + 2)) && !found.scale) return null;
  // `R5 billion` (glued, with a scale); `NPR 5 billion` (a code that is also an acronym, with a scale).
  if (prefix?.scaleOnly && (!found.scale || (prefix.scaleOnly === 'glued' && prefix.edge + 1 !== start))) return null;
  const range = found.second === undefined ? null : readRange(found, low, prefix !== null);
  // Not a range after all (`$5 million to 10 schools`): keep the first number alone.
  let end = found.second === undefined || range ? fullEnd : firstEnd;
  // `$50 bilion`, `50 zillion dollars`: the scale meant is unknown, so is the amount.
  const nextWord = /^(?:\s{1,3}|-)([\p{L}]+)/u.exec(text.slice(end, end + 24))?.[1];
  if (nextWord && isUnknownScale(nextWord)) return null;
  const after = readSuffixCurrency(text, end);
  // `$1.5 million dollars`: a repeated currency after the amount belongs to the span.
  const suffix = !prefix || after?.code === prefix.code ? after : null;
  const currency = prefix ?? suffix;
  if (!currency) return null;
  if (suffix?.afterDigits && !prefix && !/^\d/.test(found.number) && !found.scale) return null;
  const isYear = !found.scale && !range && /^(?:19|20)\d\d$/.test(found.number);
  if (isYear && !prefix && PRICE_BASIS.test(text.slice(Math.max(0, start - 12), start))) return null;
  if (/^an?$/i.test(found.number) && !found.scale && (prefix || !AFTER_ONE_UNIT.test(text.slice(suffix!.edge, suffix!.edge + 16)))) return null;
  const amountEnd = end;
  if (suffix) end = suffix.edge;
  // `half a million dollars`, `a quarter of a billion`: a fraction of one unit, written in words.
  const fraction = /^an?$/i.test(found.number) ? FRACTION_BEFORE.exec(text.slice(Math.max(0, start - 24), start)) : null;
  if (fraction && !FRACTIONS[fraction[1].toLowerCase().replace(/\s+/g, ' ')]) return null;
  const spanStart = prefix ? prefix.edge : fraction ? start - fraction[0].length : start;
  // `50.000đ`, `Rp 1.500.000`: in a currency with no minor unit, dots group thousands when the symbol
  // is glued to the number or there are two groups or more (`166.386 pesetas` is a rate with decimals).
  const glued = (suffix && !/\s/.test(text[amountEnd] ?? ' ')) || (prefix && !/\s/.test(text[start - 1] ?? ' '));
  const dotted = /^\d{1,3}(?:\.\d{3})+$/.test(found.number) && (glued || /\.\d{3}\.\d{3}$/.test(found.number));
  const grouped = !range && WHOLE_UNIT_CODES.has(currency.code) && dotted ? Number(found.number.replace(/\./g, '')) : low;
  const mention: MoneyCandidate = {
    text: text.slice(spanStart, end),
    start: spanStart,
    end,
    amount: scaleAmount(range ? range.low : scaleAmount(grouped * (fraction ? FRACTIONS[fraction[1].toLowerCase().replace(/\s+/g, ' ')]! : 1), scaleFactor(found.scale)), currency.unit),
    currency: currency.code,
  };
  if (range) mention.amountHigh = scaleAmount(range.high, currency.unit);
  const qualifier = findQualifier(text, spanStart);
  if (qualifier) mention.qualifier = qualifier;
  if (currency.unit !== 1) mention.minor = true;
  if (found.scale || found.secondScale) mention.scaled = true;
  if (currency.candidates) mention.candidates = currency.candidates;
  return mention;
}

/** Low and high of `$5-6 billion`, or null when the second number does not continue the first. */
function readRange(found: FoundAmount, low: number, firstHasCurrency: boolean): { low: number; high: number } | null {
  const high = parseAmount(found.second!);
  if (high === null) return null;
  // `2022 to $1.5 billion`: a currency only on the second number means two different things.
  if (found.secondPrefix && !firstHasCurrency) return null;
  // A scale written once belongs to the end (`$5-6 billion`); a scale only on the first number
  // means the second is something else (`$5 million to 10 schools`).
  if (found.scale !== undefined && found.secondScale === undefined) return null;
  const lowValue = scaleAmount(low, scaleFactor(found.scale ?? found.secondScale));
  const highValue = scaleAmount(high, scaleFactor(found.secondScale));
  return highValue > lowValue ? { low: lowValue, high: highValue } : null;
}
