// The local stack: DynamoDB Local and s3rver on loopback, the bucket and table from
// infra/definitions.ts, and the path an object takes on AWS (bucket notification → queue → the REAL
// handler with partial batch failures → table), plus a reconcile pass for objects no event announced.
// `npm start` (start.ts) and the tests both run it through startLocalStack. stop() loses nothing: the
// batches in flight finish before s3rver and then DynamoDB Local stop, each stage reported.
// Counts of what this run did come from the handler's outcomes, which carry the written article.
import fs from 'node:fs';
import path from 'node:path';
import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { Logger } from '@aws-lambda-powertools/logger';
import { INPUT_PREFIX, MAX_OBJECT_BYTES } from '../infra/definitions.ts';
import { createSqsHandler, type ProcessOutcome } from '../functions/handler/create-handler.ts';
import { createDocumentClient, type ArticleItem, type RecordTable } from '../functions/records/index.ts';
import { PROJECT_ROOT, type LocalConfig } from './config.ts';
import { startControlServer, type ControlServer } from './control-server.ts';
import { createDynamoClient, createS3Client, ensureResources, startDynamo, startS3, type RunningDynamo, type RunningS3 } from './engines.ts';
import { acquireHomeLock, type HomeLock } from './home-lock.ts';
import { LocalQueue } from './local-queue.ts';
import { startQueueWorker, type QueueWorker } from './queue-worker.ts';
import { findMissedEvents } from './reconcile.ts';
import { bridgeS3rverEvent, buildNotification, keysInBody } from './s3-event-bridge.ts';
import { createSequencer } from './sequencer.ts';
import { removeStackFile, writeStackFile } from './stack-file.ts';
import { summarizeTable, type TableSummary } from './summarize-table.ts';

export interface ProgressEvent {
  outcome: ProcessOutcome;
  key: string;
  eventName: string;
  /** The article item as written (for extracted, failed and rejected outcomes). */
  article?: ArticleItem;
}

export interface LocalStackOptions {
  /** Upload `samplesDir/*.txt` under the input prefix the first time this home is used (default true). */
  uploadSamples?: boolean;
  samplesDir?: string;
  visibilityTimeoutMs?: number;
  maxReceives?: number;
  /** How often the bucket is compared with the table (0: only at start and in waitForIdle). */
  reconcileIntervalMs?: number;
  concurrency?: number;
  /** Keep DynamoDB Local's data in memory only (benchmarks and load tests on a throw-away home). */
  inMemory?: boolean;
  /** How long to wait for another process (a CLI query) to release the home folder. */
  lockWaitMs?: number;
  onProgress?: (event: ProgressEvent) => void;
  onError?: (error: Error, during: string) => void;
}

/** What this start of the stack did (not what the table holds from earlier runs). */
export interface RunCounts {
  extracted: number;
  rejected: number;
  failed: number;
  removed: number;
  /** Messages moved to the dead-letter queue by this run. */
  deadLettered: number;
}

export interface StopOptions {
  /** One line per stage of the shutdown, for a person watching. */
  onStage?: (line: string) => void;
}

export interface LocalStack {
  config: LocalConfig;
  inputPrefix: string;
  s3: S3Client;
  dynamo: DynamoDBClient;
  documentClient: DynamoDBDocumentClient;
  table: RecordTable;
  queue: LocalQueue;
  controlPort: number;
  /** True when the samples were uploaded by this start. */
  uploadedSamples: number;
  /** Enqueues the events no one sent (see reconcile.ts); returns how many. */
  reconcile(): Promise<number>;
  /**
   * Resolves once the queue is empty, nothing is being processed and (unless `reconcile: false`) the
   * table mirrors the bucket. Rejects with StackStoppingError when a stop begins meanwhile.
   */
  waitForIdle(timeoutMs?: number, options?: { reconcile?: boolean }): Promise<void>;
  /** Extracted / rejected / failed / removed outcomes and dead-lettered messages since this start. */
  runCounts(): RunCounts;
  summarize(): Promise<TableSummary>;
  /**
   * Stops without losing anything: takes no new messages, lets the batches in flight finish, then
   * stops s3rver and DynamoDB Local (in that order: the handler needs both until its last write).
   */
  stop(options?: StopOptions): Promise<void>;
  /**
   * A second Ctrl-C: hands the messages in flight back to the queue without counting their receive,
   * saves the queue and kills the engines at once. The caller exits right after.
   */
  forceStop(): void;
}

export class IdleTimeoutError extends Error {
  override name = 'IdleTimeoutError';
}

export class StackStoppingError extends Error {
  override name = 'StackStoppingError';
}


const SAMPLES_MARKER = 'samples-uploaded';

async function uploadSamples(s3: S3Client, bucket: string, dir: string): Promise<number> {
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  for (const file of files) {
    await s3.send(new PutObjectCommand({ Bucket: bucket, Key: `${INPUT_PREFIX}${file}`, Body: fs.readFileSync(path.join(dir, file)), ContentType: 'text/plain; charset=utf-8' }));
  }
  return files.length;
}

