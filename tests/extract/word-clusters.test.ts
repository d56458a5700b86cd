// The word clusters the recognizer reads: the divisive clustering is deterministic and puts similar
// vectors under one prefix, the compact form round-trips, and the committed table groups words the way
// a reader would (cities with cities, surnames with surnames) and is what the model was trained with.
import { describe, expect, it } from 'vitest';
import { clusterOf, decodeWordClusters, encodeWordClusters, loadWordClusters } from '../../functions/extract/entities/model/word-clusters.ts';
import { WORD_CLUSTERS } from '../../functions/extract/entities/model/word-clusters.generated.ts';
import { NER_MODEL } from '../../functions/extract/entities/model/ner-model.generated.ts';
import { clusterPaths, normalizeRows } from '../../scripts/ner/cluster-words.ts';

// Four tight groups of 2-d directions, four points each: two pairs of near groups, the pairs opposite.
const GROUPS = [0, 25, 180, 205];
const points = GROUPS.flatMap((angle) => [0, 1, 2, 3].map((k) => {
  const a = ((angle + k * 0.5) * Math.PI) / 180;
  return [Math.cos(a), Math.sin(a)];
}));
const vectors = () => { const v = Float32Array.from(points.flat()); normalizeRows(v, 2); return v; };

describe('clustering word vectors', () => {
  it('gives the same paths twice', () => {
    expect([...clusterPaths(vectors(), 2, 4)]).toEqual([...clusterPaths(vectors(), 2, 4)]);
  });

  it('puts each group under one two-bit prefix, and different groups under different ones', () => {
    const paths = clusterPaths(vectors(), 2, 4);
    const prefixes = GROUPS.map((_, g) => new Set([0, 1, 2, 3].map((k) => paths[g * 4 + k] >> 2)));
    for (const p of prefixes) expect(p.size).toBe(1);
    expect(new Set(prefixes.map((p) => [...p][0])).size).toBe(GROUPS.length);
  });
});

describe('the compact form', () => {
  it('round-trips words to paths, and knows nothing else', () => {
    const data = encodeWordClusters([['london', 0x0abc], ['paris', 0x0abd], ['smith', 0x0123]], 12, 'test');
    const c = decodeWordClusters(data);
    expect(clusterOf(c, 'london')).toBe(0x0abc);
    expect(clusterOf(c, 'smith')).toBe(0x0123);
    expect(clusterOf(c, 'pertamina')).toBe(-1);
  });

  it('refuses a truncated table', () => {
    const data = encodeWordClusters([['london', 1], ['paris', 2]], 12, 'test');
    expect(() => decodeWordClusters({ ...data, words: 3 })).toThrow();
  });
});

describe('the committed clusters', () => {
  const c = loadWordClusters();
  const prefix = (w: string, bits: number) => clusterOf(c, w) >> (c.depth - bits);

  it('cover a large vocabulary', () => {
    expect(WORD_CLUSTERS.words).toBeGreaterThan(50_000);
    expect(c.hashes.length).toBe(WORD_CLUSTERS.words);
  });

  it.each([
    ['london', 'dublin', 'cities'],
    ['smith', 'johnson', 'English surnames'],
    ['nguyen', 'tran', 'Vietnamese surnames'],
    ['exxonmobil', 'lukoil', 'oil companies'],
  ])('put %s and %s (%s) under one 8-bit prefix', (a, b) => {
    expect(prefix(a, 8)).toBe(prefix(b, 8));
  });

  it('keep cities, surnames and companies apart', () => {
    expect(prefix('london', 8)).not.toBe(prefix('smith', 8));
    expect(prefix('smith', 8)).not.toBe(prefix('nguyen', 8));
    expect(prefix('london', 8)).not.toBe(prefix('exxonmobil', 8));
  });

  it('are the ones the committed model was trained with', () => {
    expect(NER_MODEL.families).toContain('cluster');
  });
});
