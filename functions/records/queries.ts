// The questions the table answers, each a paginated DynamoDB Query (never a Scan). Sharded keys are
// read shard by shard in parallel and merged (query-pages.ts), so a page costs one Query per shard:
// at least SHARDS × 0.5 read units. Used by `gleaner query`, the local stack and the web UI.
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { EntityType, PublishedAtSource } from '../extract/types.ts';
import { LONG_PARTITION, centuryOf, parseDateValue } from './date-range.ts';
import { decodeFacts } from './facts-codec.ts';
import {
  ARTICLE_SK, FACTS_SK, SHARDS, activityPk, allShards, articlePk, datePk, encodeAmount, mentionPk, moneyPk, parseActivitySk, parseDateSk,
  parseMentionSk, parseMoneySk, termPk,
} from './keys.ts';
import type {
  ActivityItem, ArticleCounts, ArticleItem, ArticleStatus, DateFact, DatesItem, EntityFact, FactsItem, MentionItem, MoneyFact, MoneyItem,
  StoredSpan, TermItem,
} from './model.ts';
import { indexKeyOf, listQueryWords } from './name-terms.ts';
import { InvalidQueryError, checkLimit, queryAll, readMerged, type Page, type Stream } from './query-pages.ts';
import type { RecordTable } from './record-table.ts';
import { nameBuckets } from './bucket-names.ts';

export const ENTITY_TYPE_NAMES: EntityType[] = ['person', 'place', 'organization'];
const STATUSES: ArticleStatus[] = ['extracted', 'failed', 'rejected'];
/** Names a query may fan out to (each read in SHARDS.entity shards). */
export const MAX_CANDIDATE_NAMES = 25;

export interface PageOptions {
  limit?: number;
  cursor?: string;
}

export interface ArticleRecord {
  article: ArticleItem;
  /** Each with every mention's offsets (up to MAX_MENTIONS), its aliases, extractor key and index key. */
  people: EntityFact[];
  places: EntityFact[];
  organizations: EntityFact[];
  /** One per distinct value, with its normalised value and the days it covers. */
  dates: DateFact[];
  money: MoneyFact[];
}

/** A page whose results name their bucket (index keys carry its code). */
async function named<T extends { bucket: string }>(table: RecordTable, page: Promise<Page<T>>): Promise<Page<T>> {
  const { items, cursor } = await page;
  return { items: await nameBuckets(table, items), ...(cursor ? { cursor } : {}) };
}

const byFirstMention = (a: { mentions: StoredSpan[] }, b: { mentions: StoredSpan[] }) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0);

/**
 * One article: its head and everything extracted from it, or null if there is none. The text itself
 * is the object in the bucket (`readArticleText` in functions/handler decodes it the way the offsets
 * count).
 */
export async function getArticle(table: RecordTable, bucket: string, key: string): Promise<ArticleRecord | null> {
  // Strongly consistent: `gleaner put` reads the article right after the handler wrote it.
  const items = await queryAll<Record<string, unknown>>(table, {
    KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': articlePk(bucket, key) }, ConsistentRead: true,
  });
  const head = items.find((i) => i.sk === ARTICLE_SK);
  // A tombstone (removed object) or a bare claim (first processing in flight) is no article yet.
  if (!head || head.kind !== 'article') return null;
  const factsItem = items.find((i) => i.sk === FACTS_SK) as unknown as FactsItem | undefined;
  const facts = factsItem ? decodeFacts(factsItem.z).facts : { people: [], places: [], organizations: [], dates: [], money: [] };
  const { claim: _c, leaseUntil: _l, claimedAt: _a, factsDigest: _d, ...article } = head;
  return {
    article: { ...(article as unknown as ArticleItem), ...(facts.title ? { title: facts.title } : {}) },
    people: [...facts.people].sort(byFirstMention),
    places: [...facts.places].sort(byFirstMention),
    organizations: [...facts.organizations].sort(byFirstMention),
    dates: [...facts.dates].sort(byFirstMention),
    money: [...facts.money].sort(byFirstMention),
  };
}

