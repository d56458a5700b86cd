// The function exactly as `cdk synth` bundles it (esbuild, ESM, minified, the AWS SDK left to the
// runtime) runs the whole pipeline in a plain Node process: configured only by the environment the
// stack sets, reading from s3rver and writing to DynamoDB Local. This is what catches a dependency
// (compromise and its plugins, Powertools) that does not survive bundling, or one left outside it.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getArticle } from '../../functions/records/queries.ts';
import { INPUT_PREFIX } from '../../infra/definitions.ts';
import { linkRuntimeModules } from '../../bench/cdk-bundle.ts';
import { RUNTIME_PROVIDED_MODULES } from '../../infra/gleaner-stack.ts';
import { dynamoEndpoint, PROJECT_ROOT, s3Endpoint } from '../../local/config.ts';
import { buildSqsEvent, nextSequencer } from '../pipeline/build-sqs-event.ts';
import { startLocalTestStack, type LocalTestStack } from '../support/local-test-stack.ts';
import { buildTestApp, logicalIdOf, type TestApp } from './build-test-app.ts';

let t: TestApp;
let bundlePath: string;
let environment: Record<string, string>;
let stack: LocalTestStack;

beforeAll(async () => {
  t = buildTestApp();
  // The function's asset folder, as the CLI would upload it.
  const fn = t.template.toJSON().Resources[logicalIdOf(t.stack, t.stack.function)];
  const assets = JSON.parse(fs.readFileSync(path.join(t.outdir, `${t.stack.artifactId}.assets.json`), 'utf8')) as { files: Record<string, { source: { path: string } }> };
  const assetHash = String(fn.Properties.Code.S3Key).replace(/\.zip$/, '');
  bundlePath = path.join(t.outdir, assets.files[assetHash].source.path, 'index.mjs');
  // The AWS SDK, which the Lambda runtime provides, resolvable beside the asset (and nothing else).
  linkRuntimeModules(bundlePath);
  // The environment the stack gives the function, with the table reference swapped for a local one.
  environment = Object.fromEntries(Object.entries(fn.Properties.Environment.Variables as Record<string, unknown>)
    .filter(([, value]) => typeof value === 'string') as Array<[string, string]>);
  stack = await startLocalTestStack('bundle');
});
afterAll(async () => {
  await stack?.stop();
  t?.cleanup();
});

// The handler's logs share stdout with the result, so the result follows a marker.
const RESULT_MARKER = '\n@@gleaner-result@@';

