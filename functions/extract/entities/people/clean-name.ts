// Cuts a person's name out of a run of capitalised words that follows a role: leading role words,
// department words and places are dropped ("Foreign Affairs Nguyen Manh Cam" → "Nguyen Manh Cam",
// "Vietnam Vo Van Thuong" → "Vo Van Thuong"); the name must then run to the end of the run and contain
// no grammar word (so "Ho Chi Minh Mausoleum" is not a person).
import { isFirstName, lookupTags } from '../lexicon.ts';
import { lookupPlace } from '../places/gazetteer.ts';
import { isMostlyLowerCase } from '../model/recognize-names.ts';
import { honorificLength } from './strip-honorifics.ts';
import type { Token } from '../tokens.ts';
import { isDemonym, isNameStopWord, isNameWord, NAME_PARTICLES } from '../words.ts';

export const MAX_NAME_WORDS = 5;

/**
 * Length of the longest known place starting at word a (within the run), or 0. A city is skipped only
 * when two name words still follow ("Mayor of London Sadiq Khan"), since a given name may also be a
 * city's ("Secretary of State Antony Blinken").
 */
function placeLengthAt(tokens: Token[], a: number, to: number): number {
  let words = '';
  let best = 0;
  for (let i = a; i < to && i - a < 6; i++) {
    words = words ? `${words} ${tokens[i].text}` : tokens[i].text;
    const entry = lookupPlace(words);
    const townLike = entry?.kind === 'city' || entry?.kind === 'subdivision';
    // "President Franklin D. Roosevelt": a town that is a known given name opens the person, but not
    // after "of" ("Mayor of Florence Dario Nardella").
    if (townLike && i === a && isFirstName(tokens[a].text) && !/^(?:of|for|to|in)$/.test(tokens[a - 1]?.text ?? '')) continue;
    if (entry && (!townLike || to - (i + 1) >= 2)) best = i - a + 1;
  }
  return best;
}

/**
 * A plural department noun after a skipped word ("Foreign Affairs", "External Relations", "Human
 * Rights"), which compromise's lexicon lacks but its plural rule knows; a known surname is kept.
 */
function isDepartmentPlural(t: Token): boolean {
  return /[^su]s$/u.test(t.text) && !/Name/.test(lookupTags(t.text));
}

/**
 * A department's word compromise's lexicon lacks ("Health", "Commerce", "Technology" in "Minister of
 * Health Budi Gunadi Sadikin"): six letters or more, a word the training text writes in lower case,
 * with two name words still after it. Shorter common words are family names too often ("Do", "Long").
 */
function isDepartmentWord(tokens: Token[], a: number, to: number): boolean {
  const w = tokens[a].text;
  return w.length >= 6 && to - a >= 3 && !/Name|Person|Place/.test(lookupTags(w)) && isMostlyLowerCase(w);
}

/**
 * A short family name that is also an English word ("Do Xuan Tuyen", "To Lam", "Tan Su Shan"):
 * capitalised, and every word after it to the end of the run a name word. Two letters, or three that
 * the training text does not write in lower case more often (so "Oil", "Tax" and "Gas" of a ministry's
 * name are skipped), no name particle ("Das Reich") and no department before a given name ("Secretary
 * of War William Howard Taft": a family name comes first where the given name is no English one).
 */
function isShortFamilyName(tokens: Token[], a: number, to: number): boolean {
  const t = tokens[a];
  if (!t.cap || t.upper || a + 1 >= to || !tokens.slice(a + 1, to).every(isNameWord)) return false;
  if (t.text.length === 2) return true;
  const w = t.text.toLowerCase();
  return t.text.length === 3 && !isMostlyLowerCase(w) && !NAME_PARTICLES.has(w) && !isFirstName(tokens[a + 1].text);
}

/** [from, to) of the name inside tokens[from, to), or null when the run holds no name. */
export function trimName(tokens: Token[], from: number, to: number): [number, number] | null {
  let a = from;
  while (a < to) {
    // "Datuk Seri Anwar Ibrahim", "Smt. Nirmala Sitharaman": an honorific is no part of the name.
    const honorific = honorificLength(tokens, a);
    if (honorific > 0) { a += honorific; continue; }
    if (isShortFamilyName(tokens, a, to)) break;
    if (!isNameWord(tokens[a]) || (a > from && isDepartmentPlural(tokens[a])) || isDepartmentWord(tokens, a, to)) { a++; continue; }
    const place = placeLengthAt(tokens, a, to);
    if (place > 0) { a += place; continue; }
    break;
  }
  if (a >= to) return null;
  for (let i = a; i < to; i++) {
    // A demonym-like word inside a name is a name word ("Pham Thai Nhu Mai").
    if (tokens[i].upper || (isNameStopWord(tokens[i]) && !(i > a && isDemonym(tokens[i])))) return null;
  }
  if (to - a > MAX_NAME_WORDS) return null;
  return [a, to];
}
