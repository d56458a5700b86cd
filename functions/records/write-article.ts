// Replacing an article's records, safe under at-least-once, out-of-order delivery:
//   1. read the partition; an event older than the stored result (or an in-flight newer one) is stale,
//      the same event already completed is a duplicate: both end here without writing;
//   2. claim the article item for this event: a lease, so only one event writes a key's items at a
//      time. A newer event finding an older one's live lease waits (ArticleBusyError: the message is
//      retried later); a lease left by a crashed worker expires; the same event may always resume;
//   3. write the children that changed, then delete the children the new result no longer has;
//   4. finalize: put the article item, conditional on the claim still being ours.
// The article item is written last, so a crash anywhere leaves the claim open and the next delivery
// redoes every step; the result is the complete set of the newest event.
import { GetCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { EXTRACTOR_VERSION } from '../extract/index.ts';
import { batchWriteAll, deleteRequest, putRequest } from './batch-write.ts';
import { buildTombstone, type ArticleItems } from './build-items.ts';
import { deleteEntities, putEntities } from './counted-entities.ts';
import { ARTICLE_SK, articlePk } from './keys.ts';
import type { ArticleItem, ChildItem, EntityItem, ObjectVersion } from './model.ts';
import type { RecordTable } from './record-table.ts';

/** What happened to one event: only `written` changed the table. */
export type WriteOutcome = 'written' | 'duplicate' | 'stale' | 'superseded';

/** An older event is still being written for this key: retry this (newer) one later. Transient. */
export class ArticleBusyError extends Error {
  override name = 'ArticleBusyError';
}

export interface WriteOptions {
  now?: Date;
  /**
   * How long our claim keeps newer events out. Must outlast the worker (the Lambda passes its remaining
   * time), so that when it expires the holder is surely dead.
   */
  leaseMs?: number;
}

export const DEFAULT_LEASE_MS = 120_000;

interface StoredItem extends Record<string, unknown> {
  pk: string;
  sk: string;
  kind?: string;
  order?: string;
  claim?: string;
  extractorVersion?: string;
  type?: EntityItem['type'];
  entityKey?: string;
  name?: string;
}

/**
 * Every item of one article (one Query, paginated), whole: reading an item costs a quarter of writing
 * it, so comparing lets a re-upload or a retry skip every item that is already right.
 */
async function readPartition(table: RecordTable, pk: string): Promise<StoredItem[]> {
  const items: StoredItem[] = [];
  let cursor: Record<string, unknown> | undefined;
  do {
    const page = await table.client.send(new QueryCommand({
      TableName: table.tableName,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': pk },
      ConsistentRead: true,
      ExclusiveStartKey: cursor,
    }));
    items.push(...((page.Items ?? []) as StoredItem[]));
    cursor = page.LastEvaluatedKey;
  } while (cursor);
  return items;
}

/** Throws ArticleBusyError when an older event holds a live lease on the key. */
function judgeEvent(head: StoredItem | undefined, order: string, extractorVersion: string | undefined, now: Date): 'stale' | 'duplicate' | null {
  if (!head) return null;
  if (head.order && head.order > order) return 'stale';
  if (head.claim && head.claim > order) return 'stale';
  if (head.order === order && !head.claim && (extractorVersion === undefined || head.extractorVersion === extractorVersion)) return 'duplicate';
  if (head.claim && head.claim < order && typeof head.leaseUntil === 'string' && head.leaseUntil >= now.toISOString()) {
    throw new ArticleBusyError(`an older event for ${head.pk} is still being processed (lease until ${head.leaseUntil})`);
  }
  return null;
}

/**
 * A cheap early look (one strongly consistent read) so a stale or duplicate event skips reading and
 * extracting the object. `writeArticle` checks again; this only saves work.
 */
export async function checkEvent(table: RecordTable, version: ObjectVersion, extractorVersion: string = EXTRACTOR_VERSION, now: Date = new Date()): Promise<'stale' | 'duplicate' | null> {
  const { Item } = await table.client.send(new GetCommand({
    TableName: table.tableName,
    Key: { pk: articlePk(version.bucket, version.key), sk: ARTICLE_SK },
    ConsistentRead: true,
    ProjectionExpression: 'pk, #order, #claim, leaseUntil, extractorVersion',
    ExpressionAttributeNames: { '#order': 'order', '#claim': 'claim' },
  }));
  return judgeEvent(Item as StoredItem | undefined, version.order, extractorVersion, now);
}

/** Takes the lease, or says why not: 'stale' (something newer), or throws ArticleBusyError. */
async function claimArticle(table: RecordTable, version: ObjectVersion, options: WriteOptions): Promise<'claimed' | 'stale'> {
  const now = options.now ?? new Date();
  const key = { pk: articlePk(version.bucket, version.key), sk: ARTICLE_SK };
  try {
    await table.client.send(new UpdateCommand({
      TableName: table.tableName,
      Key: key,
      UpdateExpression: 'SET #claim = :o, claimedAt = :now, leaseUntil = :until',
      ConditionExpression: '(attribute_not_exists(#order) OR #order <= :o) AND '
        + '(attribute_not_exists(#claim) OR #claim = :o OR (#claim < :o AND leaseUntil < :now))',
      ExpressionAttributeNames: { '#claim': 'claim', '#order': 'order' },
      ExpressionAttributeValues: {
        ':o': version.order, ':now': now.toISOString(), ':until': new Date(now.getTime() + (options.leaseMs ?? DEFAULT_LEASE_MS)).toISOString(),
      },
    }));
    return 'claimed';
  } catch (error) {
    if ((error as Error).name !== 'ConditionalCheckFailedException') throw error;
    // Lost a race since our read: find out to whom.
    const { Item } = await table.client.send(new GetCommand({ TableName: table.tableName, Key: key, ConsistentRead: true }));
    const verdict = judgeEvent(Item as StoredItem | undefined, version.order, undefined, now);
    if (verdict) return 'stale';
    throw new ArticleBusyError(`could not claim ${key.pk}: another event holds it`);
  }
}

async function finalizeArticle(table: RecordTable, item: object, order: string): Promise<boolean> {
  try {
    await table.client.send(new PutCommand({
      TableName: table.tableName,
      Item: item,
      ConditionExpression: '#claim = :o',
      ExpressionAttributeNames: { '#claim': 'claim' },
      ExpressionAttributeValues: { ':o': order },
    }));
    return true;
  } catch (error) {
    if ((error as Error).name === 'ConditionalCheckFailedException') return false;
    throw error;
  }
}

/** Key order does not matter to DynamoDB, so compare canonical JSON. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

const isSameItem = (stored: StoredItem | undefined, item: object) => stored !== undefined && canonical(stored) === canonical(item);

/** Deletes stored children whose sort key the new result does not have. */
async function deleteLeftovers(table: RecordTable, stored: StoredItem[], keep: Set<string>): Promise<void> {
  const leftovers = stored.filter((i) => i.sk !== ARTICLE_SK && !keep.has(i.sk));
  const entities = leftovers.filter((i) => i.kind === 'entity' && i.type && i.entityKey);
  const others = leftovers.filter((i) => !entities.includes(i));
  await deleteEntities(table, entities.map((e) => ({ pk: e.pk, sk: e.sk, type: e.type!, entityKey: e.entityKey!, name: e.name ?? e.entityKey! })));
  await batchWriteAll(table, others.map(deleteRequest));
}

/**
 * Makes the table hold exactly `items` for the article, unless a newer event already decided it.
 * `items.children` is empty for failed and rejected articles.
 */
export async function writeArticle(
  table: RecordTable,
  version: ObjectVersion,
  items: { article: ArticleItem; children: ChildItem[] } | ArticleItems,
  options: WriteOptions = {},
): Promise<WriteOutcome> {
  const stored = await readPartition(table, articlePk(version.bucket, version.key));
  const head = stored.find((i) => i.sk === ARTICLE_SK);
  const verdict = judgeEvent(head, version.order, items.article.extractorVersion ?? EXTRACTOR_VERSION, options.now ?? new Date());
  if (verdict) return verdict;
  if ((await claimArticle(table, version, options)) === 'stale') return 'stale';

  const storedBySk = new Map(stored.map((i) => [i.sk, i]));
  const existing = new Set(storedBySk.keys());
  const changed = items.children.filter((c) => !isSameItem(storedBySk.get(c.sk), c));
  const entities = changed.filter((c): c is EntityItem => c.kind === 'entity');
  const others = changed.filter((c) => c.kind !== 'entity');
  await putEntities(table, entities, existing);
  await batchWriteAll(table, others.map(putRequest));
  await deleteLeftovers(table, stored, new Set(items.children.map((c) => c.sk)));
  // Only a newer event whose wait outlasted our lease can have taken over: our lease is longer than
  // we live, so that means we ran past it. Its own cleanup settles what we wrote.
  return (await finalizeArticle(table, items.article, version.order)) ? 'written' : 'superseded';
}

/** ObjectRemoved: deletes every item of the article and leaves a tombstone carrying the event order. */
export async function removeArticle(table: RecordTable, version: ObjectVersion, options: WriteOptions = {}): Promise<WriteOutcome> {
  const now = options.now ?? new Date();
  const stored = await readPartition(table, articlePk(version.bucket, version.key));
  const head = stored.find((i) => i.sk === ARTICLE_SK);
  const verdict = judgeEvent(head, version.order, undefined, now);
  if (verdict) return verdict;
  if ((await claimArticle(table, version, options)) === 'stale') return 'stale';
  await deleteLeftovers(table, stored, new Set());
  return (await finalizeArticle(table, buildTombstone(version, now), version.order)) ? 'written' : 'superseded';
}
