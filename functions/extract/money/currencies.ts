// Currency vocabulary: the data tables (currency-data.generated.ts, built from ISO 4217, CLDR,
// currency-symbol-map and world-countries by currency-build.ts) turned into lookups, plus the policy
// the data cannot give, kept in the small tables below: which currency a shared symbol or word means
// by default, which `X$` prefixes name which dollar, and the local spellings news writes that no
// standard lists (`VNĐ`, `soums`, `Rs`, `RM`, `LE`, `元`, `Deutschmarks`).
// A form shared by several currencies keeps its candidates, so the article's own context can pick
// one (see resolve-context.ts): `$` in an article that writes `Canadian dollars` is the Canadian dollar.
import { CURRENCY_DATA } from './currency-data.generated.ts';
import { foldCurrencyWord } from './fold-currency-word.ts';

export { foldCurrencyWord };

const parseMap = (s: string) => new Map(s.split('\n').filter(Boolean).map((line) => {
  const [k, codes] = line.split('\t');
  return [k, codes.split(',')] as [string, string[]];
}));

/** Every ISO 4217 code of money, current and historic. */
export const CURRENCY_CODES: ReadonlySet<string> = new Set(CURRENCY_DATA.codes.split(' '));
/** Codes no longer legal tender anywhere (markka, peseta, guilder, franc, Deutsche Mark…). */
export const HISTORIC_CODES: ReadonlySet<string> = new Set(CURRENCY_DATA.historic.split(' '));
/** Codes with no minor unit in use: a dot between groups of three is a thousands separator (`50.000đ`). */
export const WHOLE_UNIT_CODES: ReadonlySet<string> = new Set(CURRENCY_DATA.wholeUnits.split(' '));
const DATA_NAMES = parseMap(CURRENCY_DATA.names);
const DATA_SYMBOLS = parseMap(CURRENCY_DATA.symbols);

// When a symbol or word is shared, the currency a reader assumes without other context: `$` is the
// US dollar, `£` sterling, `¥` the yen, a rupee India's, `som` the Uzbek som.
const PREFERRED: Record<string, string> = {
  '$': 'USD', '£': 'GBP', '¥': 'JPY', '₩': 'KRW', '₨': 'INR', '₱': 'PHP', 'kr': 'SEK', '฿': 'THB', 'Rs': 'INR',
  dollar: 'USD', pound: 'GBP', rupee: 'INR', peso: 'MXN', franc: 'CHF', won: 'KRW', yuan: 'CNY',
  renminbi: 'CNY', sterling: 'GBP', riyal: 'SAR', dinar: 'KWD', krona: 'SEK', krone: 'NOK',
  ruble: 'RUB', rouble: 'RUB', lira: 'TRY', shilling: 'KES', rial: 'IRR', dirham: 'AED', leu: 'RON', lei: 'RON',
  kronor: 'SEK', kroner: 'NOK', buck: 'USD', som: 'UZS', guilder: 'NLG', peseta: 'ESP', escudo: 'PTE',
  manat: 'AZN', lev: 'BGN', leva: 'BGN', koruna: 'CZK', dong: 'VND', colon: 'CRC', bolivar: 'VES', cedi: 'GHS',
  kwacha: 'ZMW', afghani: 'AFN', kyat: 'MMK', zloty: 'PLN', shekel: 'ILS', lek: 'ALL', denar: 'MKD',
  boliviano: 'BOB', cordoba: 'NIO', metical: 'MZN', ouguiya: 'MRU', dobra: 'STN', sol: 'PEN', kwanza: 'AOA',
};

// `US$`, `A$`, `HK$`...: letters that pick one of the many dollars.
export const DOLLAR_PREFIXES: Record<string, string> = {
  US: 'USD', 'U.S.': 'USD', A: 'AUD', AU: 'AUD', C: 'CAD', CA: 'CAD', CAN: 'CAD', HK: 'HKD', S: 'SGD',
  SG: 'SGD', NZ: 'NZD', NT: 'TWD', R: 'BRL', MX: 'MXN', Mex: 'MXN', J: 'JMD', TT: 'TTD', Z: 'ZWL',
};

