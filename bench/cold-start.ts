// Cold start of the deployed function (the asset `cdk synth` builds, see cdk-bundle.ts): start fresh
// `node` processes that import the bundle and invoke its handler once with an SQS
// event for a sample article held in s3rver, writing to DynamoDB Local. Measured: wall time from
// spawning the process to the first extraction result (the handler's result less the write stage its
// log line reports) and to the handler's result, and the process's peak RSS.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { ARTICLE_SK, articlePk } from '../functions/records/keys.ts';
import { createDocumentClient } from '../functions/records/record-table.ts';
import { INPUT_PREFIX, MAX_OBJECT_BYTES } from '../infra/definitions.ts';
import { dynamoEndpoint, loadLocalConfig, PROJECT_ROOT, s3Endpoint } from '../local/config.ts';
import { createDynamoClient, createS3Client, ensureResources, startDynamo, startS3 } from '../local/engines.ts';
import { findFreePort } from '../local/free-port.ts';
import { toSqsEvent } from '../local/queue-worker.ts';
import { buildNotification } from '../local/s3-event-bridge.ts';
import { linkRuntimeModules, type BundleInfo } from './cdk-bundle.ts';
import { median } from './measure.ts';
import { loadSamples } from './samples.ts';

export interface ColdStartResult {
  bundle: BundleInfo;
  runs: number;
  /** Spawn → handler result (records written), wall clock, per run. */
  wallMs: number[];
  medianWallMs: number;
  /**
   * Spawn → first extraction result, per run: the handler's result less the write stage (building the
   * items and writing them), as the handler's 'article extracted' log line reports it.
   */
  extractionWallMs: number[];
  medianExtractionWallMs: number;
  /** The handler's stages (check, read, extract, write), median ms over runs. */
  medianStageMs: Record<string, number>;
  /** Inside the process: time to import the bundle (module init incl. compromise's lexicon). */
  medianImportMs: number;
  /** Peak resident set size of the process (MB), median over runs. */
  medianMaxRssMb: number;
  articleBytes: number;
}

export class ColdStartError extends Error {
  override name = 'ColdStartError';
}

const RESULT_MARKER = '@@gleaner-cold-start@@';

/** The stage timings of the handler's 'article extracted' log line (Powertools JSON, one per line). */
function findStageTimings(output: string): Record<string, number> | undefined {
  for (const line of output.split('\n')) {
    if (!line.startsWith('{')) continue;
    try {
      const entry = JSON.parse(line) as { message?: string; timingsMs?: Record<string, number> };
      if (entry.message === 'article extracted') return entry.timingsMs;
    } catch {
      // not a log line
    }
  }
  return undefined;
}

function buildSqsEvent(body: string, n: number): object {
  const now = Date.now();
  return toSqsEvent([{ messageId: `cold-start-${n}`, receiptHandle: `cold-start-${n}`, body, receiveCount: 1, sentAt: now, firstReceivedAt: now }], 'arn:aws:sqs:us-east-1:000000000000:gleaner');
}

