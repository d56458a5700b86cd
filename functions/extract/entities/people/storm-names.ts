// Storms are named like people ("Storm Boris", "Typhoon Yagi", "Hurricane Helene"), and the statistics
// read them as people (or an organization: "Storm Daniel"). A storm is no entity of the contract's
// kinds: the name after a storm word is none, and every bare mention of that name in the article is no
// person.
import { foldText } from '../../keys.ts';

const STORM_WORDS = String.raw`(?:Storm|Hurricane|Typhoon|Cyclone|Tropical Depression)`;
const STORM_NAME = new RegExp(String.raw`\b${STORM_WORDS}\s+(\p{Lu}[\p{Ll}'’-]+)`, 'gu');
const STARTS_WITH_STORM = new RegExp(String.raw`^(?:(?:Tropical|Super|Severe|Post-Tropical)\s+)*${STORM_WORDS}\s`, 'u');

/** The folded names storms carry in this text ("boris" for "Storm Boris"). */
export function stormNamesOf(text: string): Set<string> {
  return new Set([...text.matchAll(STORM_NAME)].map((m) => foldText(m[1])));
}

/** A mention that names a storm with its storm word ("Storm Daniel", "Super Typhoon Yagi"), whatever its type. */
export function isStormName(text: string): boolean {
  return STARTS_WITH_STORM.test(text);
}

/** A person's mention that is a storm: "Storm Boris" itself, or a bare "Boris" where Storm Boris blows. */
export function isStormMention(text: string, stormNames: Set<string>): boolean {
  return STARTS_WITH_STORM.test(text) || stormNames.has(foldText(text));
}
