// Places a hyphen joins into one word: "US-China trade", "the India-Pakistan border", "Việt
// Nam-Kazakhstan ties", "a Japan-South Korea summit", "the Vientiane-Hà Nội expressway". News writes
// relations, borders and routes this way; the recognizer reads the compound as one name (an
// organization, a place, or none) or cuts it at the wrong word, but each part is a place of its own.
// Claimed before any other step. A compound the gazetteer knows whole stays one place ("Guinea-Bissau",
// "Timor-Leste"), and one inside a longer name stays in it ("Việt Nam–Kazakhstan Business Council").
import { candidateAt, claim, retypeCandidate, spanText, type SegmentState } from '../claims.ts';
import { lookupPlace, lookupPlaceAbbreviation } from './gazetteer.ts';
import type { PlaceKind } from './gazetteer-table.ts';
import { lookupTags } from '../lexicon.ts';

export interface PlacePart {
  text: string;
  start: number;
  end: number;
  key: string;
  kind: PlaceKind;
}

const HYPHEN = /[-‐‑–]/u;
// A sentence's capitalised article before the compound ("A Japan-South Korea summit") is none of it.
const ARTICLES = new Set(['The', 'A', 'An']);

/** The places a hyphen joins in `text` (starting at document offset `start`), or null when it is no such pair. */
export function placePairParts(text: string, start: number): PlacePart[] | null {
  if (!HYPHEN.test(text) || lookupPlace(text)) return null;
  const parts: PlacePart[] = [];
  let offset = 0;
  for (const part of text.split(HYPHEN)) {
    const entry = part && (lookupPlace(part) ?? lookupPlaceAbbreviation(part));
    if (!entry) return null;
    parts.push({ text: part, start: start + offset, end: start + offset + part.length, key: entry.key, kind: entry.kind });
    offset += part.length + 1;
  }
  return parts.length >= 2 ? parts : null;
}

/**
 * Countries or cities joined before the noun they qualify ("US-China trade", "India-Pakistan border",
 * "Hanoi-Haiphong expressway"): the use that names two places. A compound used as a noun is often one
 * place of its own ("Austria-Hungary declared war", the constituency "Leitrim-Sligo"), as the corpora
 * annotate it.
 */
function isModifierPair(state: SegmentState, to: number, parts: PlacePart[] | null): boolean {
  if (!parts || !parts.every((p) => p.kind === 'country' || p.kind === 'city')) return false;
  const next = state.tokens[to];
  if (!next || state.tokens[to - 1].gapAfter !== ' ' || next.cap || !/^\p{Ll}/u.test(next.text)) return false;
  return !/Verb|Tense|Copula|Modal|Auxiliary|Preposition|Conjunction|Determiner|Pronoun|Adverb/.test(lookupTags(next.text));
}

/** Claims free compounds of places as places, and retypes a name the recognizer read that is one. */
export function findPlacePairs(state: SegmentState): void {
  const { tokens } = state;
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i].cap || ARTICLES.has(tokens[i].text) || (i > 0 && tokens[i - 1].cap && tokens[i - 1].gapAfter === ' ' && !ARTICLES.has(tokens[i - 1].text))) continue;
    let to = i + 1;
    while (to < tokens.length && tokens[to].cap && tokens[to - 1].gapAfter === ' ') to++;
    const text = spanText(state, i, to);
    if (isModifierPair(state, to, placePairParts(text, tokens[i].start))) {
      const c = candidateAt(state, i, to);
      if (state.owner[i] === -1) claim(state, { type: 'place', from: i, to, placePair: true });
      else if (c) { retypeCandidate(c, 'place'); c.placePair = true; }
    }
    i = to - 1;
  }
}
