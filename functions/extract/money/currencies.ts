// Currency vocabulary, built from maintained data: ISO 4217 codes and names from `currency-codes`,
// symbols from `currency-symbol-map`. What the data cannot say is policy, kept in the small tables
// below: which country an ambiguous symbol or word means by default, and which `X$` prefixes
// name which dollar.
import currencyCodes from 'currency-codes';
import getSymbolFromCurrency from 'currency-symbol-map';

/** Folds case and diacritics so `đồng`, `Dong` and `dong` meet. */
export function foldCurrencyWord(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').replace(/đ/gi, 'd').toLowerCase().replace(/[’']/g, '');
}

// Codes that are funds, metals, test or no-currency entries rather than money a story quotes.
const NOT_MONEY = /^(?:X(?!AF|OF|CD|PF)..|BOV|CHE|CHW|CLF|COU|MXV|USN|UYI|UYW|ZWG)$/;
const records = currencyCodes.data.filter((r) => !NOT_MONEY.test(r.code));

/** ISO 4217 codes of money in circulation. */
export const CURRENCY_CODES: ReadonlySet<string> = new Set(records.map((r) => r.code));

// When a symbol or generic word is shared, the currency a reader assumes without other context:
// `$` is the US dollar, `£` sterling, `¥` the yen, `₩` the South Korean won, a rupee India's.
const PREFERRED: Record<string, string> = {
  '$': 'USD', '£': 'GBP', '¥': 'JPY', '₩': 'KRW', '₨': 'INR', '₱': 'PHP', 'kr': 'SEK',
  dollar: 'USD', pound: 'GBP', rupee: 'INR', peso: 'MXN', franc: 'CHF', won: 'KRW', yuan: 'CNY',
  renminbi: 'CNY', rmb: 'CNY', sterling: 'GBP', riyal: 'SAR', dinar: 'KWD', krona: 'SEK', krone: 'NOK',
  ruble: 'RUB', rouble: 'RUB', lira: 'TRY', shilling: 'KES', rial: 'IRR', dirham: 'AED', leu: 'RON',
  kronor: 'SEK', kroner: 'NOK', buck: 'USD',
};

// `US$`, `A$`, `HK$`...: letters that pick one of the many dollars. (`R$`, `NT$`, `S$` are also in
// the symbol data; this table adds the newsroom spellings it lacks.)
export const DOLLAR_PREFIXES: Record<string, string> = {
  US: 'USD', 'U.S.': 'USD', A: 'AUD', AU: 'AUD', C: 'CAD', CA: 'CAD', CAN: 'CAD', HK: 'HKD', S: 'SGD',
  SG: 'SGD', NZ: 'NZD', NT: 'TWD', R: 'BRL', MX: 'MXN', Mex: 'MXN', J: 'JMD', TT: 'TTD', Z: 'ZWL',
};

// Abbreviations newsrooms write before an amount that are not in the symbol data.
const WRITTEN_PREFIXES: Record<string, string> = { Rs: 'INR', 'Rs.': 'INR', Rp: 'IDR', RM: 'MYR', RMB: 'CNY', Tk: 'BDT' };

// English plurals that do not add -s, and common English spellings of ISO names.
const IRREGULAR_FORMS: Record<string, string[]> = {
  krona: ['kronor'], krone: ['kroner'], real: ['reais'], lira: ['lire'], sheqel: ['shekel', 'shekels'],
  ruble: ['rouble', 'roubles'], hryvnia: ['hryvnias', 'hryvnas'], zloty: ['zlotys', 'zlotych'],
};

// Currency words that are also common English words after a number (`5 million real estate`,
// `10 mark`, `the 2 sol`): never read as money on their own.
const AMBIGUOUS_WORDS = new Set(['real', 'sol', 'som', 'sum', 'mark', 'gold', 'silver', 'leone', 'lempira', 'pula', 'loti', 'tala', 'kina', 'rand']);

function buildSymbols(): Map<string, string> {
  const byCode = new Map<string, string[]>();
  for (const r of records) {
    const symbol = getSymbolFromCurrency(r.code);
    // Letter-only symbols (`L`, `K`, `Br`, `lei`) are words or initials in running text: skip them.
    if (!symbol || /^[\p{L}.]+$/u.test(symbol)) continue;
    byCode.set(symbol, [...(byCode.get(symbol) ?? []), r.code]);
  }
  const out = new Map<string, string>();
  for (const [symbol, codes] of byCode) {
    const code = codes.length === 1 ? codes[0] : PREFERRED[symbol];
    if (code) out.set(symbol, code);
  }
  for (const [letters, code] of Object.entries(DOLLAR_PREFIXES)) out.set(`${letters}$`, code);
  // `US $5 million`: only the US prefix is commonly written apart from its sign.
  out.set('US $', 'USD');
  out.set('U.S. $', 'USD');
  return out;
}

function buildNames(): Map<string, string> {
  const byName = new Map<string, Set<string>>();
  const add = (name: string, code: string) => {
    const key = foldCurrencyWord(name);
    if (!byName.has(key)) byName.set(key, new Set());
    byName.get(key)!.add(code);
  };
  for (const r of records) {
    const full = r.currency.replace(/\(.*?\)/g, '').trim();
    if (!full || /unidad|mvdol|wir|bond|sdr|testing|transactions|adb/i.test(full)) continue;
    const words = full.split(/\s+/);
    const forms = [full, words.at(-1)!];
    // `Yuan Renminbi`, `Pound Sterling`: the head noun comes first.
    if (words.length === 2 && /^(?:yuan|pound)$/i.test(words[0])) forms.push(words[0], words[1], `${words[0]}s ${words[1]}`);
    if (/^US\b/.test(full)) forms.push(full.replace(/^US/, 'U.S.'), full.replace(/^US/, 'United States'));
    for (const form of forms) {
      add(form, r.code);
      add(form.replace(/(\S+)$/, '$1s'), r.code); // plural: dollars, US dollars, euros, rupees
      const head = form.split(/\s+/).at(-1)!.toLowerCase();
      for (const other of IRREGULAR_FORMS[head] ?? []) add(form.replace(/(\S+)$/, other), r.code);
    }
  }
  const out = new Map<string, string>();
  for (const [name, codes] of byName) {
    const head = name.split(' ').at(-1)!.replace(/s$/, '');
    if (AMBIGUOUS_WORDS.has(name) || AMBIGUOUS_WORDS.has(name.replace(/s$/, ''))) continue;
    const code = codes.size === 1 ? [...codes][0] : PREFERRED[head] ?? PREFERRED[name];
    if (code) out.set(name, code);
  }
  for (const [word, code] of Object.entries(PREFERRED)) {
    if (/^\p{L}+$/u.test(word) && !out.has(word)) {
      out.set(word, code);
      out.set(`${word}s`, code);
    }
  }
  return out;
}

/** Symbol (`€`, `£`, `US$`, `HK$`, `₸`) → ISO code. */
export const CURRENCY_SYMBOLS: ReadonlyMap<string, string> = buildSymbols();
/** Folded name, singular and plural (`us dollars`, `dong`, `tenge`, `euros`) → ISO code. */
export const CURRENCY_NAMES: ReadonlyMap<string, string> = buildNames();
/** Written abbreviations before an amount (`Rs 10 crore`). */
export const CURRENCY_ABBREVIATIONS: ReadonlyMap<string, string> = new Map(Object.entries(WRITTEN_PREFIXES));
/** The longest name, in words: how far after a number to look for one. */
export const MAX_NAME_WORDS = Math.max(...[...CURRENCY_NAMES.keys()].map((n) => n.split(' ').length));
