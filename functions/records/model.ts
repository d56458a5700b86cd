// The item kinds of the Gleaner table. All items of one article share `pk = ART#<bucket>/<key>`; the
// two overloaded indexes answer the cross-article questions (see keys.ts and the README):
//   gsi1 (S,S): ENT#<entity key> → entity/alias items, newest first by publishedAt
//               STATUS#<status>  → article items by processedAt
//               DATE#<year>|DATE#LONG → date items by start day
//   gsi2 (S,N): MONEY#<CUR>      → money items by amount
//               TOP#<type>       → counter items by number of articles mentioning the entity
import type { EntityType } from '../extract/types.ts';

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

/** What Gleaner knows about an object and the event that announced it. */
export interface ObjectVersion {
  bucket: string;
  key: string;
  /** Event order (event-order.ts); newer events compare greater. */
  order: string;
  sequencer?: string;
  eventTime?: string;
  etag?: string;
  versionId?: string;
  size?: number;
}

interface BaseItem {
  pk: string;
  sk: string;
  bucket: string;
  key: string;
}

/** The article item stores the version it was built from (order, sequencer, ETag …) beside its own fields. */
export interface ArticleItem extends BaseItem, Omit<ObjectVersion, 'bucket' | 'key'> {
  kind: 'article';
  status: ArticleStatus;
  /** Why the article failed or was rejected, for a person to act on. */
  reason?: string;
  encoding?: string;
  /** `html` when extracted from an HTML page's visible text (offsets still index the file). */
  format?: string;
  publishedAt?: string;
  title?: string;
  counts?: ArticleCounts;
  extractorVersion: string;
  processedAt: string;
  gsi1pk: string;
  gsi1sk: string;
}

/** Left behind by ObjectRemoved so an older, late event cannot bring the article back. */
export interface TombstoneItem extends BaseItem {
  kind: 'tombstone';
  order: string;
  removedAt: string;
  /** Epoch seconds; the table's TTL attribute removes tombstones after a week. */
  expiresAt: number;
}

interface ChildBase extends BaseItem {
  publishedAt?: string;
  /** How many mentions the text has; `mentions` may hold fewer (see MAX_MENTIONS). */
  mentionCount: number;
  mentions: StoredSpan[];
  /** The words around the first mention, for people reading query results. */
  context: string;
}

export interface EntityItem extends ChildBase {
  kind: 'entity';
  type: EntityType;
  entityKey: string;
  name: string;
  aliases: string[];
  gsi1pk: string;
  gsi1sk: string;
}

/** Lets `Tokayev` find the articles where it was merged into `Kassym-Jomart Tokayev`. */
export interface AliasItem extends Omit<ChildBase, 'mentions'> {
  kind: 'alias';
  type: EntityType;
  alias: string;
  aliasKey: string;
  entityKey: string;
  name: string;
  gsi1pk: string;
  gsi1sk: string;
}

export interface DateItem extends ChildBase {
  kind: 'date';
  value: string;
  /** The first and last day the value covers (`2023-08` → 2023-08-01 … 2023-08-31). */
  rangeStart: string;
  rangeEnd: string;
  gsi1pk: string;
  gsi1sk: string;
}

export interface MoneyItem extends ChildBase {
  kind: 'money';
  currency: string;
  amount: number;
  amountHigh?: number;
  qualifier?: string;
  gsi2pk: string;
  gsi2sk: number;
}

export interface CounterItem {
  pk: string;
  sk: string;
  kind: 'counter';
  type: EntityType;
  entityKey: string;
  name: string;
  /** Articles that currently have an entity item with this type and key. */
  gsi2pk: string;
  gsi2sk: number;
}

export type ChildItem = EntityItem | AliasItem | DateItem | MoneyItem;
