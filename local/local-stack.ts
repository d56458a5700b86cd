// The local stack: DynamoDB Local and s3rver on loopback, the bucket and table from
// infra/definitions.ts, and the path an object takes on AWS (bucket notification → queue → the REAL
// handler with partial batch failures → table), plus a reconcile pass for objects no event announced.
// `npm start` (start.ts) and the tests both run it through startLocalStack.
import fs from 'node:fs';
import path from 'node:path';
import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { GetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { Logger } from '@aws-lambda-powertools/logger';
import { INPUT_PREFIX, MAX_OBJECT_BYTES } from '../infra/definitions.ts';
import { createSqsHandler, type ProcessOutcome } from '../functions/handler/create-handler.ts';
import { ARTICLE_SK, articlePk } from '../functions/records/keys.ts';
import type { ArticleItem } from '../functions/records/model.ts';
import { createDocumentClient, type RecordTable } from '../functions/records/record-table.ts';
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
  /** Resolves once the queue is empty, nothing is being processed and the table mirrors the bucket. */
  waitForIdle(timeoutMs?: number): Promise<void>;
  summarize(): Promise<TableSummary>;
  stop(): Promise<void>;
}

export class IdleTimeoutError extends Error {
  override name = 'IdleTimeoutError';
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
  const onError = options.onError ?? ((error, during) => console.error(`gleaner: ${during}: ${error.message}`));
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
    s3Engine.server.on('event', (event: unknown) => {
      for (const body of bridgeS3rverEvent(event, filter, nextSequencer)) send(body);
    });

    const logger = new Logger({ serviceName: 'gleaner', logLevel: (process.env.POWERTOOLS_LOG_LEVEL ?? 'ERROR') as 'ERROR' });
    const handler = createSqsHandler({
      s3, documentClient, tableName: config.table, inputPrefix: INPUT_PREFIX, maxObjectBytes: MAX_OBJECT_BYTES, logger,
      onOutcome: (outcome, event) => {
        if (!options.onProgress) return;
        if (outcome !== 'extracted' && outcome !== 'failed' && outcome !== 'rejected') {
          options.onProgress({ outcome, key: event.key, eventName: event.eventName });
          return;
        }
        documentClient.send(new GetCommand({ TableName: config.table, Key: { pk: articlePk(event.bucket, event.key), sk: ARTICLE_SK } }))
          .then(({ Item }) => options.onProgress?.({ outcome, key: event.key, eventName: event.eventName, article: Item as ArticleItem | undefined }))
          .catch(() => options.onProgress?.({ outcome, key: event.key, eventName: event.eventName }));
      },
    });
    const worker: QueueWorker = startQueueWorker({
      queue, handler, concurrency: options.concurrency ?? 2,
      onInvokeError: (error) => onError(error, 'the handler failed a whole batch'),
    });
    // Stops before the engines: a batch in progress finishes against live engines.
    cleanups.push(() => worker.stop());

    let reconciling: Promise<number> | undefined;
    const reconcile = (): Promise<number> => {
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
    if (intervalMs > 0) {
      const timer = setInterval(() => { reconcile().catch((error) => onError(error as Error, 'reconciling the bucket with the table')); }, intervalMs);
      timer.unref();
      // Cleared first among the running parts (cleanups run in reverse).
      cleanups.push(() => clearInterval(timer));
    }

    const control: ControlServer = await startControlServer(config.host, queue);
    cleanups.push(() => control.stop());
    writeStackFile(config.home, {
      pid: process.pid, startedAt: new Date().toISOString(), host: config.host, dynamoPort: config.dynamoPort, s3Port: config.s3Port,
      controlPort: control.port, bucket: config.bucket, table: config.table, inputPrefix: INPUT_PREFIX,
    });
    cleanups.push(() => removeStackFile(config.home));

    const isIdle = () => { const d = queue.depth(); return d.visible === 0 && d.inFlight === 0 && worker.isIdle(); };
    return {
      config, inputPrefix: INPUT_PREFIX, s3, dynamo, documentClient, table, queue, controlPort: control.port, uploadedSamples,
      reconcile,
      async waitForIdle(timeoutMs = 120_000) {
        const until = Date.now() + timeoutMs;
        for (;;) {
          if (isIdle() && (await reconcile()) === 0 && isIdle()) return;
          if (Date.now() > until) throw new IdleTimeoutError(`the queue did not drain within ${timeoutMs} ms (${JSON.stringify(queue.depth())})`);
          await new Promise((r) => setTimeout(r, 100));
        }
      },
      summarize: () => summarizeTable(table),
      stop: runCleanups,
    };
  } catch (error) {
    await runCleanups();
    throw error;
  }
}
