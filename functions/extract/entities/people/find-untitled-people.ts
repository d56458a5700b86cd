// People named without a role: two to four name words whose first is a first name compromise knows
// ("John Smith said"), as in compromise's own people() but with the same name-word test as titled names.
import { claim, type SegmentState } from '../claims.ts';
import { isFirstName } from '../lexicon.ts';
import { isJoined } from '../tokens.ts';
import { isNameWord } from '../words.ts';
import { isParticleBeforeName } from './find-titled-people.ts';

export function findUntitledPeople(state: SegmentState): void {
  const { tokens } = state;
  for (let i = 0; i < tokens.length; i++) {
    if (state.owner[i] !== -1 || !tokens[i].cap || !isFirstName(tokens[i].text)) continue;
    if (i > 0 && tokens[i - 1].cap && isJoined(tokens, i - 1)) continue;
    let j = i + 1;
    while (j < tokens.length && j - i < 6 && isJoined(tokens, j - 1) && state.owner[j] === -1
      && (isNameWord(tokens[j]) || isParticleBeforeName(tokens, j))) j++;
    while (j > i && !tokens[j - 1].cap) j--;
    // The run must end here: "John Smith Foundation" is an organization's name.
    if (j - i < 2 || (isJoined(tokens, j - 1) && tokens[j]?.cap)) continue;
    claim(state, { type: 'person', from: i, to: j });
  }
}
