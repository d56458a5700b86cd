// The questions of the table-and-queries issue, each answered by DynamoDB Query (never Scan). Used by
// `gleaner query`; the README shows the same Queries with the plain AWS CLI.
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { entityKey } from '../extract/keys.ts';
import type { EntityType } from '../extract/types.ts';
import { LONG_PARTITION, parseDateValue } from './date-range.ts';
import { ARTICLE_SK, articlePk, dateGsiPk, entityGsiPk, moneyGsiPk, statusGsiPk, storedEntityKey, topGsiPk } from './keys.ts';
import type { AliasItem, ArticleItem, ArticleStatus, DateItem, EntityItem, MoneyItem } from './model.ts';
import { InvalidQueryError, checkLimit, queryAll, queryPartitions, type Page } from './query-pages.ts';
import type { RecordTable } from './record-table.ts';

export const ENTITY_TYPE_NAMES: EntityType[] = ['person', 'place', 'organization'];

export interface ArticleRecord {
  article: ArticleItem;
  people: EntityItem[];
  places: EntityItem[];
  organizations: EntityItem[];
  /** One item per distinct value (the per-year index copies of a range are folded). */
  dates: DateItem[];
  money: MoneyItem[];
}

/** Question 1: an article's metadata and everything extracted from it, or null if there is none. */
export async function getArticle(table: RecordTable, bucket: string, key: string): Promise<ArticleRecord | null> {
  // Strongly consistent: `gleaner put` reads the article right after the handler wrote it.
  const items = await queryAll<Record<string, unknown>>(table, {
    KeyConditionExpression: 'pk = :pk',
    ExpressionAttributeValues: { ':pk': articlePk(bucket, key) },
    ConsistentRead: true,
  });
  const article = items.find((i) => i.sk === ARTICLE_SK);
  // A tombstone (removed object) or a bare claim (first processing in flight) is no article yet.
  if (!article || article.kind !== 'article') return null;
  const entities = items.filter((i) => i.kind === 'entity') as unknown as EntityItem[];
  const dates = new Map<string, DateItem>();
  for (const d of items.filter((i) => i.kind === 'date') as unknown as DateItem[]) if (!dates.has(d.value)) dates.set(d.value, d);
  const byStart = (a: { mentions: Array<{ start: number }> }, b: { mentions: Array<{ start: number }> }) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0);
  return {
    article: article as unknown as ArticleItem,
    people: entities.filter((e) => e.type === 'person').sort(byStart),
    places: entities.filter((e) => e.type === 'place').sort(byStart),
    organizations: entities.filter((e) => e.type === 'organization').sort(byStart),
    dates: [...dates.values()].sort(byStart),
    money: (items.filter((i) => i.kind === 'money') as unknown as MoneyItem[]).sort(byStart),
  };
}

export interface EntityHit {
  bucket: string;
  key: string;
  publishedAt?: string;
  type: EntityType;
  /** The entity's fullest name in that article. */
  name: string;
  entityKey: string;
  /** Set when the input matched one of the entity's aliases rather than its own key. */
  alias?: string;
  mentionCount: number;
  context: string;
}

export interface PageOptions {
  limit?: number;
  cursor?: string;
}

/** Question 2: articles that mention an entity (folded like the contract's keys), newest first. */
export async function findArticlesByEntity(
  table: RecordTable,
  name: string,
  options: PageOptions & { type?: EntityType } = {},
): Promise<Page<EntityHit>> {
  const key = storedEntityKey(entityKey(name));
  if (!key) throw new InvalidQueryError(`"${name}" has no letters or digits to look up`);
  if (options.type && !ENTITY_TYPE_NAMES.includes(options.type)) throw new InvalidQueryError(`type must be one of ${ENTITY_TYPE_NAMES.join(', ')}`);
  const page = await queryPartitions<EntityItem | AliasItem>(table, [{
    IndexName: 'gsi1',
    KeyConditionExpression: 'gsi1pk = :pk',
    ExpressionAttributeValues: { ':pk': entityGsiPk(key), ...(options.type ? { ':type': options.type } : {}) },
    ...(options.type ? { FilterExpression: '#type = :type', ExpressionAttributeNames: { '#type': 'type' } } : {}),
    ScanIndexForward: false,
  }], checkLimit(options.limit), options.cursor);
  return {
    cursor: page.cursor,
    items: page.items.map((i) => ({
      bucket: i.bucket, key: i.key, publishedAt: i.publishedAt, type: i.type, name: i.name, entityKey: i.entityKey,
      ...(i.kind === 'alias' ? { alias: i.alias } : {}), mentionCount: i.mentionCount, context: i.context,
    })),
  };
}

function checkDay(label: string, value: string, edge: 'start' | 'end'): string {
  const range = parseDateValue(value);
  if (!range || value.includes('/')) throw new InvalidQueryError(`${label} must be an ISO date (YYYY, YYYY-MM or YYYY-MM-DD), got "${value}"`);
  return range[edge];
}