export interface EntityHit {
  bucket: string;
  key: string;
  publishedAt?: string;
  type: EntityType;
  /** The entity's fullest name in that article. */
  name: string;
  /** Its index key (what topEntities and findCoMentionedEntities group by). */
  entityKey: string;
  /** Set when the input matched a part of the name or an alias rather than the whole name. */
  alias?: string;
  mentionCount: number;
  context: string;
}

function checkType(type: EntityType | undefined) {
  if (type && !ENTITY_TYPE_NAMES.includes(type)) throw new InvalidQueryError(`type must be one of ${ENTITY_TYPE_NAMES.join(', ')}`);
}

/** The entities a term names: one page at most, since only MAX_CANDIDATE_NAMES of them are read anyway. */
async function readTerms(table: RecordTable, term: string): Promise<TermItem[]> {
  const page = await table.client.send(new QueryCommand({
    TableName: table.tableName, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': termPk(term) },
    ProjectionExpression: 'indexKey, #t', ExpressionAttributeNames: { '#t': 'type' }, Limit: 4 * MAX_CANDIDATE_NAMES,
  }));
  return (page.Items ?? []) as TermItem[];
}

/**
 * The index keys a name may be stored under: the name's own, the entities the vocabulary maps it to
 * (a name part, an alias), and for several words the entities every one of them maps to.
 */
export async function resolveNameKeys(table: RecordTable, name: string): Promise<string[]> {
  const own = indexKeyOf(name);
  if (!own) throw new InvalidQueryError(`"${name}" has no letters or digits to look up`);
  const keys = new Set<string>([own]);
  for (const t of await readTerms(table, own)) keys.add(t.indexKey);
  const words = listQueryWords(name);
  if (words.length >= 2) {
    const perWord = await Promise.all(words.map(async (w) => new Set([w, ...(await readTerms(table, w)).map((t) => t.indexKey)])));
    for (const k of perWord[0]) if (perWord.every((set) => set.has(k))) keys.add(k);
  }
  return [...keys].slice(0, MAX_CANDIDATE_NAMES);
}

/** Articles that mention an entity, found by its whole name, an alias or any part of it; newest first. */
export async function findArticlesByEntity(
  table: RecordTable,
  name: string,
  options: PageOptions & { type?: EntityType } = {},
): Promise<Page<EntityHit>> {
  checkType(options.type);
  const limit = checkLimit(options.limit);
  const own = indexKeyOf(name);
  const keys = await resolveNameKeys(table, name);
  const streams: Stream[] = keys.flatMap((k) => allShards(SHARDS.entity).map((s) => ({
    id: mentionPk(k, s),
    query: {
      KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': mentionPk(k, s) }, ScanIndexForward: false,
    },
  })));
  const seen = new Set<string>();
  return named(table, readMerged<EntityHit>(table, [streams], {
    limit, cursor: options.cursor, descending: true,
    expand: (raw) => {
      const i = raw as unknown as MentionItem;
      // The same article reached through two names (both written in it) is listed once.
      if (seen.has(i.sk)) return [];
      seen.add(i.sk);
      const where = parseMentionSk(i.sk);
      // The type is the sort key's last part (a key attribute, which a FilterExpression cannot test).
      if (options.type && where.type !== options.type) return [];
      const indexKey = i.pk.slice(2, i.pk.lastIndexOf('#'));
      return [{
        bucket: where.bucket, key: where.key, publishedAt: where.publishedAt, type: where.type, name: i.n, entityKey: indexKey,
        ...(indexKey !== own ? { alias: name } : {}), mentionCount: i.c, context: i.x,
      }];
    },
  }));
}

export interface DateHit {
  bucket: string;
  key: string;
  value: string;
  rangeStart: string;
  rangeEnd: string;
  mentionCount: number;
  /** The first mention (the article's facts hold them all). */
  mentions: StoredSpan[];
  context: string;
}

