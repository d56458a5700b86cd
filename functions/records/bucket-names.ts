// Bucket codes back to names for query results. A code's name never changes, so each is read once per
// process (BatchGetItem of `B#<code>` items) and remembered.
import { batchGetItems } from './batch-write.ts';
import { BUCKET_SK, bucketCode, bucketPk } from './keys.ts';
import type { RecordTable } from './record-table.ts';

export interface BucketItem {
  pk: string;
  sk: string;
  name: string;
}

const known = new Map<string, string>();

/** The registry item of a bucket, written (once per corpus) with its first article. */
export function buildBucketItem(bucket: string): BucketItem {
  known.set(bucketCode(bucket), bucket);
  return { pk: bucketPk(bucketCode(bucket)), sk: BUCKET_SK, name: bucket };
}

/** Replaces the bucket code of each result with the bucket's name. */
export async function nameBuckets<T extends { bucket: string }>(table: RecordTable, items: T[]): Promise<T[]> {
  const missing = [...new Set(items.map((i) => i.bucket))].filter((c) => !known.has(c));
  if (missing.length) {
    for (const b of await batchGetItems<BucketItem>(table, missing.map((c) => ({ pk: bucketPk(c), sk: BUCKET_SK })))) known.set(b.pk.slice(2), b.name);
  }
  return items.map((i) => ({ ...i, bucket: known.get(i.bucket) ?? i.bucket }));
}
