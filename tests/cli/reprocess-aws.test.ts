// `gleaner reprocess --aws` without an AWS account: the bucket listing (paged) and the queue are
// mock S3 and SQS clients; the table is real (DynamoDB Local), so the event order read from a stored
// record is the one the real handler wrote. Checks the messages, their batching, SQS's partial
// failures and the progress lines.
import { ListObjectsV2Command, type S3Client } from '@aws-sdk/client-s3';
import { GetQueueAttributesCommand, SendMessageBatchCommand, type SQSClient } from '@aws-sdk/client-sqs';
import { Logger } from '@aws-lambda-powertools/logger';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSqsHandler } from '../../functions/handler/create-handler.ts';
import { parseS3Message } from '../../functions/handler/s3-event.ts';
import { computeEventOrder, getArticle } from '../../functions/records/index.ts';
import { INPUT_PREFIX } from '../../infra/definitions.ts';
import { openAwsTarget } from '../../cli/aws-target.ts';
import { FIRST_SEQUENCER, SEND_BATCH_SIZE, buildReprocessMessage } from '../../cli/reprocess-bucket.ts';
import { runReprocessWith } from '../../cli/reprocess.ts';
import { buildNotification } from '../../local/s3-event-bridge.ts';
import { toSqsEvent } from '../../local/queue-worker.ts';
import { startLocalTestStack, type LocalTestStack } from '../support/local-test-stack.ts';

const QUEUE_URL = 'https://sqs.eu-west-1.amazonaws.com/123456789012/Gleaner-Events';
const TEXT = 'ASTANA, May 6 (Reuters) - Kazakhstan and Vietnam signed a trade deal worth $1.5 billion on Tuesday.';
const STORED_SEQUENCER = '0062A3F1B2C3D4E5F6';

/** A bucket listing served in pages of `pageSize`, whatever MaxKeys says, as a paging S3 would. */
function mockS3(keys: string[], pageSize: number) {
  const requests: Array<{ Prefix?: string; ContinuationToken?: string }> = [];
  const client = {
    async send(command: unknown) {
      if (!(command instanceof ListObjectsV2Command)) throw new Error(`unexpected S3 call ${(command as object).constructor.name}`);
      requests.push({ Prefix: command.input.Prefix, ContinuationToken: command.input.ContinuationToken });
      const matching = keys.filter((k) => k.startsWith(command.input.Prefix ?? ''));
      const start = Number(command.input.ContinuationToken ?? 0);
      const page = matching.slice(start, start + pageSize);
      const more = start + pageSize < matching.length;
      return {
        Contents: page.map((Key) => ({ Key, Size: 100, ETag: '"0123456789abcdef0123456789abcdef"' })),
        IsTruncated: more, NextContinuationToken: more ? String(start + pageSize) : undefined,
      };
    },
    destroy() {},
  };
  return { client: client as unknown as S3Client, requests };
}

/** SendMessageBatch that reports the first entry of its first call as throttled. */
function mockSqs() {
  const batches: Array<Array<{ Id: string; MessageBody: string }>> = [];
  const delivered: string[] = [];
  let calls = 0;
  const client = {
    async send(command: unknown) {
      if (command instanceof GetQueueAttributesCommand) return { Attributes: {} };
      if (!(command instanceof SendMessageBatchCommand)) throw new Error(`unexpected SQS call ${(command as object).constructor.name}`);
      expect(command.input.QueueUrl).toBe(QUEUE_URL);
      const entries = command.input.Entries!.map((e) => ({ Id: e.Id!, MessageBody: e.MessageBody! }));
      batches.push(entries);
      calls += 1;
      const failed = calls === 1 ? [entries[0]] : [];
      for (const e of entries) if (!failed.includes(e)) delivered.push(e.MessageBody);
      return {
        Successful: entries.filter((e) => !failed.includes(e)).map((e) => ({ Id: e.Id, MessageId: `m-${e.Id}`, MD5OfMessageBody: '' })),
        Failed: failed.map((e) => ({ Id: e.Id, SenderFault: false, Code: 'ThrottlingException' })),
      };
    },
    destroy() {},
  };
  return { client: client as unknown as SQSClient, batches, delivered };
}

