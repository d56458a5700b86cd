// The place gazetteer: countries, capitals, regions, cities and subdivisions from maintained npm data
// packages (see gazetteer-build.ts for what is taken from which package and why). The tables are built
// from the packages at build time into gazetteer-data.generated.ts, names already folded to their
// matchKey, so loading them is a split of a few strings rather than a decode of 138k GeoNames cities:
// the difference is most of a Lambda cold start.
import { matchKey } from '../../keys.ts';
import { GAZETTEER_DATA } from './gazetteer-data.generated.ts';
import { parseGazetteerData, type GazetteerEntry } from './gazetteer-table.ts';

export type { GazetteerEntry } from './gazetteer-table.ts';

const { byKey, byAbbreviation, demonyms } = parseGazetteerData(GAZETTEER_DATA);
export const DEMONYMS = demonyms;

let longestName = 1;
for (const key of byKey.keys()) longestName = Math.max(longestName, key.split(' ').length + 1);

/** The gazetteer entry for a surface form, or undefined. */
export function lookupPlace(surface: string): GazetteerEntry | undefined {
  return byKey.get(matchKey(surface));
}

/** The gazetteer entry for an upper-case abbreviation written as such ("USA"), or undefined. */
export function lookupPlaceAbbreviation(surface: string): GazetteerEntry | undefined {
  // "U.S." and "U.K." are written with full stops as often as without; the rule tokens leave out the
  // last one ("U.S").
  return byAbbreviation.get(/^(?:\p{Lu}\.)+\p{Lu}\.?$/u.test(surface) ? surface.replace(/\./g, '') : surface);
}

/** The most words a gazetteer name has, bounding the longest-match search. */
export function longestPlaceName(): number {
  return longestName;
}
