// Places named after a locative preposition that the recognizer left: "In Port-au-Prince, the prime
// minister's office…", "flights to Vientiane". The whole capitalised run after the preposition must be
// a place the gazetteer knows; part of a longer name ("in Kenya Airways") is left alone.
import { claim, type SegmentState } from '../claims.ts';
import { lookupPlace } from './gazetteer.ts';
import { isCalendarWord, isEnglishWord, lookupTags } from '../lexicon.ts';
import { isNameStopWord } from '../words.ts';
import { isMostlyLowerCase } from '../model/recognize-names.ts';

// The prepositions, and the verbs of travel whose object is where one goes ("after visiting Hiroshima").
const LOCATIVES = new Set(['in', 'at', 'from', 'to', 'near', 'into', 'across', 'outside', 'around', 'towards', 'toward', 'via', 'throughout',
  'visit', 'visits', 'visited', 'visiting', 'tour', 'tours', 'toured', 'touring']);
const MAX_WORDS = 4;

/** A noun by compromise's lexicon, or a word it lacks that the training text writes in lower case ("rhythms"). */
function isNoun(word: string): boolean {
  const tags = lookupTags(word);
  if (tags) return /Noun|Plural|Singular|Uncountable/.test(tags) && !/Preposition|Verb|Tense|Determiner|Conjunction|Adverb/.test(tags);
  return isMostlyLowerCase(word);
}

export function findLocativePlaces(state: SegmentState): void {
  const { tokens } = state;
  for (let p = 0; p + 1 < tokens.length; p++) {
    if (!LOCATIVES.has(tokens[p].text.toLowerCase()) || tokens[p].gapAfter !== ' ') continue;
    const from = p + 1;
    let to = from;
    while (to < tokens.length && to - from < MAX_WORDS && tokens[to].cap && state.owner[to] === -1 && (to === from || (tokens[to - 1].gapAfter === ' ' && !tokens[to - 1].possessive))) to++;
    if (to === from || (tokens[to]?.cap && tokens[to - 1].gapAfter === ' ')) continue;
    // "in March", "to Split", "in Western": a month, grammar or one English word is the recognizer's call.
    const first = tokens[from];
    if (isCalendarWord(first.text) || isNameStopWord(first) || (to - from === 1 && isEnglishWord(first.text))) continue;
    // "dances to Caribbean rhythms": a place before a noun qualifies it.
    const next = tokens[to];
    if (next && !next.cap && tokens[to - 1].gapAfter === ' ' && isNoun(next.text)) continue;
    const place = lookupPlace(state.text.slice(tokens[from].start - state.offset, tokens[to - 1].end - state.offset));
    if (place) claim(state, { type: 'place', from, to, key: place.key });
  }
}
