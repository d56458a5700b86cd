// The core of `gleaner reprocess`: every object of a listing becomes one message shaped like the S3
// event notification the bucket sends (so the handler cannot tell it from a real one), sent in
// batches of 10 (SQS's SendMessageBatch limit), with a progress call every N keys.
//
// The event carries the sequencer of the object's stored record, not a new one: S3 sequencers only
// order events of one key and are not clocks, so an invented one could rank below the stored event
// (the handler would skip it as stale) or above every future real event (they would all be skipped).
// With the stored order, the handler redoes records an older extractor wrote and skips current ones
// as duplicates; an object with no record gets the lowest possible order, which any real event beats.
import { buildNotification } from '../local/s3-event-bridge.ts';

export const SEND_BATCH_SIZE = 10;
/** The lowest sequencer: an object never processed has nothing stored to rank against. */
export const FIRST_SEQUENCER = '0';

export interface ListedObject {
  key: string;
  size?: number;
  eTag?: string;
}

/** What the stored record says about the event it was built from. */
export interface StoredVersion {
  sequencer?: string;
  eventTime?: string;
}

export interface ReprocessDeps {
  bucket: string;
  /** Pages of the bucket's listing, in order. */
  listPages(): AsyncIterable<ListedObject[]>;
  /** The stored record's version of `key`, or null when it has none. */
  readVersion(key: string): Promise<StoredVersion | null>;
  /** Sends up to SEND_BATCH_SIZE message bodies; throws if any could not be sent. */
  sendBatch(bodies: string[]): Promise<void>;
  /** Called after every `progressEvery` keys sent, and once at the end. */
  onProgress?(sent: number): void;
  progressEvery?: number;
  /** Record reads in parallel. */
  readConcurrency?: number;
}

export function buildReprocessMessage(bucket: string, object: ListedObject, version: StoredVersion | null): string {
  // A record ordered by eventTime (an event without a sequencer) is matched by the same eventTime.
  const order = version?.sequencer
    ? { sequencer: version.sequencer }
    : version?.eventTime ? { sequencer: '', eventTime: version.eventTime } : { sequencer: FIRST_SEQUENCER };
  const notification = buildNotification({
    eventName: 'ObjectCreated:Put', bucket, key: object.key, size: object.size, eTag: object.eTag,
    configurationId: 'gleaner-reprocess', ...order,
  });
  return JSON.stringify(notification);
}

async function mapLimited<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]);
    }
  }));
  return out;
}

export async function reprocessBucket(deps: ReprocessDeps): Promise<{ sent: number }> {
  const every = deps.progressEvery ?? 1000;
  let sent = 0;
  let reported = 0;
  const pending: string[] = [];
  /** Sends whole batches (and, at the end, the last partial one). */
  const send = async (all: boolean) => {
    while (pending.length >= SEND_BATCH_SIZE || (all && pending.length)) {
      const batch = pending.splice(0, SEND_BATCH_SIZE);
      await deps.sendBatch(batch);
      sent += batch.length;
      if (sent - reported >= every) { reported = sent; deps.onProgress?.(sent); }
    }
  };
  for await (const page of deps.listPages()) {
    const objects = page.filter((o) => !o.key.endsWith('/'));
    const versions = await mapLimited(objects, deps.readConcurrency ?? 8, (o) => deps.readVersion(o.key));
    objects.forEach((o, i) => pending.push(buildReprocessMessage(deps.bucket, o, versions[i])));
    await send(false);
  }
  await send(true);
  if (sent !== reported) deps.onProgress?.(sent);
  return { sent };
}