describe('gleaner reprocess --aws (mock S3 and SQS, real table)', () => {
  let stack: LocalTestStack;
  const processedKey = `${INPUT_PREFIX}processed.txt`;
  const keys = [
    processedKey,
    ...Array.from({ length: 11 }, (_, i) => `${INPUT_PREFIX}batch/article ${i}.txt`),
    `${INPUT_PREFIX}folder/`,
  ];

  beforeAll(async () => {
    stack = await startLocalTestStack('reprocess-aws');
    // One object already has a record, written by the real handler from an event with a known sequencer.
    const eTag = await stack.putObject(processedKey, TEXT);
    const handler = createSqsHandler({
      s3: stack.s3, documentClient: stack.documentClient, tableName: stack.tableName, inputPrefix: INPUT_PREFIX,
      maxObjectBytes: 1_000_000, logger: new Logger({ logLevel: 'SILENT' }),
    });
    const body = JSON.stringify(buildNotification({ eventName: 'ObjectCreated:Put', bucket: stack.bucket, key: processedKey, eTag, sequencer: STORED_SEQUENCER }));
    const response = await handler(toSqsEvent([{ messageId: 'm', receiptHandle: 'r', body, receiveCount: 1, sentAt: 0, firstReceivedAt: 0 }], 'arn'));
    expect(response.batchItemFailures).toEqual([]);
    expect((await getArticle(stack.table, stack.bucket, processedKey))?.article.sequencer).toBe(STORED_SEQUENCER);
  });

  afterAll(async () => {
    await stack.stop();
  });

  it('pages through the listing, sends batches of 10 with the stored event order, resends what SQS throttled, and reports progress', async () => {
    const s3 = mockS3(keys, 4);
    const sqs = mockSqs();
    const out: string[] = [];
    const progress: string[] = [];
    const code = await runReprocessWith(['--aws', '--bucket', stack.bucket, '--table', stack.tableName, '--queue-url', QUEUE_URL, '--dlq-url', `${QUEUE_URL}-dlq`, '--progress-every', '5'], {
      openTarget: (flags, needs) => openAwsTarget(flags, needs, { s3: s3.client, sqs: sqs.client, dynamo: stack.dynamo }),
      print: (l) => out.push(l), printProgress: (l) => progress.push(l),
    });
    expect(code).toBe(0);

    // Every page was read, each with the previous page's token.
    expect(s3.requests).toEqual([undefined, '4', '8', '12'].map((t) => ({ Prefix: INPUT_PREFIX, ContinuationToken: t })));
    // Never more than 10 entries per call, unique ids per call; the throttled entry went again.
    expect(sqs.batches.every((b) => b.length <= SEND_BATCH_SIZE && new Set(b.map((e) => e.Id)).size === b.length)).toBe(true);
    expect(sqs.batches.map((b) => b.length)).toEqual([10, 1, 2]);
    // Each object exactly once, as an S3 notification the handler parses back to its key.
    const events = sqs.delivered.map((body) => {
      const parsed = parseS3Message(body);
      if (parsed.kind !== 'events') throw new Error('not an S3 notification');
      return parsed.events[0];
    });
    expect(events.map((e) => e.key).sort()).toEqual(keys.filter((k) => !k.endsWith('/')).sort());
    expect(events.every((e) => e.action === 'created' && e.bucket === stack.bucket)).toBe(true);
    // The processed object keeps its stored order; the others get the lowest one.
    const byKey = new Map(events.map((e) => [e.key, e]));
    expect(byKey.get(processedKey)?.sequencer).toBe(STORED_SEQUENCER);
    expect(events.filter((e) => e.key !== processedKey).every((e) => e.sequencer === FIRST_SEQUENCER)).toBe(true);

    expect(progress.map((l) => l.replace(/ \(.*\)$/, ''))).toEqual(['sent 10 keys', 'sent 12 keys']);
    expect(out).toEqual([expect.stringMatching(/^sent 12 objects under s3:\/\/.+\/incoming\/ back through the queue \(AWS stack Gleaner\)/)]);
  });

  it.each([
    ['a sequencer', { sequencer: STORED_SEQUENCER, eventTime: '2025-01-01T00:00:00.000Z' }, computeEventOrder(STORED_SEQUENCER, undefined)],
    ['only an eventTime', { eventTime: '2025-01-01T00:00:00.000Z' }, computeEventOrder(undefined, '2025-01-01T00:00:00.000Z')],
    ['no record', null, computeEventOrder(FIRST_SEQUENCER, undefined)],
  ])('a message for an object with %s orders as the stored event', (_label, version, order) => {
    const parsed = parseS3Message(buildReprocessMessage('b', { key: `${INPUT_PREFIX}a b+c.txt`, size: 3 }, version));
    if (parsed.kind !== 'events') throw new Error('not an S3 notification');
    const [event] = parsed.events;
    expect(event.key).toBe(`${INPUT_PREFIX}a b+c.txt`);
    expect(computeEventOrder(event.sequencer, event.eventTime)).toBe(order);
  });
});