/** Imports the bundle in a fresh Node process and invokes its `handler` once with `event`. */
function invokeBundle(event: unknown): Promise<{ result: unknown; logs: string }> {
  const script = `
    const { handler } = await import(${JSON.stringify(new URL(`file://${bundlePath}`).href)});
    let input = ''; for await (const chunk of process.stdin) input += chunk;
    const context = { getRemainingTimeInMillis: () => 55000, awsRequestId: 'test', functionName: 'gleaner', invokedFunctionArn: 'arn:aws:lambda:us-east-1:123456789012:function:gleaner' };
    const result = await handler(JSON.parse(input), context);
    process.stdout.write(${JSON.stringify(RESULT_MARKER)} + JSON.stringify(result));`;
  const child = spawn(process.execPath, ['--enable-source-maps', '--input-type=module', '-e', script], {
    cwd: path.dirname(bundlePath), // no node_modules above the asset in a temp folder: everything must be inside the bundle
    env: {
      PATH: process.env.PATH ?? '',
      ...environment,
      TABLE_NAME: stack.tableName,
      AWS_REGION: stack.config.region,
      AWS_ACCESS_KEY_ID: stack.config.credentials.accessKeyId,
      AWS_SECRET_ACCESS_KEY: stack.config.credentials.secretAccessKey,
      AWS_ENDPOINT_URL_S3: s3Endpoint(stack.config),
      AWS_ENDPOINT_URL_DYNAMODB: dynamoEndpoint(stack.config),
      POWERTOOLS_LOG_LEVEL: 'WARN',
    },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => { stdout += d; });
  child.stderr.on('data', (d) => { stderr += d; });
  child.stdin.end(JSON.stringify(event));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      const at = stdout.lastIndexOf(RESULT_MARKER);
      if (code !== 0 || at < 0) reject(new Error(`bundle exited ${code}: ${stderr}${stdout}`));
      else resolve({ result: JSON.parse(stdout.slice(at + RESULT_MARKER.length)), logs: stdout.slice(0, at) + stderr });
    });
  });
}

describe('bundled function', () => {
  it('is one ES module under 3 MB, name model and word clusters included, that imports nothing but Node built-ins and the runtime\'s SDK', () => {
    const size = fs.statSync(bundlePath).size;
    expect(size).toBeGreaterThan(100_000);
    // The name model and its word clusters ship inside the bundle. Bundle plus model may reach 5 MB by
    // the recognizer's size target; 3 MB keeps the cold start, decoding both included, well under 1 s
    // on this machine (npm run bench prints it).
    expect(size).toBeLessThan(3_000_000);
    expect(fs.existsSync(`${bundlePath}.map`)).toBe(true);
    // No data files beside it: everything the function reads at run time is inside index.mjs.
    expect(fs.readdirSync(path.dirname(bundlePath)).sort()).toEqual(['index.mjs', 'index.mjs.map']);
    expect(bundlePath.startsWith(PROJECT_ROOT)).toBe(false);
    const code = fs.readFileSync(bundlePath, 'utf8');
    const imported = new Set([...code.matchAll(/(?:\bfrom|\bimport\()\s*"((?:node:|@)?[a-z][\w./@-]*)"/g)].map((m) => m[1]));
    const provided = RUNTIME_PROVIDED_MODULES.map((pattern) => new RegExp(`^${pattern.replace(/\*/g, '.*')}$`));
    expect(imported).toContain('@aws-sdk/client-s3');
    for (const specifier of imported) {
      expect(specifier.startsWith('node:') || provided.some((p) => p.test(specifier)), specifier).toBe(true);
    }
  });

  it('turns an uploaded sample into an article with entities', async () => {
    const sample = fs.readdirSync(path.join(PROJECT_ROOT, 'samples')).filter((f) => f.endsWith('.txt')).sort()[0];
    const text = fs.readFileSync(path.join(PROJECT_ROOT, 'samples', sample), 'utf8');
    const key = `${INPUT_PREFIX}bundle test + Việt Nam.txt`;
    const eTag = await stack.putObject(key, text);
    const event = buildSqsEvent([{ bucket: stack.bucket, key, eTag, size: Buffer.byteLength(text), sequencer: nextSequencer() }]);

    const { result } = await invokeBundle(event);

    expect(result).toEqual({ batchItemFailures: [] });
    const record = await getArticle(stack.table, stack.bucket, key);
    expect(record?.article.status).toBe('extracted');
    expect(record!.people.length + record!.places.length + record!.organizations.length).toBeGreaterThan(0);
    for (const entity of [...record!.people, ...record!.places, ...record!.organizations]) {
      for (const m of entity.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    }
  });

  it('reads a Windows-1252 article with the code page left in the bundle', async () => {
    // iconv-lite's CJK tables are left out of the bundle (NEVER_LOADED_PATHS); its single-byte code
    // pages must still be there. “ ” and € are the bytes where Windows-1252 differs from Latin-1.
    const text = 'Ministers met in Jakarta on Monday. \u201cWe agreed,\u201d said Retno Marsudi, pledging \u20ac2 million.';
    const key = `${INPUT_PREFIX}bundle test windows-1252.txt`;
    const bytes = iconv.encode(text, 'windows-1252');
    const eTag = await stack.putObject(key, bytes);
    const event = buildSqsEvent([{ bucket: stack.bucket, key, eTag, size: bytes.length, sequencer: nextSequencer() }]);

    const { result } = await invokeBundle(event);

    expect(result).toEqual({ batchItemFailures: [] });
    const record = await getArticle(stack.table, stack.bucket, key);
    expect(record?.article).toEqual(expect.objectContaining({ status: 'extracted', encoding: 'windows-1252' }));
    expect(record!.places.map((p) => p.entityKey)).toContain('jakarta');
    // Decoded with the real code page: byte 0x80 is the euro sign, not a C1 control.
    expect(record!.money.map((m) => [m.currency, m.amount, m.mentions[0]?.text])).toEqual([['EUR', 2_000_000, '€2 million']]);
  });

  it('logs and skips a malformed message and an S3 test event without failing the batch', async () => {
    const event = buildSqsEvent(['{"not": "an S3 event"', JSON.stringify({ Service: 'Amazon S3', Event: 's3:TestEvent', Bucket: stack.bucket })]);
    const { result, logs } = await invokeBundle(event);
    expect(result).toEqual({ batchItemFailures: [] });
    // Powertools' structured logger survived bundling: one JSON line with the service name.
    const lines = logs.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toContainEqual(expect.objectContaining({ message: 'skipped a malformed message', service: 'gleaner', level: 'ERROR' }));
  });
});
