// Reads the currency written next to an amount: a symbol, code or abbreviation right before it
// (`US$584`, `€5bn`, `VND 2 trillion`, `Rs 10 crore`), or a code, symbol or name right after it
// (`400 million USD`, `5 €`, `2 trillion đồng`, `ten dollars`).
import { CURRENCY_ABBREVIATIONS, CURRENCY_CODES, CURRENCY_NAMES, CURRENCY_SYMBOLS, MAX_NAME_WORDS, foldCurrencyWord } from './currencies.ts';

export interface CurrencyMatch {
  code: string;
  /** 0.01 for a minor unit (`50 cents`), else 1. */
  unit: number;
  /** Offset in the text where the currency marker starts (prefix) or ends (suffix). */
  edge: number;
}

// Codes that are also capitalised English words in headlines (`ALL 5 members`, `TOP 10`).
const WORD_LIKE_CODES = new Set(['ALL', 'TOP', 'CUP', 'MOP', 'SOS', 'BAM', 'BOB', 'GEL', 'MAD']);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const SYMBOLS = [...CURRENCY_SYMBOLS.keys()].sort((a, b) => b.length - a.length).map(escape).join('|');
const ABBREVIATIONS = [...CURRENCY_ABBREVIATIONS.keys()].sort((a, b) => b.length - a.length).map(escape).join('|');

const PREFIX = new RegExp(`(?:(?<![\\p{L}\\p{N}])(${SYMBOLS})|(?<![\\p{L}\\p{N}])(${ABBREVIATIONS})|\\b([A-Z]{3}))\\s?$`, 'u');
const SUFFIX_SYMBOL = new RegExp(`^\\s?(${SYMBOLS})(?![\\p{L}\\p{N}])`, 'u');
const SUFFIX_CODE = /^\s?([A-Z]{3})(?![\p{L}\p{N}])/u;
const SUFFIX_WORDS = new RegExp(`^\\s+((?:U\\.S\\.|[\\p{L}’']+)(?:\\s+[\\p{L}’']+){0,${MAX_NAME_WORDS - 1}})`, 'u');

// Minor units written as words, with the currency a reader assumes (`50 cents`, `20 pence`).
const MINOR_UNITS: Record<string, string> = { cent: 'USD', cents: 'USD', pence: 'GBP', penny: 'GBP' };

function isCode(code: string): boolean {
  return CURRENCY_CODES.has(code) && !WORD_LIKE_CODES.has(code);
}

/** Currency written right before `start` (with at most one space). */
export function readPrefixCurrency(text: string, start: number): CurrencyMatch | null {
  const from = Math.max(0, start - 8);
  const m = PREFIX.exec(text.slice(from, start));
  if (!m) return null;
  const edge = from + m.index;
  if (m[1]) return { code: CURRENCY_SYMBOLS.get(m[1])!, unit: 1, edge };
  if (m[2]) return { code: CURRENCY_ABBREVIATIONS.get(m[2])!, unit: 1, edge };
  if (m[3] && isCode(m[3])) return { code: m[3], unit: 1, edge };
  return null;
}

/** Currency written right after `end`: symbol, ISO code, or a name of up to MAX_NAME_WORDS words. */
export function readSuffixCurrency(text: string, end: number): CurrencyMatch | null {
  const after = text.slice(end, end + 48);
  const symbol = SUFFIX_SYMBOL.exec(after);
  if (symbol) return { code: CURRENCY_SYMBOLS.get(symbol[1])!, unit: 1, edge: end + symbol[0].length };
  const code = SUFFIX_CODE.exec(after);
  if (code && isCode(code[1])) return { code: code[1], unit: 1, edge: end + code[0].length };
  const words = SUFFIX_WORDS.exec(after);
  if (!words) return null;
  const parts = words[1].split(/\s+/);
  const lead = words[0].length - words[1].length;
  // A name starts right after the number; try the longest run of words first (`US dollars` before
  // `US`, which is no currency).
  for (let n = parts.length; n >= 1; n--) {
    const phrase = parts.slice(0, n).join(' ');
    const folded = foldCurrencyWord(phrase);
    const minor = MINOR_UNITS[folded];
    const found = minor ?? CURRENCY_NAMES.get(folded);
    if (!found) continue;
    const rest = after.slice(lead + phrase.length);
    // `2 pounds of sugar` is a weight.
    if (/^pounds?$/i.test(phrase) && /^\s+of\b/i.test(rest)) return null;
    return { code: found, unit: minor ? 0.01 : 1, edge: end + lead + phrase.length };
  }
  return null;
}
