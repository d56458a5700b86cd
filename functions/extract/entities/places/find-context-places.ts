// Places recognised from their neighbours rather than the gazetteer:
// - a list whose other items are places: "Nha Trang, Phu Quoc, and Da Nang", "between Almaty and X";
// - a place followed by its country: "Geneva, Switzerland";
// - after the recognizer: a list item it read as a person among places (retypeListPlaces).
// The unknown item must look like a name (capitalised words that are not English words, roles or
// demonyms) and be at most three words.
import { candidateAt, claim, type SegmentState } from '../claims.ts';
import { isFirstName } from '../lexicon.ts';
import { isJoined } from '../tokens.ts';
import { isNameWord, lower } from '../words.ts';

const MAX_PLACE_WORDS = 3;

interface Item { from: number; to: number }

/** The capitalised run starting at i (whether claimed or not), ending at a gap that is not one space. */
function runAt(state: SegmentState, i: number): Item | null {
  const { tokens } = state;
  if (!tokens[i]?.cap) return null;
  let j = i;
  while (j + 1 < tokens.length && isJoined(tokens, j) && tokens[j + 1].cap) j++;
  return { from: i, to: j + 1 };
}

function isPlaceItem(state: SegmentState, item: Item): boolean {
  return candidateAt(state, item.from, item.to)?.type === 'place';
}

function isUnknownName(state: SegmentState, item: Item): boolean {
  if (item.to - item.from > MAX_PLACE_WORDS) return false;
  for (let i = item.from; i < item.to; i++) {
    if (state.owner[i] !== -1 || !isNameWord(state.tokens[i])) return false;
  }
  return true;
}

/** Splits the segment into lists of capitalised items joined by ", ", ", and" or " and ". */
function findLists(state: SegmentState): Item[][] {
  const { tokens } = state;
  const lists: Item[][] = [];
  let current: Item[] = [];
  let i = 0;
  while (i < tokens.length) {
    const item = runAt(state, i);
    if (!item) { if (current.length > 1) lists.push(current); current = []; i++; continue; }
    current.push(item);
    const last = tokens[item.to - 1];
    let next = item.to;
    if (last.possessive) { next = -1; }
    else if (last.gapAfter === ', ' && tokens[next] && lower(tokens[next]) === 'and' && tokens[next].gapAfter === ' ') next += 1;
    else if (last.gapAfter === ', ') { /* next item */ }
    else if (last.gapAfter === ' ' && tokens[next] && lower(tokens[next]) === 'and' && tokens[next].gapAfter === ' ') next += 1;
    else next = -1;
    if (next < 0 || !tokens[next]?.cap) {
      if (current.length > 1) lists.push(current);
      current = [];
      i = item.to;
      continue;
    }
    i = next;
  }
  if (current.length > 1) lists.push(current);
  return lists;
}

const LOCATIVE = new Set(['in', 'at', 'from', 'to', 'near', 'outside', 'inside', 'of', 'across', 'around']);

/** Two items joined only by a comma are a list only with an "and" somewhere ("Meanwhile, Vietnam" is not). */
function isRealList(state: SegmentState, list: Item[]): boolean {
  if (list.length >= 3) return true;
  return state.tokens.slice(list[0].to, list[1].from).some((t) => lower(t) === 'and');
}

/**
 * In a list whose other items are places, an item read as a person without a first name is a place too
 * ("Nha Trang, Phu Quoc, and Da Nang"): a list names things of one kind, and an unknown two-word name
 * from a language with one-syllable words looks like a person's name to the statistics.
 */
export function retypeListPlaces(state: SegmentState): void {
  for (const list of findLists(state)) {
    if (list.length < 3 || !isRealList(state, list)) continue;
    const items = list.map((item) => candidateAt(state, item.from, item.to));
    const places = items.filter((c) => c?.type === 'place').length;
    const people = items.filter((c) => c?.type === 'person').length;
    if (places < 2 || places <= people) continue;
    for (const c of items) {
      if (c?.type === 'person' && !isFirstName(lower(state.tokens[c.from]))) c.type = 'place';
    }
  }
}

export function findContextPlaces(state: SegmentState): void {
  for (const list of findLists(state)) {
    if (!isRealList(state, list)) continue;
    if (!list.some((item) => isPlaceItem(state, item))) continue;
    for (const item of list) {
      if (isUnknownName(state, item)) claim(state, { type: 'place', from: item.from, to: item.to });
    }
  }
}

/** "in Geneva, Switzerland", "in Taylor, Texas": an unknown name after a locative word, right before ", <known place>". */
export function findPlacesBeforeTheirRegion(state: SegmentState): void {
  const { tokens } = state;
  for (let i = 0; i < tokens.length; i++) {
    const item = runAt(state, i);
    if (!item) continue;
    const after = item.to;
    if (tokens[after - 1].gapAfter === ', ' && tokens[after]) {
      const country = runAt(state, after);
      const id = country ? state.owner[country.from] : -1;
      const before = tokens[item.from - 1];
      const locative = before && before.gapAfter === ' ' && LOCATIVE.has(lower(before));
      if (country && locative && !tokens[country.to - 1].possessive && id !== -1 && state.candidates[id].type === 'place' && state.candidates[id].to === country.to
        && isUnknownName(state, item)) {
        claim(state, { type: 'place', from: item.from, to: item.to });
      }
    }
    i = item.to - 1;
  }
}