export async function measureColdStart(bundle: BundleInfo, options: { runs?: number; log?: (line: string) => void } = {}): Promise<ColdStartResult> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const runs = options.runs ?? 5;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gleaner-cold-start-'));
  const config = loadLocalConfig({ GLEANER_HOME: dir, GLEANER_DYNAMODB_PORT: String(await findFreePort()), GLEANER_S3_PORT: String(await findFreePort()) });
  const cleanups: Array<() => Promise<void> | void> = [() => fs.rmSync(dir, { recursive: true, force: true })];
  try {
    // Run from the bundle's own folder: no node_modules above it but the AWS SDK, which the Lambda
    // runtime provides from its own folder (loaded from disk at import there too, so its cost counts).
    const bundleDir = path.dirname(bundle.file);
    linkRuntimeModules(bundle.file);
    const dynamoEngine = await startDynamo(config, { inMemory: true });
    cleanups.push(() => dynamoEngine.stop());
    const s3Engine = await startS3(config, { directory: path.join(dir, 's3') });
    cleanups.push(() => s3Engine.stop());
    const dynamo = createDynamoClient(config);
    const s3 = createS3Client(config);
    cleanups.push(() => { dynamo.destroy(); s3.destroy(); });
    await ensureResources(config, dynamo, s3);
    const documentClient = createDocumentClient(dynamo);
    const article = loadSamples()[0].text;
    const body = Buffer.from(article);

    const wallMs: number[] = [];
    const extractionWallMs: number[] = [];
    const stages: Array<Record<string, number>> = [];
    const importMs: number[] = [];
    const maxRssMb: number[] = [];
    for (let n = 0; n < runs; n++) {
      // A new key per run: the same key and order would be skipped as a duplicate delivery.
      const key = `${INPUT_PREFIX}cold-start-${n}.txt`;
      const put = await s3.send(new PutObjectCommand({ Bucket: config.bucket, Key: key, Body: body, ContentLength: body.length }));
      const notification = buildNotification({ eventName: 'ObjectCreated:Put', bucket: config.bucket, key, size: body.length, eTag: (put.ETag ?? '').replace(/"/g, ''), sequencer: (0x1000 + n).toString(16).toUpperCase().padStart(16, '0') });
      const event = buildSqsEvent(JSON.stringify(notification), n);
      const script = `
        const t0 = performance.now();
        const { handler } = await import(${JSON.stringify(new URL(`file://${bundle.file}`).href)});
        const imported = performance.now();
        const event = JSON.parse(process.env.GLEANER_BENCH_EVENT);
        const result = await handler(event, { getRemainingTimeInMillis: () => 55000, awsRequestId: 'bench', functionName: 'gleaner' });
        // Linux keeps the parent's high-water mark in getrusage's maxRSS across fork and exec, so a child
        // of this (large) bench process would report the bench's peak; the kernel's VmHWM is this
        // process's own. Elsewhere, maxRSS is what there is.
        let maxRssKb = process.resourceUsage().maxRSS;
        try {
          const hwm = /^VmHWM:\\s+(\\d+) kB/m.exec((await import('node:fs')).readFileSync('/proc/self/status', 'utf8'));
          if (hwm) maxRssKb = Number(hwm[1]);
        } catch {}
        process.stdout.write(${JSON.stringify(RESULT_MARKER)} + JSON.stringify({ result, importMs: imported - t0, maxRssKb }) + '\\n');`;
      const started = performance.now();
      const output = await new Promise<string>((resolve, reject) => {
        const child = spawn(process.execPath, ['--enable-source-maps', '--input-type=module', '-e', script], {
          cwd: bundleDir,
          env: {
            PATH: process.env.PATH ?? '',
            TABLE_NAME: config.table, INPUT_PREFIX, MAX_OBJECT_BYTES: String(MAX_OBJECT_BYTES), POWERTOOLS_SERVICE_NAME: 'gleaner', POWERTOOLS_LOG_LEVEL: 'INFO',
            AWS_REGION: config.region, AWS_ACCESS_KEY_ID: config.credentials.accessKeyId, AWS_SECRET_ACCESS_KEY: config.credentials.secretAccessKey,
            AWS_ENDPOINT_URL_S3: s3Endpoint(config), AWS_ENDPOINT_URL_DYNAMODB: dynamoEndpoint(config),
            GLEANER_BENCH_EVENT: JSON.stringify(event),
          },
        });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (d) => {
          stdout += d;
          // The result line is the end of the measurement; process exit (sockets closing) is not.
          if (stdout.includes(RESULT_MARKER) && stdout.endsWith('\n')) wallMs.push(performance.now() - started);
        });
        child.stderr.on('data', (d) => { stderr += d; });
        child.on('error', reject);
        child.on('close', (code) => (code === 0 && stdout.includes(RESULT_MARKER) ? resolve(stdout) : reject(new ColdStartError(`the bundle exited ${code}: ${stderr.slice(-2000)}${stdout.slice(-2000)}`))));
      });
      const parsed = JSON.parse(output.slice(output.indexOf(RESULT_MARKER) + RESULT_MARKER.length)) as { result: { batchItemFailures: unknown[] }; importMs: number; maxRssKb: number };
      if (parsed.result.batchItemFailures.length) throw new ColdStartError(`the handler failed the message: ${JSON.stringify(parsed.result)}`);
      const { Item } = await documentClient.send(new GetCommand({ TableName: config.table, Key: { pk: articlePk(config.bucket, key), sk: ARTICLE_SK }, ConsistentRead: true }));
      if (Item?.status !== 'extracted') throw new ColdStartError(`run ${n}: no extracted article record (${JSON.stringify(Item?.status)})`);
      const timings = findStageTimings(output);
      if (!timings || typeof timings.write !== 'number') throw new ColdStartError(`run ${n}: no 'article extracted' log line with timingsMs in the output`);
      stages.push(timings);
      extractionWallMs.push(wallMs[wallMs.length - 1] - timings.write);
      importMs.push(parsed.importMs);
      maxRssMb.push(parsed.maxRssKb / 1024);
      log(`cold start: run ${n + 1}/${runs}: ${wallMs[wallMs.length - 1]?.toFixed(0)} ms`);
    }
    if (wallMs.length !== runs) throw new ColdStartError('a run ended without timing');
    const medianStageMs = Object.fromEntries(Object.keys(stages[0]).map((k) => [k, median(stages.map((t) => t[k]))]));
    return { bundle, runs, wallMs, medianWallMs: median(wallMs), extractionWallMs, medianExtractionWallMs: median(extractionWallMs), medianStageMs, medianImportMs: median(importMs), medianMaxRssMb: median(maxRssMb), articleBytes: body.length };
  } finally {
    for (const cleanup of cleanups.reverse()) await cleanup();
  }
}
