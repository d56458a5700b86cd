// Keeps the table an exact mirror of the bucket when events were never sent: objects written while
// the pipeline was down, multipart uploads s3rver does not announce, objects deleted behind its back,
// and records written by an older extractor version.
// Compares a listing of the input prefix with the recorded articles (functions/records
// listArticleStates: Queries, never a Scan) and returns the events S3 would have sent; keys that
// already have a message queued are left to that message. Records of the old table model have no
// activity item, so they are listed as missing and reprocessed: that is how they migrate.
import { HeadObjectCommand, ListObjectsV2Command, type S3Client } from '@aws-sdk/client-s3';
import { EXTRACTOR_VERSION } from '../functions/extract/version.ts';
import { listArticleStates, type RecordTable } from '../functions/records/index.ts';

export interface ReconcileTarget {
  s3: S3Client;
  table: RecordTable;
  bucket: string;
  prefix: string;
}

export interface MissedEvent {
  action: 'created' | 'removed';
  key: string;
  size?: number;
  eTag?: string;
}

async function listObjects(target: ReconcileTarget): Promise<Map<string, { eTag: string; size: number }>> {
  const objects = new Map<string, { eTag: string; size: number }>();
  let token: string | undefined;
  do {
    const page = await target.s3.send(new ListObjectsV2Command({ Bucket: target.bucket, Prefix: target.prefix, ContinuationToken: token }));
    for (const o of page.Contents ?? []) {
      if (o.Key && !o.Key.endsWith('/')) objects.set(o.Key, { eTag: (o.ETag ?? '').replace(/"/g, ''), size: o.Size ?? 0 });
    }
    token = page.IsTruncated ? page.NextContinuationToken : undefined;
  } while (token);
  return objects;
}

async function objectExists(target: ReconcileTarget, key: string): Promise<boolean> {
  try {
    await target.s3.send(new HeadObjectCommand({ Bucket: target.bucket, Key: key }));
    return true;
  } catch (error) {
    const e = error as { name?: string; $metadata?: { httpStatusCode?: number } };
    if (e.name === 'NotFound' || e.name === 'NoSuchKey' || e.$metadata?.httpStatusCode === 404) return false;
    throw error;
  }
}

/**
 * The events the table is missing. `isQueued(key)` is asked last, right before the caller enqueues,
 * so a message that was processed while we listed is not sent twice.
 */
export async function findMissedEvents(
  target: ReconcileTarget,
  isQueued: (key: string) => boolean,
  extractorVersion: string = EXTRACTOR_VERSION,
): Promise<MissedEvent[]> {
  // Bucket first, table second: an object that arrives in between has its own event on the way.
  const objects = await listObjects(target);
  const articles = await listArticleStates(target.table, { bucket: target.bucket, prefix: target.prefix });
  const missed: MissedEvent[] = [];
  for (const [key, object] of objects) {
    const article = articles.get(key);
    // A record from an older extractor is redone too, so upgrading Gleaner refreshes the local table.
    const current = article?.etag === object.eTag && article.extractorVersion === extractorVersion;
    if (!current && !isQueued(key)) missed.push({ action: 'created', key, size: object.size, eTag: object.eTag });
  }
  for (const key of articles.keys()) {
    // Confirm the absence: the object may have been written after the listing and processed since.
    if (!objects.has(key) && !isQueued(key) && !(await objectExists(target, key))) missed.push({ action: 'removed', key });
  }
  return missed;
}
