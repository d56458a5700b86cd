// People named without a role: two to four name words whose first is a first name compromise knows
// ("John Smith said"), as in compromise's own people() but with the same name-word test as titled names.
import { claim, type SegmentState } from '../claims.ts';
import { isFirstName } from '../lexicon.ts';
import { isJoined } from '../tokens.ts';
import { isNameWord } from '../words.ts';
import { isParticleBeforeName } from './find-titled-people.ts';

const MAX_WORDS = 6;

/** A free known first name at word i that no capitalised word runs into: where a person's name may open. */
export function opensFirstNameRun(state: SegmentState, i: number): boolean {
  const { tokens } = state;
  return state.owner[i] === -1 && tokens[i].cap && isFirstName(tokens[i].text) && !(i > 0 && tokens[i - 1].cap && isJoined(tokens, i - 1));
}

/**
 * The end of the free name run that a known first name opens at word i ("John Smith", "Ursula von der
 * Leyen"), or -1 when no first name opens a run there.
 */
export function firstNameRunEnd(state: SegmentState, i: number): number {
  const { tokens } = state;
  if (!opensFirstNameRun(state, i)) return -1;
  let j = i + 1;
  while (j < tokens.length && j - i < MAX_WORDS && isJoined(tokens, j - 1) && state.owner[j] === -1
    && (isNameWord(tokens[j]) || isParticleBeforeName(tokens, j))) j++;
  while (j > i && !tokens[j - 1].cap) j--;
  return j;
}

export function findUntitledPeople(state: SegmentState): void {
  const { tokens } = state;
  for (let i = 0; i < tokens.length; i++) {
    const j = firstNameRunEnd(state, i);
    if (j < 0) continue;
    // The run must end here: "John Smith Foundation" is an organization's name.
    if (j - i < 2 || (isJoined(tokens, j - 1) && tokens[j]?.cap)) continue;
    claim(state, { type: 'person', from: i, to: j });
  }
}
