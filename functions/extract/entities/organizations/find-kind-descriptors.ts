// Organizations named with a singular noun of their kind: right after it ("Indonesian ride-hailing firm
// Gojek", "e-commerce giant Tokopedia", "the Japanese newspaper Nikkei", "chipmaker SK Hynix", "the band
// Boom Boom Satellites"), or with it in apposition ("Keidanren, Japan's biggest business lobby, said",
// "the state's own oil company, Petros, is"). News introduces a company this way the first time it
// names it, and a one-word name that is no English word and no known first name gives the recognizer
// nothing else to go on, so it reads "Gojek" a person as often as an organization. Of the capitalised
// words right after these nouns in the corpora's train and dev splits, 112 of 133 start an
// organization; most of the rest are people the first-name check keeps ("broadcaster Peter Jones") and
// single English words ("the group Pilot"), which this leaves alone. A stated type outweighs the
// recognizer's on the name's other mentions (unify-name-types.ts).
import { candidateAt, claim, isFree, resizeCandidate, retypeCandidate, spanText, type SegmentState } from '../claims.ts';
import { isCalendarWord, isEnglishWord, isFirstName } from '../lexicon.ts';
import { lookupPlace } from '../places/gazetteer.ts';
import { EVENT_WORDS, ORG_HEADS } from '../titles.ts';
import { capitalRunEnd } from '../tokens.ts';
import { isDemonym, isNameStopWord } from '../words.ts';

/**
 * Nouns that say what kind of organization the next name is. Not nouns a person is as often as a firm
 * ("producer", "developer", "partner", "rival", "investor", "owner") nor things the corpora leave
 * unnamed ("magazine", "app", "platform").
 */
const KIND_NOUNS = new Set([
  'company', 'firm', 'group', 'giant', 'conglomerate', 'corporation', 'maker', 'carmaker', 'automaker',
  'chipmaker', 'drugmaker', 'steelmaker', 'planemaker', 'shipbuilder', 'carrier', 'airline', 'lender',
  'bank', 'insurer', 'retailer', 'startup', 'start-up', 'unicorn', 'operator', 'manufacturer', 'miner',
  'refiner', 'exporter', 'supplier', 'distributor', 'broadcaster', 'newspaper', 'daily', 'tabloid',
  'agency', 'publisher', 'label', 'band', 'club', 'party', 'outfit', 'regulator', 'watchdog', 'utility',
  'service', 'team', 'side', 'charity', 'organization', 'organisation', 'movement', 'subsidiary', 'lobby', 'association',
  'fund', 'brokerage', 'consultancy',
]);
const DETERMINERS = new Set(['the', 'a', 'an', 'another', 'its', 'their']);
/** Words that may follow the kind noun ending an apposition: it is the noun phrase's head, not a modifier ("a party official"). */
const HEAD_FOLLOWERS = new Set(['that', 'which', 'whose', 'with', 'in', 'by', 'of', 'for', 'and', 'controlled', 'owned', 'based', 'backed', 'run', 'led', 'founded', 'listed']);
const MAX_MODIFIERS = 4;
const MAX_WORDS = 4;

/** The run is a name: it opens with no grammar word, date or known first name (unless allowed), and one word alone is no English word. */
function mayBeOrganization(state: SegmentState, from: number, to: number, firstNameToo = false): boolean {
  const words = state.tokens.slice(from, to);
  if (isNameStopWord(words[0]) || isCalendarWord(words[0].text) || (!firstNameToo && isFirstName(words[0].text))) return false;
  if (words.length === 1 && (isEnglishWord(words[0].text) || words[0].text.length < 2)) return false;
  return !EVENT_WORDS.has(words[words.length - 1].text.toLowerCase());
}

/** Makes the name [from, to) an organization the sentence says it is: claimed when free, retyped from a person or a town. */
function markOrganization(state: SegmentState, from: number, to: number): void {
  if (state.owner[from] === -1) {
    let free = from;
    while (free < to && state.owner[free] === -1) free++;
    if (free === to || mayBeOrganization(state, from, free)) claim(state, { type: 'organization', from, to: free, stated: true });
    return;
  }
  const id = state.owner[from];
  const c = candidateAt(state, from, state.candidates[id].to);
  if (!c) return;
  // "Japanese side Nagoya Grampus Eight": the name runs on past the town the recognizer read.
  if (c.to < to && isFree(state, c.to, to)) resizeCandidate(state, id, c.from, to);
  // A country or a region stays a place ("the team Brazil"); a town is a company's name ("carmaker Toyota").
  const place = c.type === 'place' ? lookupPlace(spanText(state, c.from, c.to)) : undefined;
  if (place && place.kind !== 'city') return;
  if (c.type !== 'organization') retypeCandidate(c, 'organization');
  c.stated = true;
}

