// Places from the gazetteer (longest match over capitalised words, with a compass prefix: "East
// Kazakhstan", "Southeast Asia") and from head nouns ("Hai Duong Province", "Abay region", "Cam Ranh
// city", "South China Sea", "Ba Dinh District"). Spans hold no punctuation, possessive or lower-case
// adjective ("northern Hai Duong Province" → "Hai Duong Province"). A demonym is never a place.
import { claim, isFree, type SegmentState } from '../claims.ts';
import { isCalendarWord, isEnglishWord, lookupTags } from '../lexicon.ts';
import { isJoined } from '../tokens.ts';
import { matchKey } from '../../keys.ts';
import { COMPASS_WORDS, LOWERCASE_PLACE_HEADS, PLACE_HEADS, ROLE_HEADS, ROLE_WORDS } from '../titles.ts';
import { isDemonym, isNameStopWord, lower } from '../words.ts';
import { longestPlaceName, lookupPlace, lookupPlaceAbbreviation } from './gazetteer.ts';

/** End of "of X" after word h when X is capitalised and unclaimed, else -1. */
function ofComplementEnd(state: SegmentState, h: number): number {
  const { tokens } = state;
  if (!isJoined(tokens, h) || tokens[h + 1]?.text !== 'of' || !isJoined(tokens, h + 1)) return -1;
  let j = h + 2;
  while (j < tokens.length && tokens[j].cap && state.owner[j] === -1) {
    j++;
    if (!isJoined(tokens, j - 1)) break;
  }
  return j > h + 2 ? j : -1;
}

/** Head-noun places: capitalised words followed by a place head. */
function findHeadedPlaces(state: SegmentState): void {
  const { tokens } = state;
  for (let h = 1; h < tokens.length; h++) {
    const head = tokens[h];
    const w = lower(head);
    if (head.upper || state.owner[h] !== -1) continue;
    if (head.cap ? !PLACE_HEADS.has(w) : !LOWERCASE_PLACE_HEADS.has(w)) continue;
    // A later head in the same run makes the longer name.
    if (head.cap && isJoined(tokens, h) && tokens[h + 1]?.cap && PLACE_HEADS.has(lower(tokens[h + 1]))) continue;
    let from = h;
    while (from > 0 && isJoined(tokens, from - 1) && tokens[from - 1].cap && state.owner[from - 1] === -1
      && !ROLE_HEADS.has(lower(tokens[from - 1])) && !isCalendarWord(tokens[from - 1].text)
      && !/Determiner|Preposition|Conjunction|Pronoun/.test(lookupTags(tokens[from - 1].text))) from--;
    while (from < h && (isDemonym(tokens[from]) || ROLE_WORDS.has(lower(tokens[from])) || /Determiner|Preposition|Conjunction|Pronoun/.test(lookupTags(tokens[from].text)))) from++;
    if (from === h) {
      // "Gulf of Mexico", "Sea of Japan": a capitalised head with an "of" complement.
      const end = head.cap ? ofComplementEnd(state, h) : -1;
      if (end > 0) claim(state, { type: 'place', from: h, to: end });
      continue;
    }
    // "Hai Duong Province" and "Hai Duong", "Abay region" and "Abay" are one place when the gazetteer
    // knows the name without its head.
    const known = ADMINISTRATIVE_HEADS.has(w) ? lookupPlace(tokens.slice(from, h).map((t) => t.text).join(' ')) : undefined;
    claim(state, { type: 'place', from, to: h + 1, key: known?.key });
  }
}

/** Heads of administrative units, whose name is also used alone. */
const ADMINISTRATIVE_HEADS = new Set(['province', 'district', 'region', 'state', 'oblast', 'county', 'prefecture']);

