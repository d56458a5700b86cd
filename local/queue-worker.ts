// The event source mapping of the local stack: receives batches from the local queue, invokes the
// handler with an SQS event shaped as Lambda delivers it, and deletes exactly the messages the
// handler did not list in `batchItemFailures`. A failed message stays in flight until its visibility
// timeout ends, then is received again, and after `maxReceives` lands in the DLQ: the same path a
// message takes on AWS.
import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import type { LocalQueue, ReceivedMessage } from './local-queue.ts';

export interface QueueWorkerOptions {
  queue: LocalQueue;
  handler: (event: SQSEvent) => Promise<SQSBatchResponse | void>;
  /** Lambda's SQS batch size. */
  batchSize?: number;
  /** Batches processed at the same time (Lambda's concurrency). */
  concurrency?: number;
  /** How often an empty queue is polled again (new messages wake the worker at once). */
  pollMs?: number;
  queueArn?: string;
  /**
   * How long a failed message stays hidden before its next receive, by the receive it failed on.
   * The visibility timeout is sized for a batch that is still running (as on AWS); a message the
   * handler has already reported failed need not wait that long.
   */
  retryDelayMs?: (receiveCount: number) => number;
  /** A handler invocation threw: every message of the batch will be retried. */
  onInvokeError?: (error: Error) => void;
}

export interface QueueWorker {
  /** True when no batch is being processed. */
  isIdle(): boolean;
  /** Messages of the batches being processed right now. */
  inFlight(): number;
  /**
   * Stops receiving and waits for the batches in progress: their messages are deleted or retried
   * exactly as if no stop had come. Resolves with how many messages those batches held.
   */
  stop(): Promise<{ drained: number }>;
  /**
   * For a forced stop: hands every message of the batches in progress back to the queue without
   * counting their receive (their results, if any still come, are ignored). Returns how many.
   */
  abandon(): number;
}

export function toSqsEvent(messages: ReceivedMessage[], queueArn: string): SQSEvent {
  return {
    Records: messages.map((m) => ({
      messageId: m.messageId,
      receiptHandle: m.receiptHandle,
      body: m.body,
      attributes: {
        ApproximateReceiveCount: String(m.receiveCount),
        SentTimestamp: String(m.sentAt),
        SenderId: 'local',
        ApproximateFirstReceiveTimestamp: String(m.firstReceivedAt),
      },
      messageAttributes: {},
      md5OfBody: '',
      eventSource: 'aws:sqs',
      eventSourceARN: queueArn,
      awsRegion: 'us-east-1',
    })),
  };
}

export function startQueueWorker(options: QueueWorkerOptions): QueueWorker {
  const { queue } = options;
  const batchSize = options.batchSize ?? 10;
  const pollMs = options.pollMs ?? 250;
  const retryDelayMs = options.retryDelayMs ?? ((receiveCount: number) => 2000 * 2 ** (receiveCount - 1));
  const queueArn = options.queueArn ?? 'arn:aws:sqs:us-east-1:000000000000:gleaner-local';
  let running = true;
  let busy = 0;
  const inProgress = new Set<ReceivedMessage[]>();
  let drained = 0;
  const sleepers = new Set<() => void>();
  const wakeAll = () => { for (const wake of [...sleepers]) wake(); };
  const unsubscribe = queue.onAvailable(wakeAll);

  const sleep = () => new Promise<void>((resolve) => {
    const wake = () => { clearTimeout(timer); sleepers.delete(wake); resolve(); };
    const timer = setTimeout(wake, pollMs);
    sleepers.add(wake);
  });

  const processBatch = async (messages: ReceivedMessage[]) => {
    if (!running) {
      // Received as the stop came: never started, so the receive does not count.
      for (const message of messages) queue.release(message.receiptHandle);
      return;
    }
    let failed: Set<string>;
    try {
      const response = await options.handler(toSqsEvent(messages, queueArn));
      failed = new Set((response?.batchItemFailures ?? []).map((f) => f.itemIdentifier));
    } catch (error) {
      // As on AWS: an invocation error fails the whole batch.
      options.onInvokeError?.(error as Error);
      failed = new Set(messages.map((m) => m.messageId));
    }
    for (const message of messages) {
      if (!failed.has(message.messageId)) queue.delete(message.receiptHandle);
      else queue.changeVisibility(message.receiptHandle, retryDelayMs(message.receiveCount));
    }
  };

  const loop = async () => {
    while (running) {
      const messages = queue.receive(batchSize);
      if (messages.length === 0) {
        await sleep();
        continue;
      }
      busy += 1;
      inProgress.add(messages);
      try {
        await processBatch(messages);
      } finally {
        busy -= 1;
        inProgress.delete(messages);
        if (!running) drained += messages.length;
      }
    }
  };

  const loops = Array.from({ length: options.concurrency ?? 2 }, () => loop());
  return {
    isIdle: () => busy === 0,
    inFlight: () => [...inProgress].reduce((n, batch) => n + batch.length, 0),
    async stop() {
      running = false;
      unsubscribe();
      wakeAll();
      // A batch in progress finishes; its messages are deleted or retried as usual.
      await Promise.all(loops);
      return { drained };
    },
    abandon() {
      running = false;
      let returned = 0;
      for (const batch of inProgress) for (const message of batch) if (queue.release(message.receiptHandle)) returned += 1;
      return returned;
    },
  };
}