function checkDay(label: string, value: string, edge: 'start' | 'end'): string {
  const range = parseDateValue(value);
  if (!range || value.includes('/')) throw new InvalidQueryError(`${label} must be an ISO date (YYYY, YYYY-MM or YYYY-MM-DD), got "${value}"`);
  return range[edge];
}

/** Dates overlapping [from, to], century by century (by the first day each article mentions in that century). */
export async function findDates(table: RecordTable, options: PageOptions & { from: string; to: string }): Promise<Page<DateHit>> {
  const from = checkDay('from', options.from, 'start');
  const to = checkDay('to', options.to, 'end');
  if (from > to) throw new InvalidQueryError(`from (${options.from}) is after to (${options.to})`);
  const fromYear = Number(from.slice(0, 4));
  const toYear = Number(to.slice(0, 4));
  if (toYear - fromYear > 500) throw new InvalidQueryError('a date range may span at most 500 years');
  const partitions = [...new Set(Array.from({ length: toYear - fromYear + 1 }, (_, i) => centuryOf(fromYear + i))), LONG_PARTITION];
  // Sort keys start with the first day an article's values cover in the partition, so "starts on or
  // before `to`" is a key condition ('$' sorts right after the '#' separator).
  const groups: Stream[][] = partitions.map((p) => allShards(SHARDS.date).map((s) => ({
    id: datePk(p, s),
    query: { KeyConditionExpression: 'pk = :pk AND sk < :hi', FilterExpression: 'e >= :from', ExpressionAttributeValues: { ':pk': datePk(p, s), ':hi': `${to}$`, ':from': from } },
  })));
  return named(table, readMerged<DateHit>(table, groups, {
    limit: checkLimit(options.limit), cursor: options.cursor,
    expand: (raw, g) => {
      const item = raw as unknown as DatesItem;
      const partition = partitions[g];
      const where = parseDateSk(item.sk);
      return item.v
        .filter((v) => v.s <= to && v.e >= from)
        // A range over two centuries sits in both: report it from the first partition read only.
        .filter((v) => partition === LONG_PARTITION || g === 0 || v.s >= `${partition.slice(0, -1)}-01-01`)
        .map((v) => ({
          bucket: where.bucket, key: where.key, value: v.v, rangeStart: v.s, rangeEnd: v.e,
          mentionCount: v.c, mentions: [{ text: v.w[0], start: v.w[1], end: v.w[2] }], context: v.x,
        }));
    },
  }));
}

export interface MoneyHit extends MoneyFact {
  bucket: string;
  key: string;
}

/** Amounts in one currency, largest first, optionally within [min, max]. */
export async function findMoney(table: RecordTable, options: PageOptions & { currency: string; min?: number; max?: number }): Promise<Page<MoneyHit>> {
  const currency = options.currency.toUpperCase();
  if (!/^[A-Z]{3}$/.test(currency)) throw new InvalidQueryError(`currency must be an ISO 4217 code such as USD, got "${options.currency}"`);
  for (const [label, v] of [['min', options.min], ['max', options.max]] as const) {
    if (v !== undefined && !Number.isFinite(v)) throw new InvalidQueryError(`${label} must be a number`);
  }
  const { min, max } = options;
  if (min !== undefined && max !== undefined && min > max) throw new InvalidQueryError(`min (${min}) is larger than max (${max})`);
  const range = min !== undefined && max !== undefined ? ' AND sk BETWEEN :lo AND :hi' : min !== undefined ? ' AND sk >= :lo' : max !== undefined ? ' AND sk < :hi' : '';
  const values = { ...(min !== undefined ? { ':lo': encodeAmount(min) } : {}), ...(max !== undefined ? { ':hi': `${encodeAmount(max)}$` } : {}) };
  const streams: Stream[] = allShards(SHARDS.money).map((s) => ({
    id: moneyPk(currency, s),
    query: { KeyConditionExpression: `pk = :pk${range}`, ExpressionAttributeValues: { ':pk': moneyPk(currency, s), ...values }, ScanIndexForward: false },
  }));
  return named(table, readMerged<MoneyHit>(table, [streams], {
    limit: checkLimit(options.limit), cursor: options.cursor, descending: true,
    expand: (raw) => {
      const m = raw as unknown as MoneyItem;
      const where = parseMoneySk(m.sk);
      return [{
        bucket: where.bucket, key: where.key, currency, amount: m.a, amountHigh: m.h, qualifier: m.q,
        mentionCount: m.c, mentions: [{ text: m.w[0], start: m.w[1], end: m.w[2] }], context: m.x,
      }];
    },
  }));
}