/** Question 3: date items overlapping [from, to], by year then start day; ranges count when they overlap. */
export async function findDates(table: RecordTable, options: PageOptions & { from: string; to: string }): Promise<Page<DateItem>> {
  const from = checkDay('from', options.from, 'start');
  const to = checkDay('to', options.to, 'end');
  if (from > to) throw new InvalidQueryError(`from (${options.from}) is after to (${options.to})`);
  const fromYear = Number(from.slice(0, 4));
  const toYear = Number(to.slice(0, 4));
  if (toYear - fromYear > 500) throw new InvalidQueryError('a date range may span at most 500 years');
  // Sort keys start with the day the item's range starts within the partition, so "starts on or
  // before `to`" is a key condition ('$' sorts right after the '#' separator).
  const upTo = { ':hi': `${to}$`, ':from': from };
  const partitions = Array.from({ length: toYear - fromYear + 1 }, (_, i) => {
    const year = fromYear + i;
    // A multi-year range is indexed in every year it covers; report it only from the first year
    // the question reads, so it appears once.
    const firstRead = year === fromYear;
    return {
      IndexName: 'gsi1',
      KeyConditionExpression: 'gsi1pk = :pk AND gsi1sk < :hi',
      FilterExpression: firstRead ? 'rangeEnd >= :from' : 'rangeEnd >= :from AND rangeStart >= :ystart',
      ExpressionAttributeValues: { ':pk': dateGsiPk(String(year)), ...upTo, ...(firstRead ? {} : { ':ystart': `${year}-01-01` }) },
    };
  });
  partitions.push({
    IndexName: 'gsi1',
    KeyConditionExpression: 'gsi1pk = :pk AND gsi1sk < :hi',
    FilterExpression: 'rangeEnd >= :from',
    ExpressionAttributeValues: { ':pk': dateGsiPk(LONG_PARTITION), ...upTo },
  });
  return queryPartitions<DateItem>(table, partitions, checkLimit(options.limit), options.cursor);
}

/** Question 4: amounts in one currency, largest first, optionally within [min, max]. */
export async function findMoney(table: RecordTable, options: PageOptions & { currency: string; min?: number; max?: number }): Promise<Page<MoneyItem>> {
  const currency = options.currency.toUpperCase();
  if (!/^[A-Z]{3}$/.test(currency)) throw new InvalidQueryError(`currency must be an ISO 4217 code such as USD, got "${options.currency}"`);
  for (const [label, v] of [['min', options.min], ['max', options.max]] as const) {
    if (v !== undefined && !Number.isFinite(v)) throw new InvalidQueryError(`${label} must be a number`);
  }
  const { min, max } = options;
  const range = min !== undefined && max !== undefined ? ' AND gsi2sk BETWEEN :min AND :max'
    : min !== undefined ? ' AND gsi2sk >= :min' : max !== undefined ? ' AND gsi2sk <= :max' : '';
  return queryPartitions<MoneyItem>(table, [{
    IndexName: 'gsi2',
    KeyConditionExpression: `gsi2pk = :pk${range}`,
    ExpressionAttributeValues: { ':pk': moneyGsiPk(currency), ...(min !== undefined ? { ':min': min } : {}), ...(max !== undefined ? { ':max': max } : {}) },
    ScanIndexForward: false,
  }], checkLimit(options.limit), options.cursor);
}

/** Question 5: failed and rejected articles with their reasons, newest first within each status. */
export async function findFailed(table: RecordTable, options: PageOptions & { status?: Exclude<ArticleStatus, 'extracted'> } = {}): Promise<Page<ArticleItem>> {
  const statuses = options.status ? [options.status] : ['failed', 'rejected'];
  return queryPartitions<ArticleItem>(table, statuses.map((status) => ({
    IndexName: 'gsi1',
    KeyConditionExpression: 'gsi1pk = :pk',
    ExpressionAttributeValues: { ':pk': statusGsiPk(status) },
    ScanIndexForward: false,
  })), checkLimit(options.limit), options.cursor);
}

export interface TopEntity {
  type: EntityType;
  entityKey: string;
  name: string;
  /** Articles currently in the table that mention it. */
  articles: number;
}

/** Question 6: the entities of one type mentioned by the most articles. */
export async function topEntities(table: RecordTable, type: EntityType, n = 10): Promise<TopEntity[]> {
  if (!ENTITY_TYPE_NAMES.includes(type)) throw new InvalidQueryError(`type must be one of ${ENTITY_TYPE_NAMES.join(', ')}`);
  const limit = checkLimit(n);
  const page = await table.client.send(new QueryCommand({
    TableName: table.tableName,
    IndexName: 'gsi2',
    // Counters of entities no article mentions any more stay at 0 and are left out by the key condition.
    KeyConditionExpression: 'gsi2pk = :pk AND gsi2sk > :zero',
    ExpressionAttributeValues: { ':pk': topGsiPk(type), ':zero': 0 },
    ScanIndexForward: false,
    Limit: limit,
  }));
  return (page.Items ?? []).map((i) => ({ type: i.type, entityKey: i.entityKey, name: i.name, articles: i.gsi2sk }));
}

/** Article counts per status (for `gleaner status`): a COUNT Query per status partition. */
export async function countArticlesByStatus(table: RecordTable): Promise<Record<ArticleStatus, number>> {
  const counts = { extracted: 0, failed: 0, rejected: 0 } as Record<ArticleStatus, number>;
  for (const status of Object.keys(counts) as ArticleStatus[]) {
    let key: Record<string, unknown> | undefined;
    do {
      const page = await table.client.send(new QueryCommand({
        TableName: table.tableName, IndexName: 'gsi1', Select: 'COUNT', ExclusiveStartKey: key,
        KeyConditionExpression: 'gsi1pk = :pk', ExpressionAttributeValues: { ':pk': statusGsiPk(status) },
      }));
      counts[status] += page.Count ?? 0;
      key = page.LastEvaluatedKey;
    } while (key);
  }
  return counts;
}
