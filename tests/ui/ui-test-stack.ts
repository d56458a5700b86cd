// The page over real engines for one test file: a table in the shared DynamoDB Local and a bucket in
// s3rver (tests/support/local-test-stack.ts), loaded with the five samples and one rejected object by
// the real handler, a dead-letter queue holding one message, and the UI server on a free port.
import fs from 'node:fs';
import path from 'node:path';
import { DeleteObjectCommand } from '@aws-sdk/client-s3';
import { Logger } from '@aws-lambda-powertools/logger';
import { INPUT_PREFIX, MAX_OBJECT_BYTES } from '../../infra/definitions.ts';
import { createSqsHandler, type SqsHandler } from '../../functions/handler/create-handler.ts';
import { PROJECT_ROOT } from '../../local/config.ts';
import { LocalQueue } from '../../local/local-queue.ts';
import { buildSqsEvent } from '../pipeline/build-sqs-event.ts';
import { startLocalTestStack, type LocalTestStack } from '../support/local-test-stack.ts';
import { createTextReader, type UiSource } from '../../ui/ui-source.ts';
import { startUiServer, type UiServer } from '../../ui/ui-server.ts';

export const SAMPLE_DIR = path.join(PROJECT_ROOT, 'samples');
export const SAMPLE_FILES = fs.readdirSync(SAMPLE_DIR).filter((f) => f.endsWith('.txt')).sort();
export const sampleKey = (file: string) => `${INPUT_PREFIX}${file}`;
export const readSample = (file: string) => fs.readFileSync(path.join(SAMPLE_DIR, file), 'utf8');
export const REJECTED_KEY = `${INPUT_PREFIX}scan of the front page.png`;

export interface UiTestStack {
  stack: LocalTestStack;
  server: UiServer;
  source: UiSource;
  /** Errors the server hit answering (a 500); tests expect none. */
  serverErrors: Error[];
  /** Uploads an object and runs the handler on its event, as the queue would. */
  ingest(key: string, body: string | Uint8Array): Promise<void>;
  /** Deletes an object and runs the handler on its ObjectRemoved event. */
  remove(key: string): Promise<void>;
  stop(): Promise<void>;
}

export async function startUiTestStack(name: string): Promise<UiTestStack> {
  const stack = await startLocalTestStack(name);
  const handler: SqsHandler = createSqsHandler({
    s3: stack.s3, documentClient: stack.documentClient, tableName: stack.tableName,
    inputPrefix: INPUT_PREFIX, maxObjectBytes: MAX_OBJECT_BYTES, logger: new Logger({ logLevel: process.env.UI_TEST_LOG ? 'ERROR' : 'SILENT' }),
  });
  const ingestAll = async (objects: Array<[string, string | Uint8Array]>) => {
    const specs = [];
    for (const [key, body] of objects) {
      const eTag = await stack.putObject(key, body);
      specs.push({ bucket: stack.bucket, key, eTag, size: typeof body === 'string' ? Buffer.byteLength(body) : body.length });
    }
    const result = await handler(buildSqsEvent(specs));
    if (result.batchItemFailures.length) throw new Error(`the handler failed ${result.batchItemFailures.length} messages`);
  };
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
  await ingestAll([...SAMPLE_FILES.map((f): [string, string] => [sampleKey(f), readSample(f)]), [REJECTED_KEY, png]]);

  // A message an earlier run parked in the dead-letter queue.
  const queueFile = path.join(stack.config.home, 'queue.json');
  fs.writeFileSync(queueFile, JSON.stringify({ version: 1, main: [], dlq: [{ messageId: 'parked-1', body: '{}', sentAt: 0, receiveCount: 3, visibleAt: 0 }] }));
  const queue = LocalQueue.open({ file: queueFile, visibilityTimeoutMs: 0, maxReceives: 3 });

  const source: UiSource = {
    label: 'the test stack', bucket: stack.bucket, inputPrefix: INPUT_PREFIX, table: stack.table,
    readText: createTextReader(stack.s3), dlqDepth: async () => queue.depth().dlq,
  };
  const serverErrors: Error[] = [];
  const server = await startUiServer({ source, port: 0, changeIntervalMs: 300, onError: (e) => serverErrors.push(e) });
  return {
    stack, server, source, serverErrors,
    ingest: (key, body) => ingestAll([[key, body]]),
    async remove(key) {
      await stack.s3.send(new DeleteObjectCommand({ Bucket: stack.bucket, Key: key }));
      const result = await handler(buildSqsEvent([{ eventName: 'ObjectRemoved:Delete', bucket: stack.bucket, key }]));
      if (result.batchItemFailures.length) throw new Error('the handler failed the removal');
    },
    async stop() { await server.stop(); await stack.stop(); },
  };
}