export interface ArticleSummary {
  bucket: string;
  key: string;
  status: ArticleStatus;
  processedAt: string;
  extractorVersion: string;
  title?: string;
  publishedAt?: string;
  publishedAtSource?: PublishedAtSource;
  reason?: string;
  counts?: ArticleCounts;
}

export function toSummary(raw: Record<string, unknown>): ArticleSummary[] {
  const a = raw as unknown as ActivityItem;
  const where = parseActivitySk(a.sk);
  return [{
    bucket: where.bucket, key: where.key, status: a.pk.split('#')[1] as ArticleStatus, processedAt: where.processedAt, extractorVersion: a.extractorVersion,
    title: a.title, publishedAt: a.publishedAt, publishedAtSource: a.publishedAtSource, reason: a.reason, counts: a.counts,
  }];
}

const activityStreams = (statuses: ArticleStatus[]): Stream[] => statuses.flatMap((status) => allShards(SHARDS.activity).map((s) => ({
  id: activityPk(status, s),
  query: { KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': activityPk(status, s) }, ScanIndexForward: false },
})));

/** Articles newest first (by when they were processed); extracted ones unless `status` says otherwise. */
export function listLatestArticles(table: RecordTable, options: PageOptions & { status?: ArticleStatus | 'any' } = {}): Promise<Page<ArticleSummary>> {
  const statuses = options.status === 'any' ? STATUSES : [options.status ?? 'extracted'];
  if (!statuses.every((s) => STATUSES.includes(s))) throw new InvalidQueryError(`status must be one of ${STATUSES.join(', ')} or any`);
  return named(table, readMerged(table, [activityStreams(statuses)], { limit: checkLimit(options.limit), cursor: options.cursor, descending: true, expand: toSummary }));
}

/** Failed and rejected articles with their reasons, newest first. */
export function findFailed(table: RecordTable, options: PageOptions & { status?: Exclude<ArticleStatus, 'extracted'> } = {}): Promise<Page<ArticleSummary>> {
  const statuses: ArticleStatus[] = options.status ? [options.status] : ['failed', 'rejected'];
  return named(table, readMerged(table, [activityStreams(statuses)], { limit: checkLimit(options.limit), cursor: options.cursor, descending: true, expand: toSummary }));
}

/** Article counts per status (a COUNT Query per status shard). */
export async function countArticlesByStatus(table: RecordTable): Promise<Record<ArticleStatus, number>> {
  const counts = { extracted: 0, failed: 0, rejected: 0 } as Record<ArticleStatus, number>;
  await Promise.all(activityStreams(STATUSES).map(async (stream) => {
    let key: Record<string, unknown> | undefined;
    do {
      const page = await table.client.send(new QueryCommand({ ...stream.query, TableName: table.tableName, Select: 'COUNT', ExclusiveStartKey: key }));
      counts[stream.id.split('#')[1] as ArticleStatus] += page.Count ?? 0;
      key = page.LastEvaluatedKey;
    } while (key);
  }));
  return counts;
}

// Corpus-wide aggregates live in aggregates.ts; re-exported here, where callers found them before.
export { topEntities, type TopEntity } from './aggregates.ts';