// Local spellings news uses that the standards do not list, written before or after an amount.
const LOCAL_SYMBOLS: Record<string, string> = { 'VNĐ': 'VND', 'đ': 'VND', '元': 'CNY', '円': 'JPY', '圓': 'TWD' };
// Abbreviations written before an amount (`Rs 10 crore`, `RM5 billion`, `LE 500`).
const WRITTEN_PREFIXES: Record<string, string> = {
  Rs: 'INR', 'Rs.': 'INR', Rp: 'IDR', 'Rp.': 'IDR', RM: 'MYR', RMB: 'CNY', Tk: 'BDT', LE: 'EGP', 'L.E.': 'EGP', Ksh: 'KES', KSh: 'KES', 'Dh': 'AED', 'Dhs': 'AED',
  TL: 'TRY', SFr: 'CHF', 'SFr.': 'CHF', 'zł': 'PLN', 'Kč': 'CZK',
  // One-letter marks (`R5 billion` rand, `N5 billion` naira): only glued to a number with a scale word.
  R: 'ZAR', N: 'NGN',
};
// Written after an amount (`500 LE`, `2 trillion VNĐ`).
const WRITTEN_SUFFIXES: Record<string, string> = { LE: 'EGP', 'L.E.': 'EGP', 'VNĐ': 'VND', RMB: 'CNY', Dhs: 'AED', Ksh: 'KES', TL: 'TRY', 'zł': 'PLN', 'Kč': 'CZK', Ft: 'HUF' };
const LOCAL_NAMES: Record<string, string> = {
  soum: 'UZS', soums: 'UZS', sum: 'UZS', sums: 'UZS', 'uzbek soum': 'UZS', 'uzbek soums': 'UZS', 'uzbek sum': 'UZS',
  'deutsche mark': 'DEM', 'deutsche marks': 'DEM', 'deutschmark': 'DEM', 'deutschmarks': 'DEM', 'd-mark': 'DEM', 'd-marks': 'DEM',
  'egyptian pounds': 'EGP', 'yuan renminbi': 'CNY', 'pound sterling': 'GBP', 'pounds sterling': 'GBP', greenback: 'USD', greenbacks: 'USD', bucks: 'USD', quid: 'GBP',
  'french francs': 'FRF', 'belgian francs': 'BEF', 'swiss francs': 'CHF', 'cfa francs': 'XOF', 'cfa franc': 'XOF',
};

// English plurals that do not add -s, and common English spellings of ISO names.
const IRREGULAR_FORMS: Record<string, string[]> = {
  krona: ['kronor'], krone: ['kroner'], real: ['reais'], lira: ['lire'], sheqel: ['shekel', 'shekels'],
  ruble: ['rouble', 'roubles'], hryvnia: ['hryvnias', 'hryvnas'], zloty: ['zlotys', 'zlotych'], markka: ['markkaa'],
};

// Currency words that are also common English words after a number (`5 million real estate`,
// `10 mark`, `the 2 sol`, `3 colon`): never read as money on their own.
const AMBIGUOUS_WORDS = new Set(['real', 'reals', 'sol', 'sols', 'mark', 'marks', 'gold', 'silver', 'leone', 'lempira', 'pula', 'loti', 'tala', 'kina', 'kip', 'colon', 'colons', 'dram', 'drams', 'florin', 'cupon', 'cupons', 'inti', 'sucre', 'syli', 'lati', 'rand', 'rands', 'won', 'wons', 'lei', 'lek', 'leks', 'vatu']);
/** Ambiguous words that are money when written in lower case right after a number (`5 billion rand`,
 * `10,000 won`), where a name (`Rand`) or a verb would not stand. */
export const LOWERCASE_ONLY: ReadonlySet<string> = new Set(['rand', 'rands', 'won', 'lei', 'lek', 'leks']);

/** A form and what it means: the default code, and every code it may mean when it is shared. */
export interface CurrencyReading {
  code: string;
  candidates?: string[];
}

function choose(form: string, codes: string[], head: string): CurrencyReading | null {
  const unique = [...new Set(codes)];
  if (unique.length === 1) return { code: unique[0] };
  const preferred = PREFERRED[form] ?? PREFERRED[head] ?? PREFERRED[head.replace(/s$/, '')];
  const current = unique.filter((c) => !HISTORIC_CODES.has(c));
  const code = preferred ?? (current.length === 1 ? current[0] : undefined);
  return code ? { code, candidates: unique } : null;
}

