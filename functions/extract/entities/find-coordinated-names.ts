// Organizations joined by "and", "or" or a list's commas are of one kind ("Hoechst and Bayer were little
// changed", "Sberbank, VTB and Gazprombank"): an unknown capitalised name the recognizer left beside an
// organization is one too (+0.003 organization F1 on both held-out dev halves). Only names made of
// words compromise's lexicon does not know as English words, so "Trade and Industry" stays out; not
// beside people or places, where it cost 0.004–0.007 person F1 (a person's neighbours in a list are
// as often works, bands or titles the corpora leave unlabelled).
import { claim, retypeCandidate, type SegmentState } from './claims.ts';
import { isCalendarWord, isEnglishWord, isFirstName, lookupTags } from './lexicon.ts';
import type { Token } from './tokens.ts';
import { isNameStopWord } from './words.ts';

const MAX_WORDS = 3;
const CONJUNCTIONS = new Set(['and', 'or']);

/** A word a name no step found may be made of: capitalised, no grammar, no English, calendar or first-name word. */
function isUnknownNameWord(t: Token): boolean {
  // A known first name starts a person the recognizer left ("Google and Larry Ellison").
  if (!t.cap || t.upper || isNameStopWord(t) || isCalendarWord(t.text) || isEnglishWord(t.text) || isFirstName(t.text)) return false;
  return !/Determiner|Preposition|Conjunction|Pronoun|Adverb|Verb/.test(lookupTags(t.text));
}

/** Where the name joined after word `end - 1` starts ("X, Y", "X and Y", "X, and Y"), or -1. */
function joinedAfter(tokens: Token[], end: number): number {
  const gap = tokens[end - 1]?.gapAfter;
  if (end >= tokens.length || gap === undefined || tokens[end - 1].possessive) return -1;
  if (CONJUNCTIONS.has(tokens[end].text) && (gap === ' ' || gap === ', ') && tokens[end].gapAfter === ' ') return end + 1;
  return gap === ', ' ? end : -1;
}

/**
 * "Safran and General Electric", "Lukoil and Uzbekneftegaz": a one-word person of unknown name words
 * that "and" joins to an organization is an organization too (the recognizer reads an unknown company's
 * one word as a surname; a surname alone beside a company is rare in news).
 */
function retypeJoinedPeople(state: SegmentState): void {
  const { tokens, candidates } = state;
  const organizationAt = (from: number, to: number) => candidates.some((c) => c.type === 'organization' && (c.from === from || c.to === to));
  for (const p of candidates) {
    if (p.type !== 'person' || p.to - p.from !== 1 || !isUnknownNameWord(tokens[p.from])) continue;
    const after = tokens[p.to]?.text === 'and' && tokens[p.from].gapAfter === ' ' && organizationAt(p.to + 1, -1);
    const before = p.from >= 2 && tokens[p.from - 1].text === 'and' && tokens[p.from - 2].gapAfter === ' ' && organizationAt(-1, p.from - 1);
    if (after || before) retypeCandidate(p, 'organization');
  }
}

/** Claims free unknown names joined to an organization by "and", "or" or a comma. */
export function findCoordinatedNames(state: SegmentState): void {
  const { tokens, candidates } = state;
  retypeJoinedPeople(state);
  const isFreeName = (i: number) => i >= 0 && i < tokens.length && state.owner[i] === -1 && isUnknownNameWord(tokens[i]);
  for (const c of [...candidates]) {
    if (c.type !== 'organization') continue;
    // The name after: "Hoechst and Bayer" read from "Hoechst".
    const start = joinedAfter(tokens, c.to);
    if (isFreeName(start)) {
      let to = start + 1;
      while (to - start < MAX_WORDS && isFreeName(to) && tokens[to - 1].gapAfter === ' ') to++;
      if (!(tokens[to]?.cap && tokens[to - 1].gapAfter === ' ')) claim(state, { type: 'organization', from: start, to });
    }
    // The name before: "Hoechst and Bayer" read from "Bayer".
    for (let end = c.from; end >= c.from - 1 && end > 0; end--) {
      if (joinedAfter(tokens, end) !== c.from || !isFreeName(end - 1)) continue;
      // "Elsewhere, Denver beat …", "Separately, Berkshire Hathaway Inc, the conglomerate …": a comma
      // alone joins a list only where the list goes on with another name ("Golkar, Nahdlatul Ulama, the
      // Muslim Party").
      const next = joinedAfter(tokens, c.to);
      if (end === c.from && (next < 0 || !(tokens[next].cap || (tokens[next].text === 'the' && tokens[next + 1]?.cap)))) break;
      let from = end - 1;
      while (end - from < MAX_WORDS && isFreeName(from - 1) && tokens[from - 1].gapAfter === ' ') from--;
      if (!(tokens[from - 1]?.cap && tokens[from - 1].gapAfter === ' ')) claim(state, { type: 'organization', from, to: end });
      break;
    }
  }
}
