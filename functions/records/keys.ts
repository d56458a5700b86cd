// Key builders for the single-table model (README.md). Every string that becomes a DynamoDB key is
// built here, so the writers, the queries and the README's AWS CLI examples cannot drift apart.
// Keys every article writes to (the status log, a year's dates, a currency, a popular entity) carry a
// shard suffix from the article's hash, so no partition takes more than 1/SHARDS of the ingest rate.
import { createHash } from 'node:crypto';
import type { EntityType } from '../extract/types.ts';

/** DynamoDB rejects sort keys over 1,024 bytes; index keys and article ids are clipped well below. */
const MAX_KEY_PART_BYTES = 300;

/** Clips a string to at most `maxBytes` of UTF-8 without splitting a character. */
export function clipUtf8(value: string, maxBytes: number = MAX_KEY_PART_BYTES): string {
  if (Buffer.byteLength(value) <= maxBytes) return value;
  let out = '';
  let bytes = 0;
  for (const ch of value) {
    const size = Buffer.byteLength(ch);
    if (bytes + size > maxBytes) break;
    out += ch;
    bytes += size;
  }
  return out;
}

/** How many partitions each inherently hot key is spread over (bench/partition-load.ts models them). */
export const SHARDS = {
  /** `L#<status>#n`: every article writes one activity item. */
  activity: 8,
  /** `E#<entity>#n`: an entity named in most articles (a country, a wire service). */
  entity: 4,
  /** `D#<year>#n`: nearly every article mentions the current year. */
  date: 8,
  /** `M#<currency>#n`: most amounts are USD. */
  money: 8,
} as const;

/** FNV-1a (32 bit): a stable, well-spread hash of the article id; shards must never move. */
export function hashId(id: string): number {
  let h = 0x811c9dc5;
  for (const byte of Buffer.from(id)) {
    h ^= byte;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

export const shardOf = (id: string, shards: number) => hashId(id) % shards;
export const allShards = (shards: number) => Array.from({ length: shards }, (_, i) => i);

export const articleId = (bucket: string, key: string) => `${bucket}/${key}`;
/**
 * Index items name the bucket by a 6-character code (36 bits of its SHA-256): bucket names are long
 * (a CDK-named one is ~50 characters) and every index item carries one. A `B#<code>` item maps it
 * back; bucket names never contain `/` or `#`, codes (base64url) neither.
 */
export const bucketCode = (bucket: string) => createHash('sha256').update(bucket).digest('base64url').slice(0, 6);
export const bucketPk = (code: string) => `B#${code}`;
export const BUCKET_SK = 'BUCKET';

/** The article id as it appears inside index keys: `<bucket code>/<key>`. */
export const indexedId = (bucket: string, key: string) => clipUtf8(`${bucketCode(bucket)}/${key}`, 600);
export const articlePk = (bucket: string, key: string) => `ART#${articleId(bucket, key)}`;

/** The article's own items: its head (status, version, claim) and its facts. */
export const ARTICLE_SK = 'ARTICLE';
export const FACTS_SK = 'FACTS';

/** Sorts entity hits newest first; articles without a publication date sort last. */
export const UNDATED = '0000-00-00';

/** `<bucket code>/<key>` back into its parts (`bucket` is the code until bucket-names.ts names it). */
export function splitId(id: string): { bucket: string; key: string } {
  const slash = id.indexOf('/');
  return { bucket: id.slice(0, slash), key: id.slice(slash + 1) };
}

/** ISO timestamps (`2026-12-01T00:00:00.000Z`) are 24 characters; days 10. */
const TIME_CHARS = 24;
const DAY_CHARS = 10;
const AMOUNT_CHARS = 26;

/** The parts of the sort keys below. */
export const parseActivitySk = (sk: string) => ({ processedAt: sk.slice(0, TIME_CHARS), ...splitId(sk.slice(TIME_CHARS + 1)) });
export const parseMentionSk = (sk: string) => {
  const day = sk.slice(0, DAY_CHARS);
  return { publishedAt: day === UNDATED ? undefined : day, type: sk.slice(sk.lastIndexOf('#') + 1) as EntityType, ...splitId(sk.slice(DAY_CHARS + 1, sk.lastIndexOf('#'))) };
};
export const parseDateSk = (sk: string) => splitId(sk.slice(DAY_CHARS + 1));
export const parseMoneySk = (sk: string) => splitId(sk.slice(AMOUNT_CHARS + 1, sk.lastIndexOf('#')));

export const activityPk = (status: string, shard: number) => `L#${status}#${shard}`;
export const activitySk = (processedAt: string, id: string) => `${processedAt}#${id}`;

export const mentionPk = (indexKey: string, shard: number) => `E#${clipUtf8(indexKey)}#${shard}`;
export const mentionSk = (publishedAt: string | undefined, id: string, type: EntityType) => `${publishedAt ?? UNDATED}#${id}#${type}`;

export const termPk = (term: string) => `V#${clipUtf8(term)}`;
export const termSk = (indexKey: string, type: EntityType) => `${clipUtf8(indexKey)}#${type}`;

export const datePk = (partition: string, shard: number) => `D#${partition}#${shard}`;
export const dateSk = (start: string, id: string) => `${start}#${id}`;

export const moneyPk = (currency: string, shard: number) => `M#${currency.toUpperCase()}#${shard}`;
export const moneySk = (amount: number, id: string, amountHigh?: number) => `${encodeAmount(amount)}#${id}#${amountHigh ?? ''}`;

const INTEGER_DIGITS = 21;
const FRACTION_DIGITS = 4;

/**
 * A non-negative amount as a string that sorts like the number (sort keys are strings): 21 integer
 * digits (up to 10^21, beyond any real amount) and 4 decimals. Larger values are clipped to the top.
 */
export function encodeAmount(amount: number): string {
  const clipped = Math.min(Math.max(0, amount), 10 ** INTEGER_DIGITS - 1);
  const [int, frac = ''] = clipped.toFixed(FRACTION_DIGITS).split('.');
  return `${int.padStart(INTEGER_DIGITS, '0')}.${frac}`;
}

/** Old-model counters (`TOP#<type>#<key>`/`COUNT`): deleted when their article is rewritten. */
export const legacyCounterKey = (type: string, key: string) => ({ pk: `TOP#${type}#${clipUtf8(key)}`, sk: 'COUNT' });
