// Word classes shared by the people, place and organization rules.
import { COMPASS_WORDS, ORG_HEADS, PLACE_HEADS, ROLE_WORDS } from './titles.ts';
import { isCalendarWord, isDemonymWord, isEnglishWord } from './lexicon.ts';
import { DEMONYMS, lookupPlace } from './places/gazetteer.ts';
import type { Token } from './tokens.ts';

export const lower = (t: Token): string => t.text.toLowerCase();

export function isDemonym(t: Token): boolean {
  return isDemonymWord(t.text, DEMONYMS);
}

/** Capitalised words that are grammar, not names: roles, kind nouns, months, demonyms. */
export function isNameStopWord(t: Token): boolean {
  const w = lower(t);
  return ROLE_WORDS.has(w) || ORG_HEADS.has(w) || PLACE_HEADS.has(w) || COMPASS_WORDS.has(w)
    || isCalendarWord(w) || isDemonym(t);
}

/**
 * A word that can be part of a person's name: capitalised, not an English common word, not grammar,
 * not a known place. Names from any culture pass ("Nguyen", "Kassym-Jomart", "Tileuberdi").
 */
export function isNameWord(t: Token): boolean {
  if (!t.cap || t.upper) return false;
  if (isNameStopWord(t)) return false;
  // A city name may also be a given name ("Antony", "Paris"); the title rules decide from context.
  const place = lookupPlace(t.text);
  if (place && place.kind !== 'city' && place.kind !== 'subdivision') return false;
  return !isEnglishWord(t.text);
}

/** Lower-case particles inside personal names: "Ursula von der Leyen", "Luiz Inácio Lula da Silva". */
export const NAME_PARTICLES = new Set(['van', 'von', 'der', 'den', 'de', 'da', 'di', 'du', 'del', 'della', 'dos', 'das', 'la', 'le', 'bin', 'binti', 'ibn', 'al', 'el', 'ter', 'ten']);
