// Organizations named by a definition without a head noun: "Electricity of Vietnam (EVN)". The phrase
// before the parenthesis must contain the acronym's letters in order from its first word's initial,
// must not be a known place ("Democratic Republic of the Congo (DRC)") nor a phrase of common words
// ("Comprehensive Strategic Partnership (CSP)", "Free Trade Agreement (FTA)").
import { claim, type SegmentState } from '../claims.ts';
import { isEnglishWord } from '../lexicon.ts';
import { lookupPlace } from '../places/gazetteer.ts';
import { isJoined } from '../tokens.ts';
import { COMMON_ACRONYMS } from '../titles.ts';
import { isDemonym, lower } from '../words.ts';

const CONNECTORS = new Set(['of', 'for', 'and', 'the', 'on', 'in']);

function lettersInOrder(acronym: string, phrase: string): boolean {
  const letters = phrase.toLowerCase().replace(/[^\p{L}]/gu, '');
  let k = 0;
  for (const ch of acronym.toLowerCase()) {
    k = letters.indexOf(ch, k);
    if (k < 0) return false;
    k++;
  }
  return letters[0] === acronym[0].toLowerCase();
}

export function findDefinedAcronyms(state: SegmentState): void {
  const { tokens } = state;
  for (let a = 1; a < tokens.length; a++) {
    const acronym = tokens[a];
    if (!acronym.upper || state.owner[a] !== -1 || COMMON_ACRONYMS.has(acronym.text) || acronym.text.length < 2) continue;
    if (tokens[a - 1].gapAfter !== ' (' || !acronym.gapAfter.startsWith(')')) continue;
    // Walk left over capitalised words and connectors, to the start of the phrase.
    let from = a;
    while (from > 0 && state.owner[from - 1] === -1 && (from === a || isJoined(tokens, from - 1))) {
      const t = tokens[from - 1];
      if (t.cap && !t.upper) { from--; continue; }
      if (CONNECTORS.has(lower(t)) && tokens[from]?.cap) { from--; continue; }
      break;
    }
    while (from < a && !tokens[from].cap) from++;
    while (from < a && isDemonym(tokens[from])) from++;
    const words = tokens.slice(from, a).filter((t) => t.cap);
    if (words.length < 2) continue;
    const phrase = tokens.slice(from, a).map((t) => t.text).join(' ');
    if (lookupPlace(phrase) || words.every((t) => isEnglishWord(t.text)) || !lettersInOrder(acronym.text, phrase)) continue;
    claim(state, { type: 'organization', from, to: a, acronym: a });
  }
}
