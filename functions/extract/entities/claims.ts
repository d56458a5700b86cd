// One segment's words and which entity (if any) each word already belongs to. Rules run in order of
// confidence (titled people, organizations, places, then context rules); a word claimed by one rule is
// not reused by a later one, so no span is both a person and a place.
import type { EntityType } from '../types.ts';
import type { Token } from './tokens.ts';

export interface Candidate {
  type: EntityType;
  /** First word (index into the segment's tokens) and one past the last. */
  from: number;
  to: number;
  /** A canonical key chosen by the rule (a gazetteer name, an acronym's expansion); else the text's key. */
  key?: string;
  /** Acronym written in parentheses after the name ("(IAEA)"): index of its token. */
  acronym?: number;
  /** Places a hyphen joins before the noun they qualify ("US-China trade"): each part is a mention of its own. */
  placePair?: boolean;
  /** The sentence says what the name is ("ride-hailing firm Gojek"): the type its other mentions take. */
  stated?: boolean;
}

export interface SegmentState {
  tokens: Token[];
  /** The candidate index each word belongs to, or -1. */
  owner: number[];
  candidates: Candidate[];
  /** The segment's text and its offset in the document, for slicing spans. */
  text: string;
  offset: number;
}

export function createState(tokens: Token[], text: string, offset: number): SegmentState {
  return { tokens, owner: tokens.map(() => -1), candidates: [], text, offset };
}

export function isFree(state: SegmentState, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (state.owner[i] !== -1) return false;
  return true;
}

/** Records a candidate that overlaps others on purpose (a place named inside an organization's name). */
export function addNested(state: SegmentState, candidate: Candidate): void {
  state.candidates.push(candidate);
}

/** Records a candidate and claims its words; refuses when any word is already claimed. */
export function claim(state: SegmentState, candidate: Candidate): boolean {
  if (candidate.from >= candidate.to || !isFree(state, candidate.from, candidate.to)) return false;
  const id = state.candidates.length;
  state.candidates.push(candidate);
  for (let i = candidate.from; i < candidate.to; i++) state.owner[i] = id;
  if (candidate.acronym !== undefined && state.owner[candidate.acronym] === -1) state.owner[candidate.acronym] = id;
  return true;
}

/** The candidate that claims exactly the words [from, to), if one does. */
export function candidateAt(state: SegmentState, from: number, to: number): Candidate | undefined {
  const id = state.owner[from];
  const c = id === undefined || id === -1 ? undefined : state.candidates[id];
  return c && c.from === from && c.to === to ? c : undefined;
}

/**
 * Gives a claimed candidate another type (a later step knows better what it names); its key is the one
 * given, or none, since a key chosen for the old type (a gazetteer place's) names the wrong thing.
 */
export function retypeCandidate(c: Candidate, type: EntityType, key?: string): void {
  c.type = type;
  if (key === undefined) delete c.key;
  else c.key = key;
}

/**
 * Moves the edges of claimed candidate `id` to [from, to): words it gives up are freed, and the words
 * it takes on, which the caller has found free, become its own.
 */
export function resizeCandidate(state: SegmentState, id: number, from: number, to: number): void {
  const c = state.candidates[id];
  for (let i = c.from; i < c.to; i++) if ((i < from || i >= to) && state.owner[i] === id) state.owner[i] = -1;
  for (let i = from; i < to; i++) if (i < c.from || i >= c.to) state.owner[i] = id;
  c.from = from;
  c.to = to;
}

/** The document text from word `from` to the end of word `to - 1`. */
export function spanText(state: SegmentState, from: number, to: number): string {
  return state.text.slice(state.tokens[from].start - state.offset, state.tokens[to - 1].end - state.offset);
}
