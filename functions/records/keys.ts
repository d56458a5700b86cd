// Key builders for the single-table model. Every string that becomes a DynamoDB key is built here, so
// the writers, the query functions and the README's AWS CLI examples cannot drift apart.
import type { EntityType } from '../extract/types.ts';

/** DynamoDB rejects sort keys over 1,024 bytes; entity keys and article ids are clipped well below. */
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

/**
 * The entity key as stored: an extractor that returns an absurdly long "name" (a run-on line) must not
 * produce a key DynamoDB refuses. Queries clip the folded input the same way, so lookups still meet.
 */
export const storedEntityKey = (key: string) => clipUtf8(key);

export const articleId = (bucket: string, key: string) => `${bucket}/${key}`;
export const articlePk = (bucket: string, key: string) => `ART#${articleId(bucket, key)}`;

export const ARTICLE_SK = 'ARTICLE';
export const entitySk = (type: EntityType, key: string) => `ENT#${type}#${storedEntityKey(key)}`;
export const aliasSk = (type: EntityType, aliasKey: string, key: string) =>
  `ALIAS#${type}#${storedEntityKey(aliasKey)}#${storedEntityKey(key)}`;
export const dateSk = (value: string, bucketName: string) => `DATE#${value}#${bucketName}`;
export const moneySk = (currency: string, amount: number, amountHigh?: number) =>
  `MONEY#${currency}#${amount}${amountHigh === undefined ? '' : `-${amountHigh}`}`;

/** gsi1 partitions. */
export const entityGsiPk = (key: string) => `ENT#${storedEntityKey(key)}`;
export const statusGsiPk = (status: string) => `STATUS#${status}`;
export const dateGsiPk = (bucketName: string) => `DATE#${bucketName}`;
/** gsi2 partitions. */
export const moneyGsiPk = (currency: string) => `MONEY#${currency.toUpperCase()}`;
export const topGsiPk = (type: EntityType) => `TOP#${type}`;

/** One counter item per (type, entity key) across the corpus. */
export const counterPk = (type: EntityType, key: string) => `TOP#${type}#${storedEntityKey(key)}`;
export const COUNTER_SK = 'COUNT';

/** Sorts entity hits newest first; articles without a publication date sort last. */
export const UNDATED = '0000-00-00';
