// Decoding details shared by training and run time: two names of one type with only a space between
// them are one name; anything else between them keeps them apart.
import { describe, expect, it } from 'vitest';
import { joinTouchingNames } from '../../functions/extract/entities/model/decode-segment.ts';
import { tokenizeText } from '../../functions/extract/entities/model/text-tokens.ts';
import { spansOfTags, tagOf } from '../../functions/extract/entities/model/viterbi.ts';

function joined(text: string, tags: number[]): string[] {
  const tokens = tokenizeText(text, 0);
  const out = Int32Array.from(tags);
  joinTouchingNames(tokens, out);
  return spansOfTags(out, tokens.length).map((s) => `${s.type}:${text.slice(tokens[s.from].start, tokens[s.to - 1].end)}`);
}

const U = (t: 'PER' | 'LOC' | 'ORG') => tagOf(t, 'U');
const B = (t: 'PER' | 'LOC' | 'ORG') => tagOf(t, 'B');
const L = (t: 'PER' | 'LOC' | 'ORG') => tagOf(t, 'L');

describe('names that touch', () => {
  it.each([
    ['near Scarborough Shoal', [0, U('LOC'), U('LOC')], ['LOC:Scarborough Shoal']],
    ['met Kassym Jomart Tokayev', [0, U('PER'), B('PER'), L('PER')], ['PER:Kassym Jomart Tokayev']],
    ['the Vietnam News Agency', [0, B('ORG'), L('ORG'), U('ORG')], ['ORG:Vietnam News Agency']],
  ])('one space between two names of one type makes one name: %s', (text, tags, expected) => {
    expect(joined(text, tags)).toEqual(expected);
  });

  it.each([
    ['Hanoi, Astana', [U('LOC'), 0, U('LOC')], ['LOC:Hanoi', 'LOC:Astana']],
    ['Toyota Japan', [U('ORG'), U('LOC')], ['ORG:Toyota', 'LOC:Japan']],
    ['Hanoi  Astana', [U('LOC'), U('LOC')], ['LOC:Hanoi', 'LOC:Astana']],
  ])('a comma, another type or a wider gap keeps them apart: %s', (text, tags, expected) => {
    expect(joined(text, tags)).toEqual(expected);
  });
});
