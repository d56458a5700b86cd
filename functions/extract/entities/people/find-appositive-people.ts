// People introduced by an apposition after their name: "Nguyen Van Binh, director of the department,
// said …", "John Smith, a spokesman for the ministry". The name is two to five name words, and the
// apposition starts with a role word, possibly after an article or a qualifier.
import { claim, type SegmentState } from '../claims.ts';
import { isJoined } from '../tokens.ts';
import { ROLE_HEADS, ROLE_WORDS } from '../titles.ts';
import { isNameStopWord, isNameWord, lower } from '../words.ts';
import { isParticleBeforeName } from './find-titled-people.ts';

const LEADING = new Set(['a', 'an', 'the', 'its', 'his', 'her', 'their']);
/** Nouns for a person's occupation that open an apposition but do not introduce a name as a title. */
const OCCUPATIONS = new Set(['official', 'officer', 'member', 'executive', 'analyst', 'expert', 'researcher', 'economist',
  'adviser', 'advisor', 'lawyer', 'activist', 'author', 'reporter', 'journalist', 'diplomat', 'politician', 'scientist',
  'teacher', 'doctor', 'student', 'farmer', 'owner', 'manager', 'resident', 'worker', 'engineer', 'artist', 'writer']);
const MAX_QUALIFIERS = 3;

/** True when the words from i on read "(a|the) (qualifiers) <role>". */
function startsWithRole(state: SegmentState, i: number): boolean {
  const { tokens } = state;
  let j = i;
  // "Pham Nhat Vuong, Vingroup's founder": an organization's possessive leads like an article.
  if (tokens[j] && (LEADING.has(lower(tokens[j])) || (tokens[j].cap && tokens[j].possessive))) j++;
  for (let q = 0; q <= MAX_QUALIFIERS && j < tokens.length; q++, j++) {
    const w = lower(tokens[j]);
    if (ROLE_HEADS.has(w) || OCCUPATIONS.has(w)) return true;
    if (!ROLE_WORDS.has(w) && !/^(?:senior|former|deputy|vice|foreign|chief|general|top|local|state|party)$/.test(w)) return false;
  }
  return false;
}

export function findAppositivePeople(state: SegmentState): void {
  const { tokens } = state;
  for (let i = 0; i < tokens.length; i++) {
    if (state.owner[i] !== -1 || !isNameWord(tokens[i])) continue;
    if (i > 0 && tokens[i - 1].cap && isJoined(tokens, i - 1)) continue;
    let j = i + 1;
    while (j < tokens.length && j - i < 6 && isJoined(tokens, j - 1) && state.owner[j] === -1
      && ((tokens[j].cap && !tokens[j].upper && !isNameStopWord(tokens[j])) || isParticleBeforeName(tokens, j))) j++;
    if (j - i < 2 || j - i > 5 || tokens[j - 1].gapAfter !== ', ' || tokens[j - 1].possessive) continue;
    if (!startsWithRole(state, j)) continue;
    claim(state, { type: 'person', from: i, to: j });
    i = j - 1;
  }
}
