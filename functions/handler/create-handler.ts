// The SQS → S3 event → table handler with its dependencies passed in, so the Lambda entry (index.ts),
// the local stack and the tests run exactly the same code with different clients.
import type { S3Client } from '@aws-sdk/client-s3';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import { Logger } from '@aws-lambda-powertools/logger';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { TransientError } from '../errors.ts';
import { DEFAULT_LEASE_MS, type ArticleItem } from '../records/index.ts';
import { processObjectEvent, type ProcessDeps, type ProcessOutcome, type ProcessResult } from './process-object.ts';
import { MalformedMessageError, parseS3Message } from './s3-event.ts';

export interface SqsHandlerDeps {
  s3: S3Client;
  documentClient: DynamoDBDocumentClient;
  tableName: string;
  inputPrefix: string;
  maxObjectBytes: number;
  logger?: Logger;
  now?: () => Date;
  /**
   * Outside Lambda (no context): how long a claim on an article keeps newer events for the same key
   * waiting. In Lambda the invocation's remaining time (plus a margin) is used instead.
   */
  leaseMs?: number;
  /**
   * Called once per S3 event with its outcome (progress display in the local stack, tests); `article`
   * is the head item the event wrote (extracted, failed, rejected), so no read-back is needed.
   */
  onOutcome?: (outcome: ProcessOutcome, event: { bucket: string; key: string; eventName: string; article?: ArticleItem }) => void;
}

export type SqsHandler = (event: SQSEvent, context?: Context) => Promise<SQSBatchResponse>;

export function createSqsHandler(deps: SqsHandlerDeps): SqsHandler {
  const logger = deps.logger ?? new Logger({ serviceName: 'gleaner' });
  const baseDeps = {
    s3: deps.s3,
    table: { client: deps.documentClient, tableName: deps.tableName },
    inputPrefix: deps.inputPrefix,
    maxObjectBytes: deps.maxObjectBytes,
    logger,
    now: deps.now ?? (() => new Date()),
  };

  // The batch utility runs a batch's messages concurrently. Two messages about one key (a put and its
  // delete) would then race inside one invocation; chaining per key makes them run one after the other,
  // and the event order check decides which result stands.
  const inFlight = new Map<string, Promise<unknown>>();
  const serializePerKey = <T>(id: string, task: () => Promise<T>): Promise<T> => {
    const previous = inFlight.get(id) ?? Promise.resolve();
    const next = previous.catch(() => undefined).then(task);
    inFlight.set(id, next);
    void next.finally(() => { if (inFlight.get(id) === next) inFlight.delete(id); }).catch(() => undefined);
    return next;
  };

  const handleRecord = async (record: SQSRecord, processDeps: ProcessDeps): Promise<void> => {
    let message;
    try {
      message = parseS3Message(record.body);
    } catch (error) {
      if (!(error instanceof MalformedMessageError)) throw error;
      // Redelivering cannot fix the body: log it and let the message go.
      logger.error('skipped a malformed message', { messageId: record.messageId, reason: error.message, body: record.body.slice(0, 500) });
      return;
    }
    if (message.kind === 'test-event') {
      logger.info('skipped the S3 test event', { messageId: record.messageId });
      return;
    }
    for (const ignored of message.ignored) logger.warn('skipped an S3 record', { messageId: record.messageId, ...ignored });
    // Events of one message run in order: two events for one key must not race each other.
    for (const event of message.events) {
      let result: ProcessResult;
      try {
        result = await serializePerKey(`${event.bucket}/${event.key}`, () => processObjectEvent(processDeps, event));
      } catch (error) {
        // Transient (a busy key, retries used up): expected under load, the message simply comes back.
        if (error instanceof TransientError) logger.warn(`retry later: ${error.message}`, { messageId: record.messageId, key: event.key });
        else logger.error('event failed; the message will be retried', { messageId: record.messageId, key: event.key, error: error as Error });
        throw error;
      }
      deps.onOutcome?.(result.outcome, { bucket: event.bucket, key: event.key, eventName: event.eventName, article: result.article });
    }
  };

  return async (event, context) => {
    // A claim must outlive this invocation: Lambda stops us at the timeout, so after the lease the
    // holder is surely gone and a newer event may take over.
    const leaseMs = context?.getRemainingTimeInMillis ? context.getRemainingTimeInMillis() + 10_000 : deps.leaseMs ?? DEFAULT_LEASE_MS;
    const processDeps: ProcessDeps = { ...baseDeps, leaseMs };
    const processor = new BatchProcessor(EventType.SQS);
    // A whole-batch failure is reported like a partial one, so callers (and the local queue) see
    // every failed messageId in batchItemFailures instead of an exception.
    return processPartialResponse(event, (record: SQSRecord) => handleRecord(record, processDeps), processor, { context, throwOnFullBatchFailure: false }) as Promise<SQSBatchResponse>;
  };
}

export type { ProcessOutcome, ProcessResult };
