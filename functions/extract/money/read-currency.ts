// Reads the currency written next to an amount: a symbol, code or abbreviation right before it
// (`US$584`, `€5bn`, `VND 2 trillion`, `Rs 10 crore`), or a code, symbol, abbreviation or name right
// after it (`400 million USD`, `5 €`, `2 trillion đồng`, `ten dollars`, `500 LE`, `25¢`), also
// joined by a hyphen (`a 12.5-billion-baht plant`, `a 40-cent stamp`).
import {
  CURRENCY_ABBREVIATIONS, CURRENCY_CODES, CURRENCY_NAMES, CURRENCY_SUFFIX_ABBREVIATIONS, CURRENCY_SYMBOLS, LOWERCASE_ONLY, MAX_NAME_WORDS, SCALE_ONLY_PREFIXES,
  foldCurrencyWord,
} from './currencies.ts';

export interface CurrencyMatch {
  code: string;
  /** 0.01 for a minor unit (`50 cents`, `25¢`), else 1. */
  unit: number;
  /** Offset in the text where the currency marker starts (prefix) or ends (suffix). */
  edge: number;
  /** Every currency a shared marker (`$`, `dollars`, `cents`) may mean; the article's context picks. */
  candidates?: string[];
  /** A written abbreviation or code (`Rs`, `RM`, `VND`): these may touch the digits (`Rs500`). */
  lettered?: boolean;
  /** Money only after digits (`5 million sum`, `40-cent`): `zero-sum`, `zero sum` are no amounts. */
  afterDigits?: boolean;
  /** Money only with a scale word: a one-letter mark glued to the digits (`R5 billion`: `glued`), or a
   * code that is also an acronym (`NPR 5 billion`, not `the NPR 100`: `scaled`). */
  scaleOnly?: 'glued' | 'scaled';
}

// Codes that are also common acronyms (`the NPR 100` list): money only with a scale (`NPR 5 billion`).
const ACRONYM_CODES = new Set(['NPR']);
// Codes that are also capitalised English words in headlines (`ALL 5 members`, `TOP 10`).
const WORD_LIKE_CODES = new Set(['ALL', 'TOP', 'CUP', 'MOP', 'SOS', 'BAM', 'BOB', 'GEL', 'MAD', 'TRY', 'BOP', 'ARA', 'PES', 'SIT', 'CSK']);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const alternation = (keys: Iterable<string>) => [...keys].sort((a, b) => b.length - a.length).map(escape).join('|');
const SYMBOLS = alternation(CURRENCY_SYMBOLS.keys());
const ABBREVIATIONS = alternation(CURRENCY_ABBREVIATIONS.keys());
const SUFFIX_ABBREVIATIONS = alternation(CURRENCY_SUFFIX_ABBREVIATIONS.keys());

const PREFIX = new RegExp(`(?:(?<![\\p{L}\\p{N}])(${SYMBOLS})|(?<![\\p{L}\\p{N}])(${ABBREVIATIONS})|\\b([A-Z]{3}))\\s?$`, 'u');
const SUFFIX_SYMBOL = new RegExp(`^\\s?(${SYMBOLS}|¢)(?![\\p{L}\\p{N}])`, 'u');
const SUFFIX_ABBREVIATION = new RegExp(`^\\s(${SUFFIX_ABBREVIATIONS})(?![\\p{L}\\p{N}])`, 'u');
const SUFFIX_CODE = /^\s?([A-Z]{3})(?![\p{L}\p{N}])/u;
const SUFFIX_WORDS = new RegExp(`^(?:\\s+|-)((?:U\\.S\\.|[\\p{L}’']+)(?:[\\s-]+[\\p{L}’']+){0,${MAX_NAME_WORDS - 1}})`, 'u');

