// What the recognizer's document features see: a word found by a rule in one sentence carries that
// finding's type to its other mentions ("President Tokayev" in the body types a bare "Tokayev").
import { tokenizeText } from '../../functions/extract/entities/model/text-tokens.ts';
import { describe, expect, it } from 'vitest';
import { featurizeDocument, type FeaturedSegment, type RuleSpan } from '../../functions/extract/entities/model/features.ts';
import { splitSegments } from '../../functions/extract/segments.ts';

const TEXT = 'TOKAYEV VISITS HANOI\nPresident Tokayev arrived in Hanoi on Sunday.\nTokayev thanked Hanoi.';
const at = (word: string, from = 0) => TEXT.indexOf(word, from);
const featuresOf = (segments: FeaturedSegment[], s: number, word: string) => {
  const i = segments[s].tokens.findIndex((t) => t.text === word);
  return [...segments[s].features.slice(segments[s].offsets[i], segments[s].offsets[i + 1])];
};
const featurize = (ruleSpans: RuleSpan[]) => featurizeDocument(splitSegments(TEXT), ['document', 'rules'], 18, { ruleSpans });

describe('document features', () => {
  const titled: RuleSpan = { type: 'person', start: at('Tokayev'), end: at('Tokayev') + 'Tokayev'.length };

  it('carry a rule finding\'s type to the same word in other sentences', () => {
    expect(featuresOf(featurize([titled]), 2, 'Tokayev')).not.toEqual(featuresOf(featurize([]), 2, 'Tokayev'));
  });

  it('leave words the rules found nowhere as they were', () => {
    expect(featuresOf(featurize([titled]), 2, 'thanked')).toEqual(featuresOf(featurize([]), 2, 'thanked'));
    expect(featuresOf(featurize([titled]), 2, 'Hanoi')).toEqual(featuresOf(featurize([]), 2, 'Hanoi'));
  });
});

describe("the recognizer's tokens", () => {
  it.each([
    ["Tokayev's visit", ['Tokayev', "'s", 'visit']],
    ["GERMANY'S KOHL", ['GERMANY', "'S", 'KOHL']],
    ["IT'S", ['IT', "'S"]],
    ['U.S.-based firms', ['U.S.', '-', 'based', 'firms']],
  ])('split a possessive, in capitals too, and a hyphen: %s', (text, tokens) => {
    expect(tokenizeText(text, 0).map((t) => t.text)).toEqual(tokens);
  });
});