function buildSymbols(): Map<string, CurrencyReading> {
  const out = new Map<string, CurrencyReading>();
  for (const [symbol, codes] of DATA_SYMBOLS) {
    // Letter-only symbols (`L`, `K`, `Br`, `lei`) are words or initials in running text: skip them.
    if (/^[\p{L}.]+$/u.test(symbol)) continue;
    // `$` may mean any dollar; a peso's `$` is left to its name.
    const dollarCodes = symbol === '$' ? DATA_NAMES.get('dollar') ?? codes : codes;
    const reading = choose(symbol, dollarCodes, symbol);
    if (reading) out.set(symbol, reading);
  }
  for (const [letters, code] of Object.entries(DOLLAR_PREFIXES)) out.set(`${letters}$`, { code });
  for (const [symbol, code] of Object.entries(LOCAL_SYMBOLS)) out.set(symbol, { code });
  // `US $5 million`: only the US prefix is commonly written apart from its sign.
  out.set('US $', { code: 'USD' });
  out.set('U.S. $', { code: 'USD' });
  return out;
}

function buildNames(): Map<string, CurrencyReading> {
  const forms = new Map<string, string[]>();
  const add = (name: string, codes: string[]) => forms.set(name, [...(forms.get(name) ?? []), ...codes]);
  for (const [name, codes] of DATA_NAMES) {
    add(name, codes);
    const head = name.split(' ').at(-1)!;
    for (const other of IRREGULAR_FORMS[head] ?? []) add(name.replace(/\S+$/, other), codes);
    if (/^us /.test(name)) {
      add(name.replace(/^us /, 'u.s. '), codes);
      add(name.replace(/^us /, 'united states '), codes);
    }
  }
  const out = new Map<string, CurrencyReading>();
  for (const [name, codes] of forms) {
    if (AMBIGUOUS_WORDS.has(name) && !LOWERCASE_ONLY.has(name)) continue;
    const reading = choose(name, codes, name.split(' ').at(-1)!);
    if (reading) out.set(name, reading);
  }
  for (const [word, code] of Object.entries(PREFERRED)) {
    if (/^\p{L}+$/u.test(word) && !out.has(word) && !AMBIGUOUS_WORDS.has(word)) {
      out.set(word, { code });
      out.set(`${word}s`, { code });
    }
  }
  for (const [name, code] of Object.entries(LOCAL_NAMES)) out.set(name, { code });
  return out;
}

/** Symbol (`€`, `£`, `US$`, `HK$`, `₸`, `元`) → reading. */
export const CURRENCY_SYMBOLS: ReadonlyMap<string, CurrencyReading> = buildSymbols();
/** Folded name, singular and plural (`us dollars`, `dong`, `tenge`, `japanese yen`) → reading. */
export const CURRENCY_NAMES: ReadonlyMap<string, CurrencyReading> = buildNames();
/** A currency's name of two words or more written as a name ("Deutsche Mark", "Swiss Franc"): money, not an entity. */
export function isCurrencyName(text: string): boolean {
  const folded = foldCurrencyWord(text);
  return folded.includes(' ') && CURRENCY_NAMES.has(folded);
}
/** One-letter abbreviations: money only glued to the digits and with a scale (`R5 billion`, not `R2-D2`). */
export const SCALE_ONLY_PREFIXES: ReadonlySet<string> = new Set(['R', 'N']);
/** Written abbreviations before an amount (`Rs 10 crore`). */
export const CURRENCY_ABBREVIATIONS: ReadonlyMap<string, string> = new Map(Object.entries(WRITTEN_PREFIXES));
/** Written abbreviations after an amount (`500 LE`). */
export const CURRENCY_SUFFIX_ABBREVIATIONS: ReadonlyMap<string, string> = new Map(Object.entries(WRITTEN_SUFFIXES));
/** The longest name, in words: how far after a number to look for one. */
export const MAX_NAME_WORDS = Math.max(...[...CURRENCY_NAMES.keys()].map((n) => n.split(' ').length));
