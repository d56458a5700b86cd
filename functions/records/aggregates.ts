// Questions about the whole corpus, aggregated after the fact from the activity items (one per
// article, sharded; never a Scan): top entities, money per currency, the monthly timeline, status
// figures and the listing the local stack reconciles against. Nothing is counted at write time, so
// ingest pays no counter writes and no transactions; each answer is exact as of the moment it is read
// (staleness: none beyond DynamoDB's eventual consistency, about a second). The price is on the read
// side: one pass over the activity log, about 0.5 read units per 4 KB of it (~8 articles), which the
// README puts in numbers.
import { batchGetItems } from './batch-write.ts';
import { decodeFacts } from './facts-codec.ts';
import { FACTS_SK, SHARDS, activityPk, allShards, articlePk, bucketCode, parseActivitySk } from './keys.ts';
import type { ActivityItem, ArticleCounts, ArticleStatus, FactsItem } from './model.ts';
import { indexKeyOf } from './name-terms.ts';
import { ENTITY_TYPE_NAMES, findArticlesByEntity, type EntityHit, type PageOptions } from './queries.ts';
import { InvalidQueryError, checkLimit, queryAll } from './query-pages.ts';
import type { RecordTable } from './record-table.ts';
import type { EntityType } from '../extract/types.ts';

const FIELD: Record<EntityType, 'people' | 'places' | 'organizations'> = { person: 'people', place: 'places', organization: 'organizations' };

/** Every activity item of a status, all shards in parallel, only the attributes asked for. */
export async function readActivity(table: RecordTable, status: ArticleStatus, attributes: string[]): Promise<ActivityItem[]> {
  const names = Object.fromEntries(attributes.map((a, i) => [`#a${i}`, a]));
  const pages = await Promise.all(allShards(SHARDS.activity).map((s) => queryAll<ActivityItem>(table, {
    KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': activityPk(status, s) },
    ProjectionExpression: ['pk', 'sk', ...Object.keys(names)].join(', '), ExpressionAttributeNames: names,
  })));
  return pages.flat();
}

export interface TopEntity {
  type: EntityType;
  /** Its index key (what findArticlesByEntity finds it by). */
  entityKey: string;
  name: string;
  /** Extracted articles in the table that mention it. */
  articles: number;
}

function rank(counts: Map<string, { type: EntityType; name: string; articles: number }>, n: number): TopEntity[] {
  return [...counts].map(([k, v]) => ({ type: v.type, entityKey: k.slice(k.indexOf('#') + 1), name: v.name, articles: v.articles }))
    .sort((a, b) => b.articles - a.articles || a.entityKey.localeCompare(b.entityKey)).slice(0, n);
}

/** The entities of one type mentioned by the most articles: exact (see the module comment). */
export async function topEntities(table: RecordTable, type: EntityType, n = 10): Promise<TopEntity[]> {
  if (!ENTITY_TYPE_NAMES.includes(type)) throw new InvalidQueryError(`type must be one of ${ENTITY_TYPE_NAMES.join(', ')}`);
  const limit = checkLimit(n);
  const counts = new Map<string, { type: EntityType; name: string; articles: number }>();
  for (const item of await readActivity(table, 'extracted', [FIELD[type]])) {
    const keys = new Set<string>();
    for (const name of item[FIELD[type]] ?? []) {
      const k = indexKeyOf(name);
      if (!k || keys.has(k)) continue;
      keys.add(k);
      const entry = counts.get(`${type}#${k}`) ?? { type, name, articles: 0 };
      entry.articles += 1;
      if (name.length > entry.name.length) entry.name = name;
      counts.set(`${type}#${k}`, entry);
    }
  }
  return rank(counts, limit);
}

/**
 * The entities named most often in the same articles as `name` (found as findArticlesByEntity finds
 * it), over its newest `articles` articles (default 200): one page of hits, then a BatchGetItem of
 * their facts items (about 0.5 read units each).
 */
export async function findCoMentionedEntities(
  table: RecordTable,
  name: string,
  options: { type?: EntityType; limit?: number; articles?: number } = {},
): Promise<TopEntity[]> {
  const limit = checkLimit(options.limit ?? 10);
  const hits = await findArticlesByEntity(table, name, { limit: checkLimit(options.articles ?? 200) });
  const self = new Set(hits.items.map((h) => h.entityKey));
  const facts = await batchGetItems<FactsItem>(table, [...new Map(hits.items.map((h) => [`${h.bucket}/${h.key}`, { pk: articlePk(h.bucket, h.key), sk: FACTS_SK }])).values()], 'z');
  const counts = new Map<string, { type: EntityType; name: string; articles: number }>();
  for (const item of facts) {
    const f = decodeFacts(item.z).facts;
    for (const e of [...f.people, ...f.places, ...f.organizations]) {
      if (self.has(e.indexKey) || (options.type && e.type !== options.type)) continue;
      const entry = counts.get(`${e.type}#${e.indexKey}`) ?? { type: e.type, name: e.name, articles: 0 };
      entry.articles += 1;
      counts.set(`${e.type}#${e.indexKey}`, entry);
    }
  }
  return rank(counts, limit);
}

