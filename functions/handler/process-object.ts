// One S3 object event → the table. Permanent problems with the object (too big, not text, extractor
// error) become an article record a person can act on and the event is done; anything that may pass
// on a retry (DynamoDB or S3 unavailable, throttling beyond the SDK's retries) is thrown so the batch
// reports the message failed and SQS redelivers it (and finally parks it in the DLQ).
import type { S3Client } from '@aws-sdk/client-s3';
import type { Logger } from '@aws-lambda-powertools/logger';
import { decodeText, UnusableTextError } from '../decode/decode-text.ts';
import { EXTRACTOR_VERSION, extractArticle } from '../extract/index.ts';
import { buildArticleItems, buildUnsuccessfulArticle } from '../records/build-items.ts';
import { computeEventOrder, InvalidEventOrderError } from '../records/event-order.ts';
import type { ObjectVersion } from '../records/model.ts';
import type { RecordTable } from '../records/record-table.ts';
import { checkEvent, removeArticle, writeArticle } from '../records/write-article.ts';
import { readObject } from './read-object.ts';
import type { ObjectEvent } from './s3-event.ts';

export interface ProcessDeps {
  s3: S3Client;
  table: RecordTable;
  inputPrefix: string;
  maxObjectBytes: number;
  logger: Logger;
  now: () => Date;
  /** How long a claim on an article keeps newer events waiting; must outlast this invocation. */
  leaseMs: number;
}

/** What became of one event, for logs and tests. */
export type ProcessOutcome =
  | 'extracted' | 'failed' | 'rejected' | 'removed'
  | 'duplicate' | 'stale' | 'superseded'
  | 'outside-prefix' | 'folder-marker' | 'object-gone' | 'unordered';

const formatBytes = (n: number) => `${n.toLocaleString('en-US')} bytes`;

export async function processObjectEvent(deps: ProcessDeps, event: ObjectEvent): Promise<ProcessOutcome> {
  const { logger } = deps;
  const where = { bucket: event.bucket, key: event.key, eventName: event.eventName, sequencer: event.sequencer };
  if (!event.key.startsWith(deps.inputPrefix)) {
    logger.info('ignored: key outside the input prefix', { ...where, inputPrefix: deps.inputPrefix });
    return 'outside-prefix';
  }
  // Folder markers (what the S3 console's "Create folder" makes) are not articles; recording them as
  // rejected would only add noise to the failure list. Their removal has nothing to remove.
  if (event.key.endsWith('/')) {
    logger.info('skipped: folder marker', where);
    return 'folder-marker';
  }
  let order: string;
  try {
    order = computeEventOrder(event.sequencer, event.eventTime);
  } catch (error) {
    if (!(error instanceof InvalidEventOrderError)) throw error;
    // Without an order we cannot know whether it is newer than what is stored: never overwrite.
    logger.error('skipped: the event cannot be ordered', { ...where, reason: error.message });
    return 'unordered';
  }
  const version: ObjectVersion = {
    bucket: event.bucket, key: event.key, order, sequencer: event.sequencer, eventTime: event.eventTime,
    etag: event.eTag, versionId: event.versionId, size: event.size,
  };

  if (event.action === 'removed') {
    const outcome = await removeArticle(deps.table, version, { now: deps.now(), leaseMs: deps.leaseMs });
    logger.info(outcome === 'written' ? 'removed the article records' : `removal not applied: ${outcome}`, where);
    return outcome === 'written' ? 'removed' : outcome;
  }

  // Where an invocation's time goes (the table, S3, extraction), logged with the result: what to look
  // at first when articles are slow, and what the cold-start benchmark reads.
  const timingsMs: Record<string, number> = {};
  let stageStart = performance.now();
  const endStage = (stage: string) => {
    const t = performance.now();
    timingsMs[stage] = Math.round((t - stageStart) * 10) / 10;
    stageStart = t;
  };

  const early = await checkEvent(deps.table, version, EXTRACTOR_VERSION, deps.now());
  endStage('check');
  if (early) {
    logger.info(`skipped: ${early} event`, where);
    return early;
  }

  const read = await readObject(deps.s3, event.bucket, event.key, deps.maxObjectBytes, event.versionId);
  endStage('read');
  if (read.kind === 'gone') {
    // Deleted since the event was sent. The table mirrors the bucket, so this counts as a removal at
    // this event's order: a later re-upload (newer order) still wins, and the ObjectRemoved event, if
    // the bucket sends one, finds the work done.
    const outcome = await removeArticle(deps.table, version, { now: deps.now(), leaseMs: deps.leaseMs });
    logger.warn('the object no longer exists: treated as removed', { ...where, outcome });
    return 'object-gone';
  }
  version.size = read.size;
  version.etag = read.etag ?? version.etag;
  version.versionId = read.versionId ?? version.versionId;
  const processedAt = deps.now().toISOString();
  const meta = { extractorVersion: EXTRACTOR_VERSION, processedAt };

  const finish = async (status: 'failed' | 'rejected', reason: string, encoding?: string): Promise<ProcessOutcome> => {
    const article = buildUnsuccessfulArticle(version, status, reason, { ...meta, encoding });
    const outcome = await writeArticle(deps.table, version, { article, children: [] }, { now: deps.now(), leaseMs: deps.leaseMs });
    logger.warn(`article ${status}: ${reason}`, { ...where, outcome });
    return outcome === 'written' ? status : outcome;
  };

  if (read.kind === 'too-large') {
    return finish('rejected', `the object is ${formatBytes(read.size)}, above the ${formatBytes(deps.maxObjectBytes)} limit (MAX_OBJECT_BYTES); split it into smaller articles`);
  }
  let decoded;
  try {
    decoded = decodeText(read.bytes);
  } catch (error) {
    if (error instanceof UnusableTextError) return finish('rejected', error.message);
    throw error;
  }
  let extraction;
  try {
    extraction = extractArticle(decoded.text);
  } catch (error) {
    // A bug or limit in the extractor, not in the infrastructure: retrying would fail the same way.
    return finish('failed', `extraction failed: ${(error as Error).message}`, decoded.encoding);
  }
  endStage('extract');
  const items = buildArticleItems(version, { text: decoded.text, extraction, encoding: decoded.encoding, format: decoded.format, ...meta });
  const outcome = await writeArticle(deps.table, version, items, { now: deps.now(), leaseMs: deps.leaseMs });
  endStage('write');
  logger.info(outcome === 'written' ? 'article extracted' : `article not written: ${outcome}`, { ...where, counts: items.article.counts, timingsMs });
  return outcome === 'written' ? 'extracted' : outcome;
}
