// The one write path: whatever became of an object (extracted, failed, rejected, removed), its record
// is replaced the same way, safe under at-least-once, out-of-order delivery and crashes:
//   1. read the article's partition (head + facts); an event older than the stored result (or an
//      in-flight newer one) is stale, the same event already completed is a duplicate: both end here;
//   2. claim the head for this event: a lease, so only one event writes a key's items at a time. A
//      newer event finding an older one's live lease waits (ArticleBusyError: retried later); a lease
//      left by a crashed worker expires; the same event may always resume;
//   3. write the facts item first: it lists every item outside the partition this version writes
//      (`index`) and every one an earlier version may have left (`retired`), so from here on a crash
//      at any point leaves a list of everything that may exist;
//   4. write the index items that changed, add vocabulary terms the corpus lacks, delete the retired;
//   5. finalize: put the head, conditional on the claim still being ours, with the facts' digest;
//      a removal then deletes its facts (nothing is left that they could list).
// A head whose digest matches the facts and has no claim marks the facts as complete: only then are
// its digests trusted to skip unchanged items.
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, GetCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { TransientError } from '../errors.ts';
import { EXTRACTOR_VERSION } from '../extract/version.ts';
import { batchWriteAll, deleteRequest, findExistingKeys, putRequest } from './batch-write.ts';
import { buildRemoval, TOMBSTONE_SECONDS, type BuiltRecord } from './build-items.ts';
import { decodeFacts, digestOf, encodeFacts } from './facts-codec.ts';
import { ARTICLE_SK, FACTS_SK, articlePk, legacyCounterKey } from './keys.ts';
import type { ArticleFacts, FactsItem, FactsPayload, IndexRef, ObjectVersion } from './model.ts';
import type { RecordTable } from './record-table.ts';

/** What happened to one event: only `written` changed the table. */
export type WriteOutcome = 'written' | 'duplicate' | 'stale' | 'superseded';

/** An older event is still being written for this key: retry this (newer) one later. */
export class ArticleBusyError extends TransientError {
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
  factsDigest?: string;
  type?: string;
  entityKey?: string;
}

const EMPTY_FACTS: ArticleFacts = { people: [], places: [], organizations: [], dates: [], money: [] };
const refKey = (r: { 0: string; 1: string }) => `${r[0]}\n${r[1]}`;