/**
 * The names the entities of `hits` go by (their fullest names and aliases) in the first `articles`
 * (default 10) of those articles: one BatchGetItem of their facts items (~0.5 read units each).
 */
export async function listEntityAliases(table: RecordTable, hits: EntityHit[], options: { articles?: number } = {}): Promise<string[]> {
  const read = hits.slice(0, options.articles ?? 10);
  const wanted = new Set(read.map((h) => `${h.type}#${h.entityKey}`));
  const facts = await batchGetItems<FactsItem>(table, read.map((h) => ({ pk: articlePk(h.bucket, h.key), sk: FACTS_SK })), 'z');
  const names = new Set<string>();
  for (const item of facts) {
    const f = decodeFacts(item.z).facts;
    for (const e of [...f.people, ...f.places, ...f.organizations]) {
      if (!wanted.has(`${e.type}#${e.indexKey}`)) continue;
      names.add(e.name);
      for (const a of e.aliases) names.add(a);
    }
  }
  return [...names].sort((a, b) => a.localeCompare(b));
}

export interface CurrencyTotal {
  currency: string;
  /** Sum of the distinct amounts of every article (a range counts its low end). */
  total: number;
  articles: number;
}

/** Money per currency over all extracted articles, largest total first. */
export async function sumMoneyByCurrency(table: RecordTable): Promise<CurrencyTotal[]> {
  const totals = new Map<string, CurrencyTotal>();
  for (const { sums } of await readActivity(table, 'extracted', ['sums'])) {
    for (const [currency, total] of Object.entries(sums ?? {})) {
      const entry = totals.get(currency) ?? { currency, total: 0, articles: 0 };
      entry.total += total;
      entry.articles += 1;
      totals.set(currency, entry);
    }
  }
  return [...totals.values()].sort((a, b) => b.total - a.total || a.currency.localeCompare(b.currency));
}

export interface MonthCount {
  /** `YYYY-MM`. */
  month: string;
  /** Date values (of day or month precision) that fall in the month. */
  dates: number;
  articles: number;
}

/** The timeline: how many dates the articles mention per month, oldest month first. */
export async function countDatesByMonth(table: RecordTable, options: { from?: string; to?: string } = {}): Promise<MonthCount[]> {
  const months = new Map<string, MonthCount>();
  for (const item of await readActivity(table, 'extracted', ['months'])) {
    for (const [month, n] of Object.entries(item.months ?? {})) {
      if ((options.from && month < options.from.slice(0, 7)) || (options.to && month > options.to.slice(0, 7))) continue;
      const entry = months.get(month) ?? { month, dates: 0, articles: 0 };
      entry.dates += n;
      entry.articles += 1;
      months.set(month, entry);
    }
  }
  return [...months.values()].sort((a, b) => a.month.localeCompare(b.month));
}

export interface TableSummary {
  articles: number;
  byStatus: Record<ArticleStatus, number>;
  /** Summed over extracted articles: distinct values per article, added up. */
  extracted: ArticleCounts;
}

/** The figures `npm start` prints after a pass. */
export async function summarizeArticles(table: RecordTable): Promise<TableSummary> {
  const [extracted, failed, rejected] = await Promise.all([
    readActivity(table, 'extracted', ['counts']), readActivity(table, 'failed', ['status']), readActivity(table, 'rejected', ['status']),
  ]);
  const sums: ArticleCounts = { people: 0, places: 0, organizations: 0, dates: 0, money: 0 };
  for (const { counts } of extracted) {
    if (!counts) continue;
    for (const k of Object.keys(sums) as Array<keyof ArticleCounts>) sums[k] += counts[k] ?? 0;
  }
  const byStatus = { extracted: extracted.length, failed: failed.length, rejected: rejected.length };
  return { articles: extracted.length + failed.length + rejected.length, byStatus, extracted: sums };
}

export interface ArticleState {
  status: ArticleStatus;
  etag?: string;
  extractorVersion?: string;
}

/** Every recorded article under `prefix` of `bucket` and what it was built from (for reconciling). */
export async function listArticleStates(table: RecordTable, where: { bucket: string; prefix: string }): Promise<Map<string, ArticleState>> {
  const states = new Map<string, ArticleState>();
  for (const status of ['extracted', 'failed', 'rejected'] as const) {
    for (const item of await readActivity(table, status, ['etag', 'extractorVersion'])) {
      const { bucket, key } = parseActivitySk(item.sk);
      if (bucket !== bucketCode(where.bucket) || !key.startsWith(where.prefix)) continue;
      states.set(key, { status, etag: item.etag, extractorVersion: item.extractorVersion });
    }
  }
  return states;
}

export type { PageOptions };
