// The accuracy targets of issue 3, measured by the shared scorer on the samples against tests/gold:
// micro-F1 ≥ 0.95 and every type ≥ 0.90. The table is printed so a failing run shows where it falls short.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../functions/extract/index.ts';
import { loadSamples } from '../../bench/samples.ts';
import { SCORED_TYPES, scorePredictions, TARGET_MICRO, TARGET_PER_TYPE, type ScoreResult } from '../../bench/score.ts';

describe('extraction accuracy on tests/gold', () => {
  let score: ScoreResult;

  it('scores every sample with the shared scorer', () => {
    const samples = loadSamples();
    score = scorePredictions(samples.map((s) => ({ id: s.id, ...extractArticle(s.text) })), { verbose: true });
    console.log(`shared scorer on ${samples.length} samples:\n${score.table}`);
    expect(score.table).not.toMatch(/no prediction line/);
  });

  it(`reaches micro-F1 ≥ ${TARGET_MICRO}`, () => {
    expect(score.f1.micro).toBeGreaterThanOrEqual(TARGET_MICRO);
  });

  it.each(SCORED_TYPES.map((t) => [t]))(`reaches F1 ≥ ${TARGET_PER_TYPE} on %s`, (type) => {
    expect(score.f1[type]).toBeGreaterThanOrEqual(TARGET_PER_TYPE);
  });
});
