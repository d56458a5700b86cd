// Policy for places inside organization names: a known place named after "at" or "in" within an
// organization's name is also a place mention ("Conference on … in Asia" names Asia; "United Nations
// Office at Geneva" names Geneva). A place after "of" is the organization's owner, not a mention of
// the place as such ("Communist Party of Vietnam" is not counted as a mention of Vietnam).
import { addNested, type SegmentState } from '../claims.ts';
import { isJoined } from '../tokens.ts';
import { lower } from '../words.ts';
import { lookupPlace } from './gazetteer.ts';

export function findNestedPlaces(state: SegmentState): void {
  const { tokens } = state;
  for (const c of [...state.candidates]) {
    if (c.type !== 'organization') continue;
    for (let i = c.from; i < c.to - 1; i++) {
      const w = lower(tokens[i]);
      if (w !== 'in' && w !== 'at') continue;
      let j = i + 1;
      while (j < c.to && tokens[j].cap && (j === i + 1 || isJoined(tokens, j - 1))) j++;
      const words = tokens.slice(i + 1, j).map((t) => t.text).join(' ');
      const entry = lookupPlace(words);
      if (entry) addNested(state, { type: 'place', from: i + 1, to: j, key: entry.key });
    }
  }
}
