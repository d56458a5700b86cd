// People found from their role: "President X", "Party chief X", "PM X", "his counterpart X",
// "Minister of Foreign Affairs X", "Deputy Prime Minister and Minister of Foreign Affairs of the
// Republic of Kazakhstan X". The role is never part of the name and never a person on its own.
import { claim, isFree, type SegmentState } from '../claims.ts';
import { isJoined, type Token } from '../tokens.ts';
import { ORG_HEADS, ROLE_HEADS, ROLE_WORDS, TITLE_CONNECTORS } from '../titles.ts';
import { lower, NAME_PARTICLES } from '../words.ts';
import { trimName } from './clean-name.ts';

/** Index of the word after a parenthesised acronym "(CPV)" that follows word i, or -1. */
function skipParenthesis(tokens: Token[], i: number): number {
  const t = tokens[i];
  const next = tokens[i + 1];
  if (!next || t.gapAfter !== ' (' || !next.upper || next.gapAfter !== ') ') return -1;
  return i + 2 < tokens.length ? i + 2 : -1;
}

/** "da" in "Lula da Silva", "von der" in "von der Leyen": a particle followed by more of the name. */
export function isParticleBeforeName(tokens: Token[], i: number): boolean {
  let j = i;
  while (j < tokens.length && NAME_PARTICLES.has(tokens[j].text) && isJoined(tokens, j)) j++;
  return j > i && j < tokens.length && tokens[j].cap;
}

/**
 * Abbreviations of given names that a full stop follows inside a name ("Lukman Hakim Abd. Rauf",
 * "Mohd. Shafie Apdal"): the contractions of Muhammad and Abdul news writes. An initial is one too
 * ("N. Chandrababu Naidu").
 */
const NAME_ABBREVIATIONS = new Set(['abd', 'muhd', 'mohd', 'md', 'moh', 'mhd', 'muh']);

/** Word i is an initial or a given name's abbreviation with its full stop, and a name goes on after it. */
function isAbbreviatedNamePart(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  // Initials may run together ("D.K. Shivakumar", "J.R.R. Tolkien").
  const stop = /^\.\s$/.test(t.gapAfter) || (t.text.length === 1 && t.gapAfter === '.');
  return stop && t.cap && (t.text.length === 1 || NAME_ABBREVIATIONS.has(t.text.toLowerCase())) && Boolean(tokens[i + 1]?.cap);
}

/** The runs of capitalised words that a title phrase starting at `role` walks through. */
function walkTitlePhrase(tokens: Token[], role: number): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let i = role + 1;
  let afterOrg = false;
  let afterParen = false;
  // The role's own run: "State President Vo Van Thuong" continues in the same capitalised run.
  while (i < tokens.length && (afterParen || isJoined(tokens, i - 1))) {
    afterParen = false;
    const t = tokens[i];
    if (t.cap) {
      const from = i;
      while (i + 1 < tokens.length && (isJoined(tokens, i) || isAbbreviatedNamePart(tokens, i)) && (tokens[i + 1].cap || isParticleBeforeName(tokens, i + 1))) i++;
      runs.push([from, i + 1]);
      afterOrg = ORG_HEADS.has(lower(tokens[i]));
      const next = skipParenthesis(tokens, i);
      if (next > 0) { i = next; afterParen = true; continue; }
      i++;
      continue;
    }
    const w = lower(t);
    // After an organization's name only "of"/"for" go on ("Office at Geneva" ends the phrase).
    const connectors = afterOrg ? ['of', 'for', 'the'] : [...TITLE_CONNECTORS];
    if (connectors.includes(w) || ROLE_WORDS.has(w)) { i++; continue; }
    break;
  }
  return runs;
}

/** Finds titled people in one segment and claims their words. */
export function findTitledPeople(state: SegmentState): void {
  const { tokens } = state;
  for (let r = 0; r < tokens.length; r++) {
    if (!ROLE_HEADS.has(lower(tokens[r]))) continue;
    if (!isJoined(tokens, r)) continue;
    const runs = walkTitlePhrase(tokens, r);
    for (let k = 0; k < runs.length; k++) {
      const [from, to] = runs[k];
      const direct = from === r + 1 || (k === 0 && tokens[from - 1] === tokens[r]);
      const name = trimName(tokens, from, to);
      if (!name) continue;
      const [a, b] = name;
      // A lone word is a name only right after the role ("President Tokayev", "Ambassador Mai"); deeper
      // in a title phrase a lone word is more likely part of a department ("Central Propaganda").
      const leadsRun = a === from || tokens.slice(from, a).every((t) => ROLE_WORDS.has(lower(t)));
      if (b - a === 1 && !(direct && leadsRun)) continue;
      if (isFree(state, a, b)) claim(state, { type: 'person', from: a, to: b });
      break;
    }
  }
}