/** The article's own items (head, facts, and items of the old model), strongly consistent. */
async function readPartition(table: RecordTable, pk: string): Promise<StoredItem[]> {
  const items: StoredItem[] = [];
  let cursor: Record<string, unknown> | undefined;
  do {
    const page = await table.client.send(new QueryCommand({
      TableName: table.tableName, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': pk }, ConsistentRead: true, ExclusiveStartKey: cursor,
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
 * A cheap early look (one strongly consistent read of the small head) so a stale or duplicate event
 * skips reading and extracting the object. The write checks again; this only saves work.
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

const isConditionFailure = (error: unknown) => error instanceof ConditionalCheckFailedException;

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
    if (!isConditionFailure(error)) throw error;
    // Lost a race since our read: find out to whom.
    const { Item } = await table.client.send(new GetCommand({ TableName: table.tableName, Key: key, ConsistentRead: true }));
    if (judgeEvent(Item as StoredItem | undefined, version.order, undefined, now)) return 'stale';
    throw new ArticleBusyError(`could not claim ${key.pk}: another event holds it`);
  }
}

async function finalizeHead(table: RecordTable, item: object, order: string): Promise<boolean> {
  try {
    await table.client.send(new PutCommand({
      TableName: table.tableName, Item: item, ConditionExpression: '#claim = :o', ExpressionAttributeNames: { '#claim': 'claim' }, ExpressionAttributeValues: { ':o': order },
    }));
    return true;
  } catch (error) {
    if (isConditionFailure(error)) return false;
    throw error;
  }
}

/**
 * The facts item of a record: its facts, the index items it writes (`index`, with digests) and those of
 * `mayExist` it does not (`retired`). Pure, so the bench prices exactly what is written.
 */
export function buildFactsItem(version: ObjectVersion, record: BuiltRecord, mayExist: IndexRef[] = [], now: Date = new Date()): { item: FactsItem; payload: FactsPayload } {
  const next: IndexRef[] = record.index.map((item) => [item.pk, item.sk, digestOf(item)]);
  const nextKeys = new Set(next.map(refKey));
  const payload: FactsPayload = { facts: record.facts ?? EMPTY_FACTS, index: next, retired: mayExist.filter((r) => !nextKeys.has(refKey(r))) };
  const item: FactsItem = {
    pk: articlePk(version.bucket, version.key), sk: FACTS_SK, z: encodeFacts(payload), digest: digestOf(payload),
    // A removed article's facts only carry the retired list; TTL clears them with the tombstone.
    ...(record.head.kind === 'tombstone' ? { expiresAt: Math.floor(now.getTime() / 1000) + TOMBSTONE_SECONDS } : {}),
  };
  return { item, payload };
}

/**
 * Vocabulary items known to exist, per table, remembered by this process (a Lambda container lives for
 * many batches). Terms are never deleted, so a remembered one is always right; news repeats names, so
 * most lookups end here instead of in a read. Bounded: the oldest half is forgotten when full.
 */
const knownTerms = new Map<string, Set<string>>();
export const MAX_KNOWN_TERMS = 100_000;

function rememberTerms(tableName: string, keys: string[]): void {
  let known = knownTerms.get(tableName);
  if (!known) knownTerms.set(tableName, (known = new Set()));
  for (const k of keys) known.add(k);
  if (known.size > MAX_KNOWN_TERMS) knownTerms.set(tableName, new Set([...known].slice(known.size / 2)));
}

/** Adds the vocabulary items the corpus does not have yet (a read costs a fifth of a write; memory nothing). */
async function addMissingTerms(table: RecordTable, terms: BuiltRecord['terms']): Promise<void> {
  const known = knownTerms.get(table.tableName);
  const unknown = terms.filter((t) => !known?.has(refKey([t.pk, t.sk])));
  if (!unknown.length) return;
  const existing = await findExistingKeys(table, unknown);
  await batchWriteAll(table, unknown.filter((t) => !existing.has(refKey([t.pk, t.sk]))).map(putRequest));
  rememberTerms(table.tableName, unknown.map((t) => refKey([t.pk, t.sk])));
}

/**
 * Makes the table hold exactly `record` for the object, unless a newer event already decided it.
 * The same path for an extracted, failed, rejected or removed object.
 */
export async function writeRecord(table: RecordTable, version: ObjectVersion, record: BuiltRecord, options: WriteOptions = {}): Promise<WriteOutcome> {
  const now = options.now ?? new Date();
  const pk = articlePk(version.bucket, version.key);
  const stored = await readPartition(table, pk);
  const head = stored.find((i) => i.sk === ARTICLE_SK);
  const verdict = judgeEvent(head, version.order, record.head.kind === 'article' ? record.head.extractorVersion : undefined, now);
  // A removal that crashed after its tombstone left its facts (the retired list, all deleted): the
  // redelivery clears them instead of waiting for the TTL.
  if (verdict === 'duplicate' && record.head.kind === 'tombstone' && stored.some((i) => i.sk === FACTS_SK)) {
    await table.client.send(new DeleteCommand({ TableName: table.tableName, Key: { pk, sk: FACTS_SK } }));
  }
  if (verdict) return verdict;
  if ((await claimArticle(table, version, options)) === 'stale') return 'stale';

  // What may exist outside the partition, and which of it is known to be exactly as listed.
  const storedFacts = stored.find((i) => i.sk === FACTS_SK) as (StoredItem & FactsItem) | undefined;
  const previous: FactsPayload | undefined = storedFacts ? decodeFacts(storedFacts.z) : undefined;
  const complete = !!storedFacts && !!head && !head.claim && head.factsDigest === storedFacts.digest;
  const mayExist = new Map<string, IndexRef>();
  for (const ref of previous?.index ?? []) mayExist.set(refKey(ref), ref);
  if (!complete) for (const ref of previous?.retired ?? []) mayExist.set(refKey(ref), ref);

  const factsItem = buildFactsItem(version, record, [...mayExist.values()], now);
  const { index: next, retired } = factsItem.payload;
  const removal = record.head.kind === 'tombstone';
  // A removal with nothing left to retire (the object was never recorded) needs no facts at all.
  const needsFacts = !removal || retired.length > 0;
  if (needsFacts && storedFacts?.digest !== factsItem.item.digest) await table.client.send(new PutCommand({ TableName: table.tableName, Item: factsItem.item }));
  const factsDigest = factsItem.item.digest;

  const trusted = complete ? new Map(previous!.index.map((r) => [refKey(r), r[2]])) : new Map<string, string>();
  await batchWriteAll(table, record.index.filter((_, i) => trusted.get(refKey(next[i])) !== next[i][2]).map(putRequest));
  await addMissingTerms(table, record.terms);
  // Items of the old model lived in the article's partition; their corpus-wide counters go with them.
  const legacy = stored.filter((i) => i.sk !== ARTICLE_SK && i.sk !== FACTS_SK);
  const legacyCounters = legacy.filter((i) => i.kind === 'entity' && i.type && i.entityKey).map((i) => legacyCounterKey(i.type!, i.entityKey!));
  await batchWriteAll(table, [...retired.map(([rpk, rsk]) => ({ pk: rpk, sk: rsk })), ...legacy, ...legacyCounters].map(deleteRequest));
  // Only a newer event whose wait outlasted our lease can have taken over: our lease is longer than
  // we live, so that means we ran past it. Its own write settles what we wrote.
  if (!(await finalizeHead(table, { ...record.head, ...(needsFacts ? { factsDigest } : {}) }, version.order))) return 'superseded';
  // A tombstone needs no facts once the retired items are gone (a crash before this leaves them to TTL).
  if (removal && (needsFacts || storedFacts)) await table.client.send(new DeleteCommand({ TableName: table.tableName, Key: { pk, sk: FACTS_SK } }));
  return 'written';
}

/** ObjectRemoved: every item of the article goes; a tombstone keeps the event order for a week. */
export function removeArticle(table: RecordTable, version: ObjectVersion, options: WriteOptions = {}): Promise<WriteOutcome> {
  return writeRecord(table, version, buildRemoval(version, options.now ?? new Date()), options);
}