// Minor units written as words, with the currency a reader assumes (`50 cents`, `20 pence`); a cent
// of another currency comes from the article's context like `$` (resolve-context.ts).
const MINOR_UNITS: Record<string, string> = {
  cent: 'USD', cents: 'USD', pence: 'GBP', penny: 'GBP', pennies: 'GBP', paise: 'INR', kopeck: 'RUB', kopecks: 'RUB', kopeks: 'RUB',
};
// The first word of every name, folded: a word after a number that starts none is no currency, and
// the longer phrases need not be tried.
const FIRST_WORDS: ReadonlySet<string> = new Set([...CURRENCY_NAMES.keys(), ...Object.keys(MINOR_UNITS)].map((name) => name.split(/[\s-]/)[0]));
const CENT_CANDIDATES = CURRENCY_NAMES.get('dollar')?.candidates?.concat('EUR');
// `2 pounds of sugar`, `180 pounds (82 kg)`, `weighed ten pounds` are weights.
const WEIGHT = /^pounds?$/i;
const WEIGHT_AFTER = /^\s*\(?\s*(?:about\s+)?\d[\d.,]*\s*(?:kg|kilos?|kilograms?)\b/i;
const WEIGHT_BEFORE = /\b(?:weigh\w*|lost|gained|lbs?|feet|foot|inches|ft|heavier|lighter|overweight)\b[^.;]*$/i;
// Currency words that are also English words (`zero-sum`): money only after a number in digits.
const DIGITS_ONLY = new Set(['sum', 'sums', 'som', 'soms']);

function isCode(code: string): boolean {
  return CURRENCY_CODES.has(code) && !WORD_LIKE_CODES.has(code);
}

/** Currency written right before `start` (with at most one space). */
export function readPrefixCurrency(text: string, start: number): CurrencyMatch | null {
  const from = Math.max(0, start - 8);
  const m = PREFIX.exec(text.slice(from, start));
  if (!m) return null;
  const edge = from + m.index;
  if (m[1]) {
    const reading = CURRENCY_SYMBOLS.get(m[1])!;
    return { code: reading.code, unit: 1, edge, ...(reading.candidates && { candidates: reading.candidates }) };
  }
  if (m[2]) return { code: CURRENCY_ABBREVIATIONS.get(m[2])!, unit: 1, edge, lettered: true, ...(SCALE_ONLY_PREFIXES.has(m[2]) && { scaleOnly: 'glued' as const }) };
  if (m[3] && isCode(m[3])) return { code: m[3], unit: 1, edge, lettered: true, ...(ACRONYM_CODES.has(m[3]) && { scaleOnly: 'scaled' as const }) };
  return null;
}

/** Currency written right after `end`: symbol, ISO code, abbreviation, or a name of up to MAX_NAME_WORDS words. */
export function readSuffixCurrency(text: string, end: number): CurrencyMatch | null {
  const after = text.slice(end, end + 64);
  const symbol = SUFFIX_SYMBOL.exec(after);
  if (symbol) {
    const edge = end + symbol[0].length;
    if (symbol[1] === '¢') return { code: 'USD', unit: 0.01, edge, ...(CENT_CANDIDATES && { candidates: CENT_CANDIDATES }) };
    const reading = CURRENCY_SYMBOLS.get(symbol[1])!;
    return { code: reading.code, unit: 1, edge, ...(reading.candidates && { candidates: reading.candidates }) };
  }
  const abbreviation = SUFFIX_ABBREVIATION.exec(after);
  if (abbreviation) return { code: CURRENCY_SUFFIX_ABBREVIATIONS.get(abbreviation[1])!, unit: 1, edge: end + abbreviation[0].length };
  const code = SUFFIX_CODE.exec(after);
  if (code && isCode(code[1])) return { code: code[1], unit: 1, edge: end + code[0].length };
  const words = SUFFIX_WORDS.exec(after);
  if (!words) return null;
  const lead = words[0].length - words[1].length;
  if (!FIRST_WORDS.has(foldCurrencyWord(/^[^\s-]+/.exec(words[1])![0]))) return null;
  // Offsets of each word's end inside words[1], so a phrase keeps its own spacing and hyphens.
  const ends = [...words[1].matchAll(/[^\s-]+/g)].map((w) => w.index + w[0].length);
  // A name starts right after the number; try the longest run of words first (`US dollars` before
  // `US`, which is no currency).
  for (let n = ends.length; n >= 1; n--) {
    const phrase = words[1].slice(0, ends[n - 1]);
    const folded = foldCurrencyWord(phrase);
    const minor = MINOR_UNITS[folded];
    const reading = minor ? { code: minor, candidates: /^cents?$/.test(folded) ? CENT_CANDIDATES : undefined } : CURRENCY_NAMES.get(folded);
    if (!reading) continue;
    if (LOWERCASE_ONLY.has(folded) && phrase !== phrase.toLowerCase()) return null;
    const rest = after.slice(lead + phrase.length);
    if (WEIGHT.test(phrase) && (/^\s+of\b/i.test(rest) || WEIGHT_AFTER.test(rest) || WEIGHT_BEFORE.test(text.slice(Math.max(0, end - 40), end)))) return null;
    const afterDigits = words[0].startsWith('-') || DIGITS_ONLY.has(folded);
    return {
      code: reading.code, unit: minor ? 0.01 : 1, edge: end + lead + phrase.length,
      ...(reading.candidates && { candidates: reading.candidates }), ...(afterDigits && { afterDigits }),
    };
  }
  return null;
}