export async function startLocalStack(config: LocalConfig, options: LocalStackOptions = {}): Promise<LocalStack> {
  const onError = options.onError ?? ((error, during) => console.error(`gleaner: ${during}: ${error.message.split('\n')[0]}`));
  // Undone in reverse if the start fails half-way; a started stack stops through stop() instead.
  const cleanups: Array<() => Promise<void> | void> = [];
  const runCleanups = async () => {
    for (const cleanup of cleanups.reverse()) {
      try { await cleanup(); } catch (error) { onError(error as Error, 'stopping'); }
    }
    cleanups.length = 0;
  };

  try {
    fs.mkdirSync(config.home, { recursive: true });
    const lock: HomeLock = await acquireHomeLock(config.home, 'npm start', options.lockWaitMs ?? 30_000);
    cleanups.push(() => lock.release());

    const queue = LocalQueue.open({
      file: path.join(config.home, 'queue.json'),
      // As on AWS (infra/gleaner-stack.ts): six times the function's 60 s timeout, so a batch still
      // running on a busy machine is never delivered a second time; failed messages come back sooner
      // through the worker's retry delay.
      visibilityTimeoutMs: options.visibilityTimeoutMs ?? 360_000,
      maxReceives: options.maxReceives ?? 3,
    });
    cleanups.push(() => queue.flush());
    const counts: RunCounts = { extracted: 0, rejected: 0, failed: 0, removed: 0, deadLettered: 0 };
    queue.onDeadLetter(() => { counts.deadLettered += 1; });

    const dynamoEngine: RunningDynamo = await startDynamo(config, { inMemory: options.inMemory });
    lock.setEnginePid(dynamoEngine.child.pid);
    cleanups.push(async () => { await dynamoEngine.stop(); lock.setEnginePid(undefined); });
    const s3Engine: RunningS3 = await startS3(config);
    cleanups.push(() => s3Engine.stop());

    const dynamo = createDynamoClient(config);
    const s3 = createS3Client(config);
    cleanups.push(() => { dynamo.destroy(); s3.destroy(); });
    await ensureResources(config, dynamo, s3);
    const documentClient = createDocumentClient(dynamo);
    const table: RecordTable = { client: documentClient, tableName: config.table };

    // The bucket notification: every object event under the prefix becomes an AWS-shaped message.
    const nextSequencer = createSequencer();
    const filter = { bucket: config.bucket, prefix: INPUT_PREFIX };
    // Keys a message was sent for while a reconcile pass runs: the pass's view of the table may predate
    // that message's processing, so it must not send a second one.
    const passes = new Set<Set<string>>();
    const send = (body: string) => {
      queue.send(body);
      if (passes.size) for (const key of keysInBody(body)) for (const pass of passes) pass.add(key);
    };
    const bridge = (event: unknown) => {
      for (const body of bridgeS3rverEvent(event, filter, nextSequencer)) send(body);
    };
    s3Engine.server.on('event', bridge);

    const logger = new Logger({ serviceName: 'gleaner', logLevel: (process.env.POWERTOOLS_LOG_LEVEL ?? 'ERROR') as 'ERROR' });
    const handler = createSqsHandler({
      s3, documentClient, tableName: config.table, inputPrefix: INPUT_PREFIX, maxObjectBytes: MAX_OBJECT_BYTES, logger,
      // The outcome carries the article as written, so a progress line costs no read.
      onOutcome: (outcome, event) => {
        if (outcome === 'extracted' || outcome === 'rejected' || outcome === 'failed' || outcome === 'removed') counts[outcome] += 1;
        options.onProgress?.({ outcome, key: event.key, eventName: event.eventName, article: event.article });
      },
    });
    const worker: QueueWorker = startQueueWorker({
      queue, handler, concurrency: options.concurrency ?? 2,
      onInvokeError: (error) => onError(error, 'the handler failed a whole batch'),
    });
    cleanups.push(async () => { await worker.stop(); });

    let stopping = false;
    let reconciling: Promise<number> | undefined;
    const reconcile = (): Promise<number> => {
      if (stopping) return Promise.resolve(0);
      // One pass at a time; a caller arriving during a pass waits for it.
      reconciling ??= (async () => {
        // Covered: queued when the pass starts, sent during it, or queued when it ends.
        const covered = new Set(queue.bodies().flatMap(keysInBody));
        passes.add(covered);
        try {
          let atEnd: Set<string> | undefined;
          const isQueued = (key: string) => {
            const id = `${config.bucket}/${key}`;
            atEnd ??= new Set(queue.bodies().flatMap(keysInBody));
            return covered.has(id) || atEnd.has(id);
          };
          const missed = await findMissedEvents({ s3, table, bucket: config.bucket, prefix: INPUT_PREFIX }, isQueued);
          for (const event of missed) {
            send(JSON.stringify(buildNotification({
              eventName: event.action === 'created' ? 'ObjectCreated:Put' : 'ObjectRemoved:Delete',
              bucket: config.bucket, key: event.key, size: event.size, eTag: event.eTag, sequencer: nextSequencer(),
            })));
          }
          return missed.length;
        } finally {
          passes.delete(covered);
        }
      })().finally(() => { reconciling = undefined; });
      return reconciling;
    };

    let uploadedSamples = 0;
    const marker = path.join(config.home, SAMPLES_MARKER);
    if ((options.uploadSamples ?? true) && !fs.existsSync(marker)) {
      uploadedSamples = await uploadSamples(s3, config.bucket, options.samplesDir ?? path.join(PROJECT_ROOT, 'samples'));
      fs.writeFileSync(marker, `${new Date().toISOString()}\n`);
    }
    await reconcile();

    const intervalMs = options.reconcileIntervalMs ?? 5000;
    let timer: NodeJS.Timeout | undefined;
    if (intervalMs > 0) {
      timer = setInterval(() => { reconcile().catch((error) => onError(error as Error, 'reconciling the bucket with the table')); }, intervalMs);
      timer.unref();
      cleanups.push(() => clearInterval(timer));
    }

    const control: ControlServer = await startControlServer(config.host, queue, send);
    cleanups.push(() => control.stop());
    writeStackFile(config.home, {
      pid: process.pid, startedAt: new Date().toISOString(), host: config.host, dynamoPort: config.dynamoPort, s3Port: config.s3Port,
      controlPort: control.port, bucket: config.bucket, table: config.table, inputPrefix: INPUT_PREFIX,
    });
    cleanups.push(() => removeStackFile(config.home));

    const isIdle = () => { const d = queue.depth(); return d.visible === 0 && d.inFlight === 0 && worker.isIdle(); };
    let stopped: Promise<void> | undefined;

    const stop = (stopOptions: StopOptions = {}): Promise<void> => {
      stopped ??= (async () => {
        stopping = true;
        cleanups.length = 0;
        const stage = stopOptions.onStage ?? (() => undefined);
        const attempt = async (during: string, step: () => Promise<unknown> | unknown) => {
          try { await step(); } catch (error) { onError(error as Error, during); }
        };
        // 1. Take no new work: the CLI sees the stack as stopping, the reconcile timer ends.
        if (timer) clearInterval(timer);
        await attempt('stopping the control endpoint', () => { removeStackFile(config.home); return control.stop(); });
        // 2. Let the batches in flight finish against live engines (or until a forced stop hands them back).
        const inFlight = worker.inFlight();
        stage(inFlight ? `finishing ${inFlight} message${inFlight === 1 ? '' : 's'} in flight (Ctrl-C again to force) …` : 'no messages in flight');
        await attempt('stopping the queue worker', async () => {
          const { drained } = await worker.stop();
          await reconciling?.catch(() => undefined);
          stage(`queue worker stopped${drained ? ` (${drained} finished)` : ''}`);
        });
        // 3. The S3 emulator, then its bridge: an upload accepted until the close still gets its message.
        dynamo.destroy();
        s3.destroy();
        await attempt('stopping the S3 emulator', () => s3Engine.stop());
        s3Engine.server.off('event', bridge);
        await attempt('saving the queue', () => queue.flush());
        const depth = queue.depth();
        stage(`S3 emulator stopped; queue saved (${depth.visible + depth.inFlight} waiting, ${depth.dlq} in the dead-letter queue)`);
        // 4. DynamoDB Local last: nothing is left that writes to it.
        await attempt('stopping DynamoDB Local', async () => { await dynamoEngine.stop(); lock.setEnginePid(undefined); });
        stage('DynamoDB Local stopped');
        lock.release();
      })();
      return stopped;
    };

    const forceStop = () => {
      stopping = true;
      if (timer) clearInterval(timer);
      worker.abandon();
      try { queue.flush(); } catch (error) { onError(error as Error, 'saving the queue'); }
      dynamoEngine.kill();
      removeStackFile(config.home);
      lock.release();
    };

    return {
      config, inputPrefix: INPUT_PREFIX, s3, dynamo, documentClient, table, queue, controlPort: control.port, uploadedSamples,
      reconcile,
      async waitForIdle(timeoutMs = 120_000, waitOptions = {}) {
        const until = Date.now() + timeoutMs;
        for (;;) {
          if (stopping) throw new StackStoppingError('the stack is stopping');
          if (isIdle() && (waitOptions.reconcile === false || (await reconcile()) === 0) && isIdle()) {
            if (stopping) throw new StackStoppingError('the stack is stopping');
            return;
          }
          if (Date.now() > until) throw new IdleTimeoutError(`the queue did not drain within ${timeoutMs} ms (${JSON.stringify(queue.depth())})`);
          await new Promise((r) => setTimeout(r, 100));
        }
      },
      runCounts: () => ({ ...counts }),
      summarize: () => summarizeTable(table),
      stop,
      forceStop,
    };
  } catch (error) {
    await runCleanups();
    throw error;
  }
}
