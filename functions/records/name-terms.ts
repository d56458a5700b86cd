// How names are looked up. Every entity of an article is indexed once, under its *index key* (the
// name folded to letters and digits: `Kassym-Jomart Tokayev`, `Kassym Jomart Tokayev` and
// `kassym-jomart tokayev` all become `kassymjomarttokayev`; `Việt Nam` and `Vietnam` become `vietnam`).
// Searching by a part of a name goes through the corpus-wide vocabulary: one small item per
// (term, entity) that maps `tokayev` or `jomart` to `kassymjomarttokayev`, written the first time the
// corpus sees that pair and never again, so a name's parts cost writes once, not once per article.
// Which parts are terms depends on the type (README.md, "Search by any part of a name").
import { deu, eng, fra, ind, ita, nld, por, spa } from 'stopword';
import type { EntityType } from '../extract/types.ts';
import { clipUtf8 } from './keys.ts';

/** Case and diacritics folded (`đ` too), the way users type names. */
export function foldName(value: string): string {
  return value.normalize('NFKD').replace(/\p{M}/gu, '').replace(/đ/giu, 'd').toLowerCase();
}

/** The words of a name, folded; hyphens and punctuation separate words. */
export function nameWords(value: string): string[] {
  return foldName(value).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** The index key: the folded name without a leading "the", letters and digits only. */
export function indexKeyOf(name: string): string {
  return clipUtf8(foldName(name).replace(/^\s*the\s+/u, '').replace(/[^\p{L}\p{N}]+/gu, ''));
}

// Particles inside personal names (`van`, `de`, `von`, `da`): lower-case words that are function
// words of the European languages whose naming uses them, from the stopword package. English is left
// out on purpose: its list holds words that are also given or family names (`To` in `Tô Lâm`, `May`).
const PARTICLES = new Set([...nld, ...deu, ...fra, ...spa, ...por, ...ita].map(foldName));
// Words that say nothing about which organization it is: function words of the languages of the
// corpus, and the legal-form abbreviations and generic nouns that open or close company names
// (ISO 20275 entity legal forms most common in news; `PT Pertamina` is looked up as `pertamina`).
const FUNCTION_WORDS = new Set([...eng, ...nld, ...deu, ...fra, ...spa, ...por, ...ita, ...ind].map(foldName));
const LEGAL_FORMS = new Set([
  'pt', 'tbk', 'persero', 'sa', 'sab', 'ag', 'se', 'gmbh', 'kg', 'inc', 'ltd', 'llc', 'llp', 'lp', 'plc', 'corp', 'co', 'nv', 'bv',
  'jsc', 'pjsc', 'ojsc', 'oao', 'zao', 'ooo', 'spa', 'srl', 'sarl', 'sas', 'ab', 'as', 'asa', 'oy', 'oyj', 'kk', 'bhd', 'sdn', 'pte',
  'pty', 'limited', 'incorporated', 'corporation', 'company', 'group', 'holding', 'holdings', 'bank',
]);

const isWordTerm = (w: string) => /\p{L}/u.test(w) && w.length >= 2;

/**
 * The vocabulary terms of one entity: what else than its index key finds it.
 * - person: every name part of 2+ letters but lower-case particles, and a hyphenated part joined (`kassymjomart`);
 * - organization: every distinctive word (not a function word, legal form or generic noun);
 * - place: none beyond its name (places are searched by their full name);
 * - every type: each alias's index key (`UN` for `United Nations`, `Tokayev`).
 */
export function listNameTerms(type: EntityType, name: string, aliases: readonly string[] = []): string[] {
  const own = indexKeyOf(name);
  const terms = new Set<string>();
  const partsOf = (value: string) => {
    if (type === 'person') {
      // A particle is written in lower case inside a name (`von der Leyen`, `da Silva`); the same
      // word capitalised is a name (`Hai` in `Le Khanh Hai`, `Van` in `Van Morrison`).
      for (const raw of value.split(/[^\p{L}\p{M}\p{N}]+/u).filter(Boolean)) {
        const word = foldName(raw);
        if (isWordTerm(word) && !(raw === raw.toLowerCase() && PARTICLES.has(word))) terms.add(word);
      }
      for (const hyphenated of value.split(/\s+/u)) if (/\p{L}[-‐‑]\p{L}/u.test(hyphenated)) terms.add(indexKeyOf(hyphenated));
    } else if (type === 'organization') {
      for (const word of nameWords(value)) if (isWordTerm(word) && !FUNCTION_WORDS.has(word) && !LEGAL_FORMS.has(word)) terms.add(word);
    }
  };
  partsOf(name);
  for (const alias of aliases) {
    terms.add(indexKeyOf(alias));
    partsOf(alias);
  }
  terms.delete(own);
  terms.delete('');
  return [...terms].map((t) => clipUtf8(t));
}

/** A query's words looked up one by one; more say nothing new and would only add reads. */
const MAX_QUERY_WORDS = 5;

/** The words of a query worth looking up on their own (the same rules as for an entity of any type). */
export function listQueryWords(input: string): string[] {
  return [...new Set(nameWords(input).filter((w) => isWordTerm(w) && !LEGAL_FORMS.has(w)))].slice(0, MAX_QUERY_WORDS);
}
