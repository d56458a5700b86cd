// Organizations named as examples of their kind: "firms such as Erdenes Mongol and MCS Group", "banks
// including Sberbank, VTB and Gazprombank", "bands like Slipknot". In the corpora's train and dev
// splits 45 of 53 names after such a plural kind noun are organizations. The recognizer reads a
// company named after a place by its name's look; the phrase says what it is. A country stays the
// place it is, a person stays a person (the recognizer's people there are people named as examples:
// "bands like Andy Kirk" is a bandleader), and an event is none ("festivals such as Cannes Film Festival").
import { candidateAt, claim, retypeCandidate, spanText, type SegmentState } from '../claims.ts';
import { isCalendarWord, isEnglishWord, isFirstName } from '../lexicon.ts';
import { EVENT_WORDS } from '../titles.ts';
import { lookupPlace } from '../places/gazetteer.ts';
import { capitalRunEnd } from '../tokens.ts';
import { isNameStopWord } from '../words.ts';

const KINDS = new Set([
  'companies', 'firms', 'banks', 'lenders', 'insurers', 'brands', 'airlines', 'carriers', 'automakers',
  'carmakers', 'retailers', 'manufacturers', 'corporations', 'conglomerates', 'publishers', 'newspapers',
  'broadcasters', 'networks', 'studios', 'labels', 'developers', 'operators', 'startups', 'organizations',
  'organisations', 'agencies', 'institutions', 'universities', 'charities', 'parties', 'bands', 'groups',
  'teams', 'exchanges', 'funds',
]);
const INTRODUCERS = [['such', 'as'], ['including'], ['like']];
const MAX_WORDS = 4;

/** The introducer's length when one starts at word i ("such as", "including", "like"), else 0. */
function introducerAt(state: SegmentState, i: number): number {
  for (const words of INTRODUCERS) {
    if (words.every((w, k) => state.tokens[i + k]?.text === w && (k === words.length - 1 || state.tokens[i + k].gapAfter === ' '))) return words.length;
  }
  return 0;
}

/** Makes the example [from, to) an organization where it is free or a place no gazetteer names a country. */
function markExample(state: SegmentState, from: number, to: number): void {
  const { tokens } = state;
  const words = tokens.slice(from, to);
  if (isNameStopWord(words[0]) || isCalendarWord(words[0].text) || (words.length === 1 && isEnglishWord(words[0].text))) return;
  // "Cannes Film Festival": an event is no organization.
  if (EVENT_WORDS.has(words[words.length - 1].text.toLowerCase())) return;
  // Part of a longer name ("Duchy of Lancaster", the "U" of "U.S."): the recognizer's call.
  const after = tokens[to];
  if (after && ((after.text === 'of' && tokens[to - 1].gapAfter === ' ') || (after.cap && /^\.$/.test(tokens[to - 1].gapAfter)))) return;
  const text = spanText(state, from, to);
  const place = lookupPlace(text);
  if (place?.kind === 'country' || place?.kind === 'region' || place?.kind === 'subdivision') return;
  if (state.owner[from] === -1) {
    // A known first name starts a person the recognizer left ("artists such as Andy Kirk").
    if (!isFirstName(words[0].text)) claim(state, { type: 'organization', from, to });
    return;
  }
  const c = candidateAt(state, from, to);
  if (c?.type === 'place') retypeCandidate(c, 'organization');
}

/** Finds the examples after a plural kind noun and "such as", "including" or "like". */
export function findKindExamples(state: SegmentState): void {
  const { tokens } = state;
  for (let k = 0; k + 1 < tokens.length; k++) {
    // Lower case, or capitalised only where it opens the segment ("Lenders including …").
    if (!KINDS.has(tokens[k].text.toLowerCase()) || (tokens[k].cap && k > 0)) continue;
    const gap = tokens[k].gapAfter;
    if (gap !== ' ' && gap !== ', ') continue;
    const n = introducerAt(state, k + 1);
    if (n === 0) continue;
    // The list: runs joined by ", ", " and ", " or " (", and").
    let i = k + 1 + n;
    if (tokens[i - 1].gapAfter !== ' ') continue;
    if (tokens[i]?.text === 'the' && tokens[i].gapAfter === ' ') i++;
    while (i < tokens.length && tokens[i].cap) {
      const to = capitalRunEnd(tokens, i, MAX_WORDS);
      markExample(state, i, to);
      const sep = tokens[to - 1].gapAfter;
      let next = to;
      if (tokens[next] && (tokens[next].text === 'and' || tokens[next].text === 'or') && (sep === ' ' || sep === ', ') && tokens[next].gapAfter === ' ') next++;
      else if (sep !== ', ') break;
      if (tokens[next]?.text === 'the' && tokens[next].gapAfter === ' ') next++;
      i = next;
    }
  }
}
