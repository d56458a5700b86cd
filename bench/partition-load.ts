// The no-hot-partition check: for an ingest rate of R articles/s, the write units per second of the
// busiest partition of the table (it has no secondary indexes: every question reads base items keyed
// for it, so "each index" is each item kind below). DynamoDB serves about 1,000 WCU/s per partition;
// the highest R at which no partition passes that is the safe ingest rate.
// Model: over a sample of real records, the write units every logical key receives per article
// (`E#kazakhstan`, `D#2000s`, `L#extracted`…: the key without its shard suffix); a sharded key's load
// is split evenly over its SHARDS shards by the article-id hash (FNV-1a, uniform over article ids).
// The article's own partition (head + facts) takes only that article's writes, never a stream of them.
import { SHARDS } from '../functions/records/index.ts';
import type { RecordSample } from './record-cost.ts';
import { kindOf, writeUnits } from './write-model.ts';

export const PARTITION_WCU_PER_SECOND = 1000;

export interface PartitionLoadRow {
  kind: string;
  /** The busiest logical key of this kind in the sample. */
  key: string;
  shards: number;
  /** Write units per ingested article landing on one shard of that key. */
  unitsPerArticle: number;
}

export interface PartitionLoad {
  rows: PartitionLoadRow[];
  /** WCU/s of the busiest partition per ingested article/s. */
  busiestUnitsPerArticle: number;
  maxSafeRate: number;
  loadAt(rate: number): Array<{ kind: string; wcuPerSecond: number }>;
}

const SHARDS_BY_KIND: Record<string, number> = { activity: SHARDS.activity, mention: SHARDS.entity, dates: SHARDS.date, money: SHARDS.money, term: 1, bucket: 1 };

export function modelPartitionLoad(samples: RecordSample[], seenTerms = new Set<string>()): PartitionLoad {
  const perKey = new Map<string, { kind: string; units: number }>();
  const add = (pk: string, kind: string, units: number) => {
    const logical = kind === 'term' || kind === 'bucket' ? pk : pk.replace(/#\d+$/, '');
    const entry = perKey.get(logical) ?? { kind, units: 0 };
    entry.units += units;
    perKey.set(logical, entry);
  };
  for (const s of samples) {
    for (const item of s.record.index) add(item.pk, kindOf(item), writeUnits(item));
    // A term is written once per corpus: only its first sight loads its partition.
    for (const t of s.record.terms) if (!seenTerms.has(`${t.pk}\n${t.sk}`)) { seenTerms.add(`${t.pk}\n${t.sk}`); add(t.pk, kindOf(t), writeUnits(t)); }
  }
  const rows: PartitionLoadRow[] = [];
  for (const kind of ['activity', 'mention', 'dates', 'money', 'term', 'bucket']) {
    const busiest = [...perKey].filter(([, v]) => v.kind === kind).sort((a, b) => b[1].units - a[1].units)[0];
    if (!busiest) continue;
    const shards = SHARDS_BY_KIND[kind];
    rows.push({ kind, key: busiest[0], shards, unitsPerArticle: busiest[1].units / samples.length / shards });
  }
  const busiestUnitsPerArticle = Math.max(...rows.map((r) => r.unitsPerArticle));
  return {
    rows, busiestUnitsPerArticle, maxSafeRate: Math.floor(PARTITION_WCU_PER_SECOND / busiestUnitsPerArticle),
    loadAt: (rate) => rows.map((r) => ({ kind: r.kind, wcuPerSecond: rate * r.unitsPerArticle })),
  };
}
