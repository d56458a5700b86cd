// Refiner over the whole article: a shared marker (`$`, `dollars`, `¥`, `pesos`, `cents`) takes the
// currency the article itself names. Rule, for `$`: a prefix decides (`US$`, `C$`, `HK$`); else, if
// the article names exactly one of the currencies `$` may mean unambiguously (`C$5 million`, `the
// Canadian dollar`, `Canadian dollars`), that one; else the US dollar. The same rule reads `¥` (yen
// unless the article names the yuan), `pesos`, `rupees`, `pounds`, `cents` and the other shared forms.
import { CURRENCY_NAMES, CURRENCY_SYMBOLS, foldCurrencyWord } from './currencies.ts';
import type { MoneyCandidate } from './parse-money.ts';

// The currency nouns that can settle a shared marker: the last word of every unambiguous name whose
// currency some shared marker may mean (`Canadian dollars`, `yuan`, `Philippine peso`), as one
// case-sensitive pattern (lower case, or capitalised at a sentence start). The article is scanned once
// for them; only a hit looks at the capitalised words before it (`Hong Kong dollars`).
// (`cents` may be euro cents.)
const SHARED_CODES = new Set([...CURRENCY_NAMES.values(), ...CURRENCY_SYMBOLS.values()].flatMap((r) => r.candidates ?? []).concat('EUR'));
const HEADS = [...new Set([...CURRENCY_NAMES].filter(([, r]) => !r.candidates && SHARED_CODES.has(r.code)).map(([name]) => name.split(' ').at(-1)!))]
  .sort((x, y) => y.length - x.length);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const HEAD = new RegExp(`(?<![\\p{L}])(?:${HEADS.map((h) => `[${h[0]}${h[0].toUpperCase()}]${escape(h.slice(1))}`).join('|')})(?![\\p{L}])`, 'gu');
const LEAD = /(?:^|[^\p{L}.])((?:\p{Lu}[\p{L}.]*\s)?\p{Lu}[\p{L}.]*)\s$/u;

/** Currencies the article names without doubt: unambiguous mentions, and names written anywhere. */
function namedCurrencies(text: string, mentions: MoneyCandidate[]): Set<string> {
  const named = new Set(mentions.filter((m) => !m.candidates).map((m) => m.currency));
  HEAD.lastIndex = 0;
  for (const m of text.matchAll(HEAD)) {
    const noun = m[0];
    const lead = LEAD.exec(text.slice(Math.max(0, m.index - 40), m.index))?.[1];
    const pair = lead && (CURRENCY_NAMES.get(foldCurrencyWord(`${lead} ${noun}`)) ?? CURRENCY_NAMES.get(foldCurrencyWord(`${lead.split(' ').at(-1)} ${noun}`)));
    const reading = pair || CURRENCY_NAMES.get(foldCurrencyWord(noun));
    if (reading && !reading.candidates) named.add(reading.code);
  }
  return named;
}

export function resolveContext(text: string, mentions: MoneyCandidate[]): MoneyCandidate[] {
  if (!mentions.some((m) => m.candidates)) return mentions;
  const named = namedCurrencies(text, mentions);
  return mentions.map((m) => {
    if (!m.candidates) return m;
    const inContext = m.candidates.filter((c) => named.has(c));
    return inContext.length === 1 ? { ...m, currency: inContext[0] } : m;
  });
}
