// The item kinds of the Gleaner table (README.md has the keys, sizes and write units of each).
//   ART#<id> / ARTICLE       head: status, event order, claim, metadata                 (the article)
//   ART#<id> / FACTS         facts: every entity, date and amount with mentions, compressed
//   E#<indexKey>#<n> / …     mention: one per entity per article, for "articles naming X"
//   V#<term> / …             term: corpus-wide, name part or alias → entity, written once
//   D#<year>#<n> / …         dates: one per article per year it mentions, for date ranges
//   M#<CUR>#<n> / …          money: one per amount per article, sorted by amount
//   L#<status>#<n> / …       activity: one per article, newest first; the source of every aggregate
// No secondary index: each question reads base items keyed for it.
import type { EntityType, PublishedAtSource } from '../extract/types.ts';

export type ArticleStatus = 'extracted' | 'failed' | 'rejected';

export interface StoredSpan {
  text: string;
  start: number;
  end: number;
}

export interface ArticleCounts {
  people: number;
  places: number;
  organizations: number;
  dates: number;
  money: number;
}

/** What Gleaner knows about an object and the event that announced it. Never changed once built. */
export interface ObjectVersion {
  readonly bucket: string;
  readonly key: string;
  /** Event order (event-order.ts); newer events compare greater. */
  readonly order: string;
  readonly sequencer?: string;
  readonly eventTime?: string;
  readonly etag?: string;
  readonly versionId?: string;
  readonly size?: number;
}

interface BaseItem {
  pk: string;
  sk: string;
}

/** The article's head item: small on purpose, because the claim and the finalize both write it. */
export interface ArticleItem extends BaseItem, Omit<ObjectVersion, 'bucket' | 'key'> {
  kind: 'article';
  bucket: string;
  key: string;
  status: ArticleStatus;
  /** Why the article failed or was rejected, for a person to act on. */
  reason?: string;
  encoding?: string;
  /** `html` when extracted from an HTML page's visible text (offsets still index the file). */
  format?: string;
  publishedAt?: string;
  /** Where publishedAt came from (S3 metadata, the text's header or dateline, the upload time). */
  publishedAtSource?: PublishedAtSource;
  /** Filled in by getArticle from the facts (not stored on the head). */
  title?: string;
  counts?: ArticleCounts;
  extractorVersion: string;
  processedAt: string;
  claim?: string;
  leaseUntil?: string;
  claimedAt?: string;
}

/** Left behind by ObjectRemoved so an older, late event cannot bring the article back. */
export interface TombstoneItem extends BaseItem {
  kind: 'tombstone';
  bucket: string;
  key: string;
  order: string;
  removedAt: string;
  /** Epoch seconds; the table's TTL attribute removes tombstones after a week. */
  expiresAt: number;
  claim?: string;
}

export interface EntityFact {
  type: EntityType;
  /** The fullest name in the article. */
  name: string;
  /** The extractor's key (the contract's `key`). */
  entityKey: string;
  /** What the table indexes it under (name-terms.ts). */
  indexKey: string;
  aliases: string[];
  /** How many mentions the text has; `mentions` may hold fewer (see MAX_MENTIONS). */
  mentionCount: number;
  mentions: StoredSpan[];
  /** The words around the first mention. */
  context: string;
}

export interface DateFact {
  value: string;
  /** The first and last day the value covers; absent when the calendar cannot place it. */
  rangeStart?: string;
  rangeEnd?: string;
  mentionCount: number;
  mentions: StoredSpan[];
  context: string;
}

export interface MoneyFact {
  currency: string;
  amount: number;
  amountHigh?: number;
  qualifier?: string;
  mentionCount: number;
  mentions: StoredSpan[];
  context: string;
}

export interface ArticleFacts {
  /** Kept here and on the activity item, not on the head (which every claim rewrites). */
  title?: string;
  people: EntityFact[];
  places: EntityFact[];
  organizations: EntityFact[];
  dates: DateFact[];
  money: MoneyFact[];
}

/** A key of an item outside the article's partition, with a digest of its content. */
export type IndexRef = [pk: string, sk: string, digest: string];

/** What the facts item holds, compressed (facts-codec.ts). */
export interface FactsPayload {
  facts: ArticleFacts;
  /** Every item this version writes outside the partition. */
  index: IndexRef[];
  /** Items an earlier version wrote that this one deletes: kept until the write completes. */
  retired: IndexRef[];
}

/** Complete once the head carries its digest (`factsDigest`) and no claim. */
export interface FactsItem extends BaseItem {
  /** Brotli-compressed JSON of a FactsPayload. */
  z: Uint8Array;
  digest: string;
  expiresAt?: number;
}

/**
 * Written once per entity per article, so every byte counts: one-letter attributes, and nothing the
 * keys already say (index key in pk; publishedAt, bucket/key and type in sk: `<day>#<bucket>/<key>#<type>`).
 */
export interface MentionItem extends BaseItem {
  /** The fullest name in the article. */
  n: string;
  /** Mentions in the article. */
  c: number;
  /** A short snippet around the first mention. */
  x: string;
}

export interface TermItem extends BaseItem {
  kind: 'term';
  type: EntityType;
  indexKey: string;
  name: string;
}

/** A mention as [text, start, end]. */
export type SpanTuple = [text: string, start: number, end: number];

/** One value inside a dates item. */
export interface DateValue {
  /** The normalised value (`2023-08`). */
  v: string;
  /** First and last day it covers (whole, not clipped to the partition). */
  s: string;
  e: string;
  /** Mentions in the article; `w` is the first. */
  c: number;
  w: SpanTuple;
  x: string;
}

/** One per article per century its dates fall in; sk `<first day in the century>#<bucket>/<key>`. */
export interface DatesItem extends BaseItem {
  /** The latest day any value covers inside this partition (the range filter). */
  e: string;
  v: DateValue[];
}

/** One per distinct amount per article; pk names the currency, sk `<amount, sortable>#<bucket>/<key>#<high>`. */
export interface MoneyItem extends BaseItem {
  a: number;
  h?: number;
  q?: string;
  c: number;
  w: SpanTuple;
  x: string;
}

/** One per article in its status's log: newest first, and what every aggregate is computed from. */
/** pk `L#<status>#<shard>`, sk `<processedAt>#<bucket>/<key>`: status, time and object are in the keys. */
export interface ActivityItem extends BaseItem {
  extractorVersion: string;
  etag?: string;
  title?: string;
  publishedAt?: string;
  publishedAtSource?: PublishedAtSource;
  reason?: string;
  counts?: ArticleCounts;
  /** Entity names per type (aggregates fold them with indexKeyOf). */
  people?: string[];
  places?: string[];
  organizations?: string[];
  /** Sum of amounts per currency. */
  sums?: Record<string, number>;
  /** Date values per month they start in (values of day or month precision). */
  months?: Record<string, number>;
}

export type IndexItem = MentionItem | DatesItem | MoneyItem | ActivityItem;
