// The partition-load model of the bench (bench/partition-load.ts): no partition of the table passes
// 1,000 WCU/s below 1,000 articles/s, and a key every article writes is spread over its shards.
import { describe, expect, it } from 'vitest';
import { buildRecordSamples } from '../../bench/record-cost.ts';
import { PARTITION_WCU_PER_SECOND, modelPartitionLoad } from '../../bench/partition-load.ts';
import { SHARDS } from '../../functions/records/index.ts';

const samples = buildRecordSamples(4000, 30);

describe('partition load', () => {
  const load = modelPartitionLoad(samples);

  it('stays under 1,000 WCU/s per partition at 1,000 articles/s', () => {
    expect(load.maxSafeRate).toBeGreaterThanOrEqual(1000);
    for (const row of load.loadAt(1000)) expect(row.wcuPerSecond, row.kind).toBeLessThan(PARTITION_WCU_PER_SECOND);
  });

  it('spreads the status log over its shards: one write per article, 1/SHARDS on each', () => {
    const activity = load.rows.find((r) => r.kind === 'activity')!;
    expect(activity.key).toBe('L#extracted');
    expect(activity.unitsPerArticle * SHARDS.activity).toBeGreaterThanOrEqual(1);
    expect(activity.unitsPerArticle * SHARDS.activity).toBeLessThan(1.5);
  });

  it('finds the entity every sample article names as the busiest mention key', () => {
    const mention = load.rows.find((r) => r.kind === 'mention')!;
    // Every generated article is about Việt Nam and Kazakhstan: a key in ~every article, split 4 ways.
    expect(['E#vietnam', 'E#kazakhstan']).toContain(mention.key);
    expect(mention.unitsPerArticle).toBeLessThanOrEqual(1 / SHARDS.entity + 0.01);
  });
});
