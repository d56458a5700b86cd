// The reconcile pass against real engines: which events it reports missing when the bucket and the
// table disagree, and that keys with a queued message are left to that message.
import { DeleteObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSqsHandler } from '../../functions/handler/create-handler.ts';
import { Logger } from '@aws-lambda-powertools/logger';
import { INPUT_PREFIX } from '../../infra/definitions.ts';
import { EXTRACTOR_VERSION } from '../../functions/extract/index.ts';
import { findMissedEvents } from '../../local/reconcile.ts';
import { buildNotification } from '../../local/s3-event-bridge.ts';
import { createSequencer } from '../../local/sequencer.ts';
import { toSqsEvent } from '../../local/queue-worker.ts';
import { startLocalTestStack, type LocalTestStack } from '../support/local-test-stack.ts';

const TEXT = 'ASTANA, May 6 (Reuters) - Kazakhstan and Vietnam signed a trade deal worth $1.5 billion on Tuesday.';

describe('findMissedEvents', () => {
  let stack: LocalTestStack;
  const nextSequencer = createSequencer();
  const key = (name: string) => `${INPUT_PREFIX}${name}`;

  /** Processes a put of `name` through the real handler, as the local queue would deliver it. */
  async function processObject(name: string, eTag: string) {
    const handler = createSqsHandler({
      s3: stack.s3, documentClient: stack.documentClient, tableName: stack.tableName, inputPrefix: INPUT_PREFIX,
      maxObjectBytes: 1_000_000, logger: new Logger({ logLevel: 'SILENT' }),
    });
    const body = JSON.stringify(buildNotification({ eventName: 'ObjectCreated:Put', bucket: stack.bucket, key: key(name), eTag, sequencer: nextSequencer() }));
    const response = await handler(toSqsEvent([{ messageId: name, receiptHandle: name, body, receiveCount: 1, sentAt: 0, firstReceivedAt: 0 }], 'arn'));
    expect(response.batchItemFailures).toEqual([]);
  }

  beforeAll(async () => {
    stack = await startLocalTestStack('reconcile');
    for (const name of ['current.txt', 'changed.txt', 'deleted.txt']) await processObject(name, await stack.putObject(key(name), TEXT));
    await stack.putObject(key('changed.txt'), `${TEXT} Updated.`);
    await stack.s3.send(new DeleteObjectCommand({ Bucket: stack.bucket, Key: key('deleted.txt') }));
    for (const name of ['never processed.txt', 'queued.txt']) await stack.putObject(key(name), TEXT);
    await stack.putObject(key('folder/'), '');
    await stack.putObject('elsewhere/outside.txt', TEXT);
  });

  afterAll(async () => {
    await stack.stop();
  });

  const target = () => ({ s3: stack.s3, table: stack.table, bucket: stack.bucket, prefix: INPUT_PREFIX });

  it('reports changed and unprocessed objects as created and vanished ones as removed, and nothing else', async () => {
    const missed = await findMissedEvents(target(), (k) => k === key('queued.txt'));
    expect(missed.map((m) => [m.action, m.key]).sort()).toEqual([
      ['created', key('changed.txt')],
      ['created', key('never processed.txt')],
      ['removed', key('deleted.txt')],
    ]);
    expect(missed.find((m) => m.key === key('changed.txt'))).toMatchObject({ size: TEXT.length + 9, eTag: expect.stringMatching(/^[0-9a-f]{32}$/) });
  });

  it('reports every record an older extractor wrote as created, so an upgrade refreshes them', async () => {
    const missed = await findMissedEvents(target(), () => false, `${EXTRACTOR_VERSION}-next`);
    expect(missed.filter((m) => m.action === 'created').map((m) => m.key).sort()).toEqual(
      ['changed.txt', 'current.txt', 'never processed.txt', 'queued.txt'].map(key),
    );
  });
});
