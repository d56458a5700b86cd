// One throw-away local stack for a benchmark or the load test: a fresh temp GLEANER_HOME, DynamoDB
// Local and s3rver on free loopback ports, the real handler; upload a batch as fast as possible, wait
// until the pipeline is idle, then check every object has exactly one article record.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { ARTICLE_SK, articlePk } from '../functions/records/keys.ts';
import type { ArticleStatus } from '../functions/records/model.ts';
import { countArticlesByStatus } from '../functions/records/queries.ts';
import { loadLocalConfig } from '../local/config.ts';
import { findFreePort } from '../local/free-port.ts';
import { startLocalStack, type LocalStack } from '../local/local-stack.ts';
import { attachCapacityMeter, type CapacityMeter } from './capacity-meter.ts';

export interface UploadObject {
  /** Key below the input prefix. */
  name: string;
  body: Uint8Array;
  /** Statuses the article record may end with (a bad object: failed or rejected). */
  expect: ArticleStatus[];
}

export interface RunResult {
  objects: number;
  bytes: number;
  uploadMs: number;
  /** From the first upload until every object has its record and the queue is empty. */
  totalMs: number;
  articlesPerSecond: number;
  byStatus: Record<ArticleStatus, number>;
  /** Human-readable mismatches: missing records, unexpected statuses, extra records. */
  mismatches: string[];
  capacity: CapacityMeter;
}

export class LoadRunError extends Error {
  override name = 'LoadRunError';
}

export interface RunOptions {
  /** Name of the run, used in the temp folder and the key prefix. */
  name: string;
  /** Hard cap: give up (and report) after this long. */
  timeoutMs: number;
  uploadConcurrency?: number;
  /** DynamoDB Local in memory (default true): the home is thrown away anyway and the disk store is the bottleneck. */
  inMemory?: boolean;
  /** Batches the local queue worker runs at once (its default is 2). */
  concurrency?: number;
  log?: (line: string) => void;
}

async function runPool<T>(items: T[], concurrency: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, async () => {
    while (next < items.length) await work(items[next++]);
  }));
}

/** Starts a fresh stack, uploads `objects`, waits for the pipeline, verifies, stops and removes it. */
export async function runOnFreshStack(objects: UploadObject[], options: RunOptions): Promise<RunResult> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const home = fs.mkdtempSync(path.join(os.tmpdir(), `gleaner-${options.name}-`));
  const config = loadLocalConfig({
    GLEANER_HOME: home,
    GLEANER_DYNAMODB_PORT: String(await findFreePort()),
    GLEANER_S3_PORT: String(await findFreePort()),
  });
  let stack: LocalStack | undefined;
  try {
    log(`${options.name}: starting a local stack in ${home} (DynamoDB Local :${config.dynamoPort}, s3rver :${config.s3Port})`);
    stack = await startLocalStack(config, {
      uploadSamples: false,
      // The run waits with waitForIdle, which reconciles itself; a periodic pass would only add reads.
      reconcileIntervalMs: 0,
      lockWaitMs: 1000,
      concurrency: options.concurrency,
      inMemory: options.inMemory ?? true,
      // AWS advises a queue visibility timeout of 6× the function timeout; 10 s would redeliver batches
      // still in progress on a busy machine and measure the retries instead of the pipeline.
      visibilityTimeoutMs: 360_000,
      onError: (error, during) => log(`${options.name}: ${during}: ${error.message}`),
    });
    const capacity = attachCapacityMeter(stack.documentClient);
    const s3 = stack.s3;
    const bucket = config.bucket;
    const prefix = `${stack.inputPrefix}${options.name}/`;
    const bytes = objects.reduce((n, o) => n + o.body.length, 0);
    log(`${options.name}: uploading ${objects.length} objects (${(bytes / 1e6).toFixed(1)} MB)`);
    const started = performance.now();
    await runPool(objects, options.uploadConcurrency ?? 16, async (o) => {
      await s3.send(new PutObjectCommand({ Bucket: bucket, Key: prefix + o.name, Body: o.body, ContentLength: o.body.length }));
    });
    const uploadMs = performance.now() - started;
    log(`${options.name}: uploaded in ${(uploadMs / 1000).toFixed(1)} s; waiting for the pipeline`);
    const timer = setInterval(() => log(`${options.name}: queue ${JSON.stringify(stack!.queue.depth())}`), 15_000);
    try {
      await stack.waitForIdle(Math.max(1000, options.timeoutMs - (performance.now() - started)));
    } finally {
      clearInterval(timer);
    }
    const totalMs = performance.now() - started;
    // Taken before the checks below, whose reads are the benchmark's, not the pipeline's.
    const spent = { ...capacity };

    const mismatches: string[] = [];
    await runPool(objects, 16, async (o) => {
      const { Item } = await stack!.documentClient.send(new GetCommand({ TableName: config.table, Key: { pk: articlePk(bucket, prefix + o.name), sk: ARTICLE_SK }, ConsistentRead: true }));
      if (!Item || Item.kind !== 'article') mismatches.push(`${o.name}: no article record`);
      else if (!o.expect.includes(Item.status as ArticleStatus)) mismatches.push(`${o.name}: status ${Item.status} (${Item.reason ?? 'no reason'}), expected ${o.expect.join(' or ')}`);
    });
    const byStatus = await countArticlesByStatus(stack.table);
    const records = byStatus.extracted + byStatus.failed + byStatus.rejected;
    if (records !== objects.length) mismatches.push(`${records} article records for ${objects.length} objects`);
    const { dlq } = stack.queue.depth();
    if (dlq > 0) mismatches.push(`${dlq} messages ended in the dead-letter queue`);
    return { objects: objects.length, bytes, uploadMs, totalMs, articlesPerSecond: objects.length / (totalMs / 1000), byStatus, mismatches, capacity: spent };
  } finally {
    await stack?.stop();
    fs.rmSync(home, { recursive: true, force: true });
  }
}
