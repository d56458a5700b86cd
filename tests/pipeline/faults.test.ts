// Faults DynamoDB Local cannot produce, injected with client middleware (the only mocks in these
// tests): UnprocessedItems, throttling, and the table becoming unavailable partway through a batch.
import fs from 'node:fs';
import path from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { Logger } from '@aws-lambda-powertools/logger';
import type { SQSEvent } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSqsHandler } from '../../functions/handler/create-handler.ts';
import { createDocumentClient } from '../../functions/records/record-table.ts';
import { PROJECT_ROOT, dynamoEndpoint } from '../../local/config.ts';
import { expectExactRecords, snapshotArticle } from '../support/exact-records.ts';
import { startLocalTestStack, type LocalTestStack } from '../support/local-test-stack.ts';
import { buildSqsEvent, nextSequencer } from './build-sqs-event.ts';

const SAMPLES = path.join(PROJECT_ROOT, 'samples');
const files = fs.readdirSync(SAMPLES).filter((f) => f.endsWith('.txt')).sort();
const silent = new Logger({ logLevel: 'SILENT' });

let stack: LocalTestStack;
beforeAll(async () => {
  stack = await startLocalTestStack('faults');
});
afterAll(async () => stack?.stop());

type Middleware = (
  next: (args: { input: unknown }) => Promise<{ output: unknown }>,
  context: { commandName?: string },
) => (args: { input: unknown }) => Promise<{ output: unknown }>;

/** A DynamoDB client on the shared engine with a fault injected by middleware. */
function faultyClient(middleware: Middleware, where: 'initialize' | 'afterRetry') {
  const client = new DynamoDBClient({ endpoint: dynamoEndpoint(stack.config), region: stack.config.region, credentials: stack.config.credentials, maxAttempts: 3 });
  // The SDK's middleware types are per step; ours works at either, so it is passed untyped.
  if (where === 'initialize') client.middlewareStack.add(middleware as never, { step: 'initialize', name: 'fault' });
  else client.middlewareStack.addRelativeTo(middleware as never, { relation: 'after', toMiddleware: 'retryMiddleware', name: 'fault' });
  return client;
}

function handlerWith(client: DynamoDBClient) {
  return createSqsHandler({
    s3: stack.s3, documentClient: createDocumentClient(client), tableName: stack.tableName,
    inputPrefix: 'incoming/', maxObjectBytes: 10 * 1024 * 1024, logger: silent,
  });
}

/** Everything recorded about the article, ids and times written out, to compare with a reference. */
const dump = (key: string) => snapshotArticle(stack, stack.bucket, key);

/** Uploads sample `i` under `key` and returns its S3 event spec. */
async function upload(key: string, i: number) {
  const eTag = await stack.putObject(key, fs.readFileSync(path.join(SAMPLES, files[i])));
  return { bucket: stack.bucket, key, eTag, sequencer: nextSequencer() };
}

/** Reference: the same sample processed by a healthy client. */
async function referenceFor(i: number) {
  const key = `incoming/reference-${i}.txt`;
  await handlerWith(new DynamoDBClient({ endpoint: dynamoEndpoint(stack.config), region: stack.config.region, credentials: stack.config.credentials }))(buildSqsEvent([await upload(key, i)]));
  return dump(key);
}

describe('faults', () => {
  it('retries UnprocessedItems with backoff and drops nothing', async () => {
    let calls = 0;
    // BatchWriteItem "accepts" only the first request of each of its first five calls.
    const client = faultyClient((next, context) => async (args) => {
      const input = args.input as { RequestItems?: Record<string, unknown[]> };
      if (context.commandName !== 'BatchWriteItemCommand' || ++calls > 5) return next(args);
      const [table, requests] = Object.entries(input.RequestItems!)[0];
      const result = await next({ ...args, input: { ...input, RequestItems: { [table]: requests.slice(0, 1) } } });
      const output = result.output as { UnprocessedItems?: Record<string, unknown[]> };
      if (requests.length > 1) output.UnprocessedItems = { [table]: requests.slice(1) };
      return result;
    }, 'initialize');
    const result = await handlerWith(client)(buildSqsEvent([await upload('incoming/unprocessed.txt', 0)]));
    expect(result.batchItemFailures).toEqual([]);
    expect(calls).toBeGreaterThan(5);
    expect(await dump('incoming/unprocessed.txt')).toEqual(await referenceFor(0));
  });

  it('survives throttling: the SDK and our transaction retries absorb it', async () => {
    let calls = 0;
    const client = faultyClient((next) => async (args) => {
      // Every third request to DynamoDB is throttled, as a hot partition would be.
      if (++calls % 3 === 0) {
        throw Object.assign(new Error('Rate of requests exceeds the allowed throughput.'), {
          name: 'ProvisionedThroughputExceededException', $fault: 'client', $metadata: { httpStatusCode: 400 },
        });
      }
      return next(args);
    }, 'afterRetry');
    const result = await handlerWith(client)(buildSqsEvent([await upload('incoming/throttled.txt', 1)]));
    expect(result.batchItemFailures).toEqual([]);
    expect(calls).toBeGreaterThan(3);
    expect(await dump('incoming/throttled.txt')).toEqual(await referenceFor(1));
    await expectExactRecords(stack);
  });

  it('reports messages failed when the table is unavailable partway, and redelivery completes them exactly', async () => {
    const specs = await Promise.all([2, 3, 4].map((i) => upload(`incoming/outage-${i}.txt`, i)));
    const event: SQSEvent = buildSqsEvent([...specs, JSON.stringify({ Event: 's3:TestEvent' })]);
    let calls = 0;
    // The table answers the first few requests, then is gone (503 on every attempt).
    const client = faultyClient((next) => async (args) => {
      if (++calls > 6) {
        throw Object.assign(new Error('Service unavailable'), { name: 'ServiceUnavailable', $fault: 'server', $metadata: { httpStatusCode: 503 } });
      }
      return next(args);
    }, 'afterRetry');
    const first = await handlerWith(client)(event);
    const failedIds = first.batchItemFailures.map((f) => f.itemIdentifier);
    // Every article message failed or completed; none was swallowed; the test event is never a failure.
    expect(failedIds.length).toBeGreaterThan(0);
    expect(failedIds).not.toContain(event.Records[3].messageId);
    for (const [i, record] of event.Records.slice(0, 3).entries()) {
      if (!failedIds.includes(record.messageId)) expect(await dump(specs[i].key)).toEqual(await referenceFor(i + 2));
    }
    // SQS redelivers the failed messages (or `gleaner redrive` does, from the DLQ) once the table is back.
    const again = await handlerWith(new DynamoDBClient({ endpoint: dynamoEndpoint(stack.config), region: stack.config.region, credentials: stack.config.credentials }))({
      Records: event.Records.filter((r) => failedIds.includes(r.messageId)),
    });
    expect(again.batchItemFailures).toEqual([]);
    for (const [i, spec] of specs.entries()) expect(await dump(spec.key)).toEqual(await referenceFor(i + 2));
    await expectExactRecords(stack);
  });
});