/**
 * The kind noun heading an apposition that starts at word i after a name's comma ("the conglomerate
 * controlled by", "Japan's biggest business lobby,"), as its index, or -1: a determiner (with a possessive
 * noun: "the country's"), or a possessive name, lower-case modifiers or demonyms, the kind noun, then a comma, the end, or a word that follows a head;
 * or a determiner and capitalised words ending in an organization's head noun, then a comma or the end
 * ("the Japan Business Federation").
 */
function appositionHead(state: SegmentState, i: number): number {
  const { tokens } = state;
  let k = i;
  if (tokens[k] && DETERMINERS.has(tokens[k].text)) {
    k++;
    // "Keidanren, the Japan Business Federation,": the apposition is the organization's own name.
    if (tokens[k]?.cap && tokens[k - 1].gapAfter === ' ') {
      let e = k;
      while (tokens[e + 1]?.cap && tokens[e].gapAfter === ' ') e++;
      const last = tokens[e];
      const end = tokens[e + 1];
      if (e > k && ORG_HEADS.has(last.text.toLowerCase()) && !last.possessive && (!end || /^[,.;:]/.test(last.gapAfter))) return e;
    }
    // "the country's largest telecoms operator", "the world's second-largest memory chipmaker".
    if (tokens[k] && !tokens[k].cap && tokens[k].possessive) k++;
  } else {
    while (tokens[k]?.cap && !tokens[k].possessive && tokens[k].gapAfter === ' ') k++;
    if (!tokens[k]?.cap || !tokens[k].possessive) return -1;
    k++;
  }
  for (let n = 0; n <= MAX_MODIFIERS && tokens[k]; n++, k++) {
    const t = tokens[k];
    // Lower-case modifiers, or a demonym ("the Swiss bank").
    if ((t.cap && !isDemonym(t)) || t.possessive || tokens[k - 1].gapAfter !== ' ') return -1;
    if (!KIND_NOUNS.has(t.text)) {
      if (HEAD_FOLLOWERS.has(t.text) || /^\p{N}/u.test(t.text)) return -1;
      continue;
    }
    const gap = t.gapAfter;
    const next = tokens[k + 1];
    if (!next || /^[,.;:]/.test(gap) || (gap === ' ' && HEAD_FOLLOWERS.has(next.text))) return k;
    return -1;
  }
  return -1;
}

/** "Keidanren, Japan's biggest business lobby, said": the name before a comma and an apposition headed by a kind noun. */
function findAppositions(state: SegmentState): void {
  const { tokens } = state;
  for (let e = 1; e < tokens.length; e++) {
    if (tokens[e - 1].gapAfter !== ', ' || !tokens[e - 1].cap || tokens[e - 1].possessive || appositionHead(state, e) < 0) continue;
    const id = state.owner[e - 1];
    let from = e - 1;
    if (id !== -1) {
      const c = state.candidates[id];
      if (c.to !== e) continue;
      from = c.from;
    } else {
      while (from > 0 && e - from < MAX_WORDS && tokens[from - 1].cap && state.owner[from - 1] === -1 && tokens[from - 1].gapAfter === ' ' && !tokens[from - 1].possessive) from--;
      while (from < e - 1 && isNameStopWord(tokens[from])) from++;
    }
    markOrganization(state, from, e);
  }
}

/** Makes the name after each kind noun an organization: claimed when free, retyped from a person or a town. */
function findDescribedNames(state: SegmentState): void {
  const { tokens } = state;
  for (let k = 0; k + 1 < tokens.length; k++) {
    // "the party's Ottawa nomination": a possessive kind noun owns what follows, it does not name it.
    if (tokens[k].cap || tokens[k].possessive || !KIND_NOUNS.has(tokens[k].text) || !tokens[k + 1].cap) continue;
    const gap = tokens[k].gapAfter;
    if (gap !== ' ' && gap !== ', ') continue;
    const from = k + 1;
    const to = capitalRunEnd(tokens, from, MAX_WORDS);
    // "Sarawak's own oil company, Petros, is in talks", "their earlier company, Adallom.": after a
    // comma, only a name that ends its clause ("a good company, Peter Jones said" is someone speaking).
    if (gap === ', ' && !/^[,.;]/.test(tokens[to - 1].gapAfter)) continue;
    // Part of a longer name ("the band Tears for Fears", "the party Movement for Rights"): the recognizer's call.
    if ((tokens[to]?.text === 'of' || tokens[to]?.text === 'for') && tokens[to - 1].gapAfter === ' ' && tokens[to + 1]?.cap) continue;
    // "the group Article 9 Association": a number inside carries the name on.
    if (/^\d/.test(tokens[to]?.text ?? '') && tokens[to - 1].gapAfter === ' ') continue;
    // An apposition the commas enclose says what the name is even when a first name opens it, as a
    // following one does (findAppositions).
    if (mayBeOrganization(state, from, to, gap === ', ')) markOrganization(state, from, to);
  }
}

/** Organizations the sentence names with their kind, before or in apposition. */
export function findKindDescriptors(state: SegmentState): void {
  findDescribedNames(state);
  findAppositions(state);
}
