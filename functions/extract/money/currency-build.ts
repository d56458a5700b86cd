// Builds the currency tables from maintained data packages (build time only; the Lambda loads the
// generated module, currency-data.generated.ts, so none of these packages is bundled):
// - every ISO 4217 code, current (`currency-codes`) and historic (CLDR's English currency names in
//   `cldr-numbers-full`, which keep FIM, ESP, NLG, FRF, DEM…; `cldr-core` says which codes were legal
//   tender in some region, which leaves out funds and units of account);
// - names in the singular and plural (CLDR `displayName-count-one/other`: `markkas`, `soms`, `yen`),
//   the ISO names (`Yuan Renminbi`, `Pound Sterling`) and the head noun of each (`dollar`, `markka`);
// - symbols (CLDR `symbol` and `symbol-alt-narrow`, `currency-symbol-map`);
// - a country adjective or name before the head noun (`Japanese yen`, `Hong Kong dollars`,
//   `Canadian dollars`), from `world-countries` demonyms and names.
// The tables keep every code a form can mean; choosing one for a shared form is policy, in currencies.ts.
import { createRequire } from 'node:module';
import { foldCurrencyWord } from './fold-currency-word.ts';

export const CURRENCY_SOURCES = ['currency-codes', 'cldr-numbers-full', 'cldr-core', 'currency-symbol-map', 'world-countries'];

export interface CurrencyTable {
  /** Every code, sorted. */
  codes: string[];
  /** Historic codes (no longer tender anywhere), sorted. */
  historic: string[];
  /** Codes with no minor unit in use (CLDR fractions: 0 digits): `50.000đ` is fifty thousand dong. */
  wholeUnits: string[];
  /** Folded name → codes. */
  names: Map<string, string[]>;
  /** Symbol → codes. */
  symbols: Map<string, string[]>;
}

interface CldrCurrency {
  displayName?: string;
  'displayName-count-one'?: string;
  'displayName-count-other'?: string;
  symbol?: string;
  'symbol-alt-narrow'?: string;
}


// Funds, metals, units of account and test codes: not money a story quotes.
const NOT_MONEY = /^(?:X(?!AF|OF|CD|PF)..|BOV|CHE|CHW|CLF|COU|MXV|USN|USS|UYI|UYW|ZWG|BEC|BEL|ARA|ARL|ARM|ARP|BRB|BRC|BRE|BRN|BRR|BRZ|ESA|ESB|FRU|GWE|LUC|LUL|MZE|XEU|YUR)$/;

function add<K>(map: Map<K, Set<string>>, key: K, code: string): void {
  if (!map.has(key)) map.set(key, new Set());
  map.get(key)!.add(code);
}

export function buildCurrencyTable(): CurrencyTable {
  const require = createRequire(import.meta.url);
  const currencyCodes = require('currency-codes') as { data: { code: string; currency: string }[] };
  const cldr = (require('cldr-numbers-full/main/en/currencies.json') as { main: { en: { numbers: { currencies: Record<string, CldrCurrency> } } } }).main.en.numbers.currencies;
  const currencyData = (require('cldr-core/supplemental/currencyData.json') as {
    supplemental: { currencyData: { region: Record<string, Record<string, { _to?: string; _tender?: string }>[]>; fractions: Record<string, { _digits: string }> } };
  }).supplemental.currencyData;
  const regions = currencyData.region;
  const symbolMap = require('currency-symbol-map') as (code: string) => string | undefined;
  const countries = require('world-countries') as { name: { common: string }; demonyms?: { eng?: { m: string; f: string } }; currencies?: Record<string, { name: string }> }[];

  const current = new Set(currencyCodes.data.map((r) => r.code));
  const tender = new Set<string>();
  const stillTender = new Set<string>();
  for (const entries of Object.values(regions)) {
    for (const entry of entries) {
      for (const [code, info] of Object.entries(entry)) {
        if (info._tender === 'false') continue;
        tender.add(code);
        if (!info._to) stillTender.add(code);
      }
    }
  }
  const codes = [...new Set([...current, ...Object.keys(cldr).filter((c) => tender.has(c))])].filter((c) => /^[A-Z]{3}$/.test(c) && !NOT_MONEY.test(c)).sort();
  const known = new Set(codes);
  const historic = codes.filter((c) => !current.has(c) && !stillTender.has(c));

  const names = new Map<string, Set<string>>();
  const heads = new Map<string, Set<string>>(); // code → head nouns, singular and plural
  const addName = (name: string, code: string) => {
    const folded = foldCurrencyWord(name.replace(/\(.*?\)/g, ''));
    if (folded) add(names, folded, code);
  };
  for (const code of codes) {
    const c = cldr[code] ?? {};
    const iso = currencyCodes.data.find((r) => r.code === code)?.currency;
    const one = c['displayName-count-one'] ?? c.displayName;
    const other = c['displayName-count-other'];
    for (const form of [c.displayName, one, other, iso]) if (form) addName(form, code);
    // The head noun alone (`dollar`, `markkas`), from CLDR's English forms (ISO names put adjectives
    // last: `Peso Convertible`), and a plain -s plural the data may not give.
    const codeHeads = new Set<string>();
    for (const form of [one, other]) if (form) codeHeads.add(form.replace(/\(.*?\)/g, '').trim().split(/\s+/).at(-1)!.toLowerCase());
    // `Yuan Renminbi`, `Pound Sterling`: ISO puts the head noun first.
    const pair = iso && /^(yuan|pound) (\S+)$/i.exec(iso);
    if (pair) for (const word of [pair[1], pair[2]]) codeHeads.add(word.toLowerCase());
    if (one && (!other || other === one) && !/s$/i.test(one)) codeHeads.add(`${one.split(/\s+/).at(-1)!.toLowerCase()}s`);
    if (iso && !/s$/i.test(iso)) addName(`${iso}s`, code);
    for (const head of codeHeads) if (!/^\p{L}{3,}$/u.test(head)) codeHeads.delete(head);
    heads.set(code, codeHeads);
    for (const head of codeHeads) addName(head, code);
  }
  // A country's adjective or name before the head noun: `Japanese yen`, `Hong Kong dollars`.
  for (const country of countries) {
    for (const code of Object.keys(country.currencies ?? {})) {
      if (!known.has(code)) continue;
      const lead = new Set([country.name.common, country.demonyms?.eng?.m, country.demonyms?.eng?.f].filter((x): x is string => !!x));
      for (const adjective of lead) for (const head of heads.get(code) ?? []) addName(`${adjective} ${head}`, code);
      addName(country.currencies![code].name, code);
    }
  }

  const symbols = new Map<string, Set<string>>();
  for (const code of codes) {
    const c = cldr[code] ?? {};
    for (const symbol of [c.symbol, c['symbol-alt-narrow'], symbolMap(code)]) {
      // A symbol that is the code itself adds nothing.
      if (symbol && symbol !== code) add(symbols, symbol, code);
    }
  }
  const sortMap = (m: Map<string, Set<string>>) => new Map([...m].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => [k, [...v].sort()]));
  const wholeUnits = codes.filter((c) => currencyData.fractions[c]?._digits === '0');
  return { codes, historic, wholeUnits, names: sortMap(names), symbols: sortMap(symbols) };
}
