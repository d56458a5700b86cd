// Results lists name each competitor with their country in brackets: "Monica Seles ( U.S. ) beat
// Anne-Gaelle Sidot ( France ) 6-0 6-4", "68 Retief Goosen ( South Africa )". A name that opens with a
// known first name right before a bracketed country is a person; the recognizer, which has seen few
// results lists, drops some of them ("Monica Seles" in every position of that line). Names without a
// known first name ("Ajax ( Netherlands )", a club) are left to the recognizer.
import { claim, type SegmentState } from '../claims.ts';
import { lookupPlace, lookupPlaceAbbreviation } from '../places/gazetteer.ts';
import { isJoined, type Token } from '../tokens.ts';
import { isNameStopWord } from '../words.ts';
import { opensFirstNameRun } from './find-untitled-people.ts';

const MAX_COUNTRY_WORDS = 4;
const MAX_NAME_WORDS = 4;

/** The bracketed country starting at word k ("( U.S. )", "(South Africa)"): true when one is there. */
function isBracketedCountry(tokens: Token[], k: number): boolean {
  let end = k;
  while (end < tokens.length && end - k < MAX_COUNTRY_WORDS && !/\)/.test(tokens[end].gapAfter)) end++;
  if (end >= tokens.length || end - k >= MAX_COUNTRY_WORDS || !/^\.?\s*\)/.test(tokens[end].gapAfter)) return false;
  const text = tokens.slice(k, end + 1).map((t) => t.text).join(' ');
  const place = lookupPlace(text) ?? lookupPlaceAbbreviation(tokens.slice(k, end + 1).map((t, i) => t.text + (i < end - k ? tokens[k + i].gapAfter : '')).join(''));
  return place?.kind === 'country';
}

/**
 * The end of the free capitalised run a known first name opens at word i, or -1. Any capitalised word
 * may follow the first name here ("Nick Price ( Zimbabwe )", "Tom Kite"): the bracketed country already
 * says a competitor is named, so an English word is a surname as readily as any other.
 */
function competitorRunEnd(state: SegmentState, i: number): number {
  return opensFirstNameRun(state, i) ? nameRunEnd(state, i) : -1;
}

/** The end of the free capitalised run (two words or more, no grammar or kind word) that starts at word i, or -1. */
function plainRunEnd(state: SegmentState, i: number): number {
  const { tokens } = state;
  if (state.owner[i] !== -1 || !tokens[i].cap || isNameStopWord(tokens[i]) || (i > 0 && tokens[i - 1].cap && isJoined(tokens, i - 1))) return -1;
  const j = nameRunEnd(state, i);
  return j - i >= 2 ? j : -1;
}

/** Where the free capitalised words after word i end: joined, no grammar or kind word, at most MAX_NAME_WORDS in all. */
function nameRunEnd(state: SegmentState, i: number): number {
  const { tokens } = state;
  let j = i + 1;
  while (j < tokens.length && j - i < MAX_NAME_WORDS && isJoined(tokens, j - 1) && state.owner[j] === -1 && tokens[j].cap && !isNameStopWord(tokens[j])) j++;
  return j;
}

/** Word j opens "( Country )" right after the run that ends before it. */
function isBeforeBracketedCountry(tokens: Token[], j: number): boolean {
  return j < tokens.length && /^\s*\(\s*$/.test(tokens[j - 1].gapAfter) && isBracketedCountry(tokens, j);
}

/**
 * Claims each first-name-led name right before a bracketed country; then, in a line that lists such
 * people, the other names before a bracketed country too ("69 Tiger Woods ( U.S. ) , Justin Leonard (
 * U.S. )"): the line is a list of competitors. A line of clubs ("Dynamo Kiev ( Ukraine ) 3 Ajax (
 * Netherlands ) 1") names no person by a first name, so it is left to the recognizer.
 */
export function findBracketedNationals(state: SegmentState): void {
  const { tokens } = state;
  let listed = false;
  for (let i = 0; i < tokens.length; i++) {
    const j = competitorRunEnd(state, i);
    if (j < 0 || j - i < 2 || !isBeforeBracketedCountry(tokens, j)) continue;
    claim(state, { type: 'person', from: i, to: j });
    listed = true;
    i = j - 1;
  }
  if (!listed) return;
  for (let i = 0; i < tokens.length; i++) {
    const j = plainRunEnd(state, i);
    if (j < 0 || !isBeforeBracketedCountry(tokens, j) || lookupPlace(tokens[i].text)) continue;
    claim(state, { type: 'person', from: i, to: j });
    i = j - 1;
  }
}
