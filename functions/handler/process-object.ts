// One S3 object event → the table. Permanent problems with the object (too big, not text, extractor
// error, facts too large to store) become an article record a person can act on and the event is
// done; anything that may pass on a retry (a TransientError, DynamoDB or S3 unavailable) is thrown so
// the batch reports the message failed and SQS redelivers it (and finally parks it in the DLQ).
import type { S3Client } from '@aws-sdk/client-s3';
import type { Logger } from '@aws-lambda-powertools/logger';
import { decodeText } from '../decode/decode-text.ts';
import { PermanentError } from '../errors.ts';
import { EXTRACTOR_VERSION, extractArticle } from '../extract/index.ts';
import { parseIsoDay } from '../extract/published-at.ts';
import type { ExtractOptions } from '../extract/types.ts';
import {
  buildArticleItems, buildUnsuccessfulArticle, checkEvent, computeEventOrder, InvalidEventOrderError, removeArticle, writeRecord,
  type ArticleItem, type BuiltRecord, type ObjectVersion, type RecordTable,
} from '../records/index.ts';
import { findTitle } from './find-title.ts';
import { PUBLISHED_AT_METADATA, readObject } from './read-object.ts';
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

export interface ProcessResult {
  outcome: ProcessOutcome;
  /** The head item this event wrote (extracted, failed, rejected): progress lines need no read-back. */
  article?: ArticleItem;
}

const formatBytes = (n: number) => `${n.toLocaleString('en-US')} bytes`;

/**
 * The reference-date inputs S3 gives: `x-amz-meta-published-at` when it is a calendar day (a bad
 * value is ignored with a warning: the text's own header or dateline still applies, and rejecting an
 * otherwise good article for a metadata typo would lose it), and the upload day.
 */
function readDateOptions(metadata: string | undefined, lastModified: Date | undefined, logger: Logger, where: object): ExtractOptions {
  const options: ExtractOptions = {};
  if (metadata !== undefined) {
    const day = parseIsoDay(metadata.trim());
    if (day) Object.assign(options, { publishedAt: day, publishedAtSource: 'metadata' });
    else logger.warn(`ignored x-amz-meta-${PUBLISHED_AT_METADATA}: not a calendar date YYYY-MM-DD`, { ...where, value: metadata.slice(0, 100) });
  }
  if (lastModified && !Number.isNaN(lastModified.getTime())) options.uploadedAt = lastModified.toISOString().slice(0, 10);
  return options;
}

export async function processObjectEvent(deps: ProcessDeps, event: ObjectEvent): Promise<ProcessResult> {
  const { logger } = deps;
  const where = { bucket: event.bucket, key: event.key, eventName: event.eventName, sequencer: event.sequencer };
  if (!event.key.startsWith(deps.inputPrefix)) {
    logger.info('ignored: key outside the input prefix', { ...where, inputPrefix: deps.inputPrefix });
    return { outcome: 'outside-prefix' };
  }
  // Folder markers (what the S3 console's "Create folder" makes) are not articles; recording them as
  // rejected would only add noise to the failure list. Their removal has nothing to remove.
  if (event.key.endsWith('/')) {
    logger.info('skipped: folder marker', where);
    return { outcome: 'folder-marker' };
  }
  let order: string;
  try {
    order = computeEventOrder(event.sequencer, event.eventTime);
  } catch (error) {
    if (!(error instanceof InvalidEventOrderError)) throw error;
    // Without an order we cannot know whether it is newer than what is stored: never overwrite.
    logger.error('skipped: the event cannot be ordered', { ...where, reason: error.message });
    return { outcome: 'unordered' };
  }
  const announced: ObjectVersion = {
    bucket: event.bucket, key: event.key, order, sequencer: event.sequencer, eventTime: event.eventTime,
    etag: event.eTag, versionId: event.versionId, size: event.size,
  };
  const writeOptions = () => ({ now: deps.now(), leaseMs: deps.leaseMs });

  if (event.action === 'removed') {
    const outcome = await removeArticle(deps.table, announced, writeOptions());
    logger.info(outcome === 'written' ? 'removed the article records' : `removal not applied: ${outcome}`, where);
    return { outcome: outcome === 'written' ? 'removed' : outcome };
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

  const early = await checkEvent(deps.table, announced, EXTRACTOR_VERSION, deps.now());
  endStage('check');
  if (early) {
    logger.info(`skipped: ${early} event`, where);
    return { outcome: early };
  }

  const read = await readObject(deps.s3, event.bucket, event.key, deps.maxObjectBytes, event.versionId);
  endStage('read');
  if (read.kind === 'gone') {
    // Deleted since the event was sent. The table mirrors the bucket, so this counts as a removal at
    // this event's order: a later re-upload (newer order) still wins, and the ObjectRemoved event, if
    // the bucket sends one, finds the work done.
    const outcome = await removeArticle(deps.table, announced, writeOptions());
    logger.warn('the object no longer exists: treated as removed', { ...where, outcome });
    return { outcome: 'object-gone' };
  }
  // The version as read: what S3 returned wins over what the event announced.
  const version: ObjectVersion = { ...announced, size: read.size, etag: read.etag ?? announced.etag, versionId: read.versionId ?? announced.versionId };
  const meta = { extractorVersion: EXTRACTOR_VERSION, processedAt: deps.now().toISOString() };

  const write = async (record: BuiltRecord, status: 'extracted' | 'failed' | 'rejected'): Promise<ProcessResult> => {
    const outcome = await writeRecord(deps.table, version, record, writeOptions());
    const article = record.head.kind === 'article' ? record.head : undefined;
    if (status === 'extracted') endStage('write');
    if (status === 'extracted') logger.info(outcome === 'written' ? 'article extracted' : `article not written: ${outcome}`, { ...where, counts: article?.counts, timingsMs });
    else logger.warn(`article ${status}: ${article?.reason}`, { ...where, outcome });
    return outcome === 'written' ? { outcome: status, article } : { outcome };
  };
  const finish = (status: 'failed' | 'rejected', reason: string, encoding?: string) =>
    write(buildUnsuccessfulArticle(version, status, reason, { ...meta, encoding }), status);

  if (read.kind === 'too-large') {
    return finish('rejected', `the object is ${formatBytes(read.size)}, above the ${formatBytes(deps.maxObjectBytes)} limit (MAX_OBJECT_BYTES); split it into smaller articles`);
  }
  let decoded;
  try {
    decoded = decodeText(read.bytes);
  } catch (error) {
    if (error instanceof PermanentError) return finish('rejected', error.message);
    throw error;
  }
  let extraction;
  try {
    extraction = extractArticle(decoded.text, readDateOptions(read.publishedAtMetadata, read.lastModified, logger, where));
  } catch (error) {
    // A bug or limit in the extractor, not in the infrastructure: retrying would fail the same way.
    return finish('failed', `extraction failed: ${(error as Error).message}`, decoded.encoding);
  }
  endStage('extract');
  const record = buildArticleItems(version, { text: decoded.text, extraction, encoding: decoded.encoding, format: decoded.format, title: findTitle(decoded.text), ...meta });
  try {
    return await write(record, 'extracted');
  } catch (error) {
    // The result cannot be stored as it is (facts too large for one item): say so on the record.
    if (error instanceof PermanentError) return finish('failed', `the extraction could not be stored: ${error.message}`, decoded.encoding);
    throw error;
  }
}