/** Gazetteer places: the longest run of capitalised words that names a known place. */
function findGazetteerPlaces(state: SegmentState): void {
  const { tokens } = state;
  const longest = longestPlaceName();
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i].cap || state.owner[i] !== -1) continue;
    // A sentence-initial "The" is not part of a place's name ("The Lao officials").
    if (/Determiner|Preposition|Conjunction|Pronoun/.test(lookupTags(tokens[i].text))) continue;
    const abbreviation = tokens[i].upper ? lookupPlaceAbbreviation(tokens[i].text) : undefined;
    let best = -1;
    let key = '';
    let n = i;
    let words = '';
    for (; n < tokens.length && n - i < longest; n++) {
      // "Democratic Republic of the Congo", "Bosnia and Herzegovina": small words inside a name.
      const small = (k: number) => /^(?:of|the|and|de|du|la|del)$/.test(tokens[k]?.text ?? '');
      const inner = n > i && small(n) && (tokens[n + 1]?.cap || (small(n + 1) && tokens[n + 2]?.cap));
      if ((!tokens[n].cap && !inner) || state.owner[n] !== -1) break;
      words = words ? `${words} ${tokens[n].text}` : tokens[n].text;
      const entry = lookupPlace(words);
      if (entry && acceptMatch(state, i, n + 1, entry.kind, entry.key)) { best = n + 1; key = entry.key; }
      if (!isJoined(tokens, n)) break;
    }
    // "US$584 million" is money, not the United States.
    const beforeMoney = /^[$€£¥₫₸]/u.test(tokens[i].gapAfter);
    if (best < 0 && abbreviation && !beforeMoney && !tokens[i - 1]?.upper && !tokens[i + 1]?.upper) { best = i + 1; key = abbreviation.key; }
    if (best < 0) continue;
    let from = i;
    // "East Kazakhstan", "Southeast Asia": a capitalised compass word makes a region with its own key.
    if (i > 0 && tokens[i - 1].cap && COMPASS_WORDS.has(lower(tokens[i - 1])) && isJoined(tokens, i - 1) && state.owner[i - 1] === -1) {
      from = i - 1;
      key = '';
    }
    if (isFree(state, from, best)) claim(state, { type: 'place', from, to: best, key: key || undefined });
    i = best - 1;
  }
}

/**
 * Guards against place names that are also words or parts of longer names: a one-word city must not be
 * an English word or a month ("Mission", "March"), nor a short all-capital word ("UN" is not the town
 * Un), a demonym is never a place, and the match must be the whole capitalised run.
 */
function acceptMatch(state: SegmentState, from: number, to: number, kind: string, key: string): boolean {
  const { tokens } = state;
  if (to - from === 1) {
    const t = tokens[from];
    // A country's own common name is a place ("Laos") whatever the lexicon says of the word; other
    // one-word matches that are demonyms are not ("Lao", "Saudi" are listed as short country names).
    const commonName = kind === 'country' && matchKey(t.text) === key;
    if (t.upper && t.text.length <= 3) return false;
    if (!commonName && isDemonym(t)) return false;
    if ((kind === 'city' || kind === 'subdivision') && (isEnglishWord(t.text) || isCalendarWord(t.text) || isNameStopWord(t))) return false;
  }
  // Capitalised words next to the match that belong to no other entity make it part of an unknown
  // longer name ("Garuda Indonesia", "Chu Dau pottery village"): not a place mention. Sentence-initial
  // grammar words ("In Vietnam", "Today Vietnam") do not count.
  const partOfName = (i: number) => state.owner[i] === -1 && tokens[i].cap && !COMPASS_WORDS.has(lower(tokens[i]))
    && !isCalendarWord(tokens[i].text) && !/Determiner|Preposition|Conjunction|Pronoun|Adverb|Date|QuestionWord/.test(lookupTags(tokens[i].text));
  const before = from > 0 && isJoined(tokens, from - 1) && partOfName(from - 1);
  const after = to < tokens.length && isJoined(tokens, to - 1) && partOfName(to);
  return !before && !after;
}

export function findPlaces(state: SegmentState): void {
  findHeadedPlaces(state);
  findGazetteerPlaces(state);
}
