// The local event source mapping: successful messages are deleted, failed ones come back after the
// retry delay (not the long visibility timeout sized for running batches) and end in the DLQ.
import { describe, expect, it } from 'vitest';
import type { SQSEvent } from 'aws-lambda';
import { LocalQueue } from '../../local/local-queue.ts';
import { startQueueWorker } from '../../local/queue-worker.ts';

const until = async (check: () => boolean, ms = 5000) => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 10));
  }
};

describe('startQueueWorker', () => {
  it('deletes what succeeded and retries what failed after the retry delay, then dead-letters it', async () => {
    const queue = LocalQueue.open({ visibilityTimeoutMs: 360_000, maxReceives: 3 });
    queue.send('good');
    queue.send('bad');
    const receives: Record<string, number[]> = { good: [], bad: [] };
    const worker = startQueueWorker({
      queue,
      pollMs: 5,
      retryDelayMs: () => 20,
      handler: async (event: SQSEvent) => {
        for (const r of event.Records) receives[r.body].push(Number(r.attributes.ApproximateReceiveCount));
        return { batchItemFailures: event.Records.filter((r) => r.body === 'bad').map((r) => ({ itemIdentifier: r.messageId })) };
      },
    });
    try {
      await until(() => queue.depth().dlq === 1);
      expect(receives.good).toEqual([1]);
      expect(receives.bad).toEqual([1, 2, 3]);
      expect(queue.depth()).toEqual({ visible: 0, inFlight: 0, dlq: 1 });
    } finally {
      await worker.stop();
    }
  });

  it('retries every message of a batch whose invocation threw', async () => {
    const queue = LocalQueue.open({ visibilityTimeoutMs: 360_000, maxReceives: 5 });
    queue.send('a');
    let calls = 0;
    const worker = startQueueWorker({
      queue,
      pollMs: 5,
      retryDelayMs: () => 20,
      handler: async () => {
        calls += 1;
        if (calls === 1) throw new Error('table unavailable');
        return { batchItemFailures: [] };
      },
    });
    try {
      await until(() => queue.depth().visible + queue.depth().inFlight === 0);
      expect(calls).toBe(2);
      expect(queue.depth().dlq).toBe(0);
    } finally {
      await worker.stop();
    }
  });

  it('stop() lets the batch in flight finish and delete its messages, and receives nothing more', async () => {
    const queue = LocalQueue.open({ visibilityTimeoutMs: 360_000, maxReceives: 3 });
    for (const body of ['a', 'b', 'c']) queue.send(body);
    let release!: () => void;
    const gate = new Promise<void>((r) => { release = r; });
    const seen: string[] = [];
    const worker = startQueueWorker({
      queue, pollMs: 5, batchSize: 2, concurrency: 1,
      handler: async (event: SQSEvent) => { seen.push(...event.Records.map((r) => r.body)); await gate; return { batchItemFailures: [] }; },
    });
    await until(() => worker.inFlight() === 2);
    const stopped = worker.stop();
    release();
    expect(await stopped).toEqual({ drained: 2 });
    expect(seen).toEqual(['a', 'b']);
    expect(queue.depth()).toEqual({ visible: 1, inFlight: 0, dlq: 0 });
    expect(queue.receive(10).map((m) => [m.body, m.receiveCount])).toEqual([['c', 1]]);
  });

  it('abandon() hands the batch in flight back without counting its receive, and ignores its late result', async () => {
    const queue = LocalQueue.open({ visibilityTimeoutMs: 360_000, maxReceives: 3 });
    queue.send('stuck');
    let release!: () => void;
    const gate = new Promise<void>((r) => { release = r; });
    const worker = startQueueWorker({ queue, pollMs: 5, handler: async () => { await gate; return { batchItemFailures: [] }; } });
    await until(() => worker.inFlight() === 1);
    expect(worker.abandon()).toBe(1);
    expect(queue.depth()).toEqual({ visible: 1, inFlight: 0, dlq: 0 });
    release();
    await worker.stop();
    // The late success did not delete it: the next start processes it, as its first delivery.
    expect(queue.receive(1).map((m) => [m.body, m.receiveCount])).toEqual([['stuck', 1]]);
  });
});
