// The local stack end to end, on real engines in a temp home: samples on first start, the queue's
// DLQ and `gleaner redrive`, `gleaner put`, the real AWS CLI (single and multipart uploads),
// `gleaner query` and `gleaner status` with the stack up and down, and objects that changed while
// the stack was down being caught up at the next start.
import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CreateBucketCommand, DeleteObjectCommand, HeadObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INPUT_PREFIX } from '../../infra/definitions.ts';
import { getArticle } from '../../functions/records/queries.ts';
import { runGleaner as gleaner } from '../support/run-gleaner.ts';
import { PROJECT_ROOT, loadLocalConfig, type LocalConfig } from '../../local/config.ts';
import { createS3Client, startS3 } from '../../local/engines.ts';
import { startLocalStack, type LocalStack, type ProgressEvent } from '../../local/local-stack.ts';
import { buildNotification } from '../../local/s3-event-bridge.ts';
import { createSequencer } from '../../local/sequencer.ts';
import { readStackFile } from '../../local/stack-file.ts';
import { findFreePort } from '../support/free-port.ts';

const SAMPLES = fs.readdirSync(path.join(PROJECT_ROOT, 'samples')).filter((f) => f.endsWith('.txt')).sort();
const HAS_AWS_CLI = spawnSync('aws', ['--version'], { stdio: 'ignore' }).status === 0;

const jsonLines = (text: string) => text.split('\n').filter(Boolean).map((l) => JSON.parse(l));

describe('the local stack', () => {
  let home: string;
  let config: LocalConfig;
  let stack: LocalStack | undefined;
  const progress: ProgressEvent[] = [];
  const parkedKey = `${INPUT_PREFIX}parked in the DLQ.txt`;

  const start = () => startLocalStack(config, { visibilityTimeoutMs: 2000, reconcileIntervalMs: 500, onProgress: (p) => progress.push(p) });

  beforeAll(async () => {
    home = fs.mkdtempSync(path.join(os.tmpdir(), 'gleaner-stack-'));
    const env = { GLEANER_HOME: home, GLEANER_DYNAMODB_PORT: String(await findFreePort()), GLEANER_S3_PORT: String(await findFreePort()) };
    Object.assign(process.env, env);
    config = loadLocalConfig(env);
    // An object whose message an earlier run left in the dead-letter queue: the reconcile pass must
    // leave its key to that message, and `gleaner redrive` must bring it back.
    const s3rver = await startS3(config);
    const s3 = createS3Client(config);
    await s3.send(new CreateBucketCommand({ Bucket: config.bucket }));
    await s3.send(new PutObjectCommand({ Bucket: config.bucket, Key: parkedKey, Body: fs.readFileSync(path.join(PROJECT_ROOT, 'samples', SAMPLES[4])) }));
    s3.destroy();
    await s3rver.stop();
    const parked = JSON.stringify(buildNotification({ eventName: 'ObjectCreated:Put', bucket: config.bucket, key: parkedKey, sequencer: createSequencer()() }));
    fs.writeFileSync(path.join(home, 'queue.json'), JSON.stringify({ version: 1, main: [], dlq: [{ messageId: 'parked-1', body: parked, sentAt: 0, receiveCount: 3, visibleAt: 0 }] }));
    stack = await start();
  });

  afterAll(async () => {
    await stack?.stop();
    fs.rmSync(home, { recursive: true, force: true });
  });

  it('uploads the samples on first start and processes them, leaving the key parked in the DLQ alone', async () => {
    expect(stack!.uploadedSamples).toBe(SAMPLES.length);
    await stack!.waitForIdle(60_000);
    const summary = await stack!.summarize();
    expect(summary.byStatus).toEqual({ extracted: SAMPLES.length, failed: 0, rejected: 0 });
    expect(summary.extracted.places).toBeGreaterThan(0);
    expect(progress.filter((p) => p.outcome === 'extracted').map((p) => p.key).sort()).toEqual(SAMPLES.map((s) => `${INPUT_PREFIX}${s}`));
    expect(await getArticle(stack!.table, config.bucket, parkedKey)).toBeNull();
    expect(readStackFile(home)).toMatchObject({ pid: process.pid, dynamoPort: config.dynamoPort, s3Port: config.s3Port, controlPort: stack!.controlPort });
  });

  it('gleaner status shows the counts and the DLQ; gleaner redrive moves the message back and it is processed', async () => {
    const before = await gleaner('status', '--json');
    expect(before.code).toBe(0);
    expect(JSON.parse(before.out)).toMatchObject({ articles: { extracted: SAMPLES.length }, queue: { dlq: 1 } });
    const redrive = await gleaner('redrive');
    expect(redrive).toMatchObject({ code: 0 });
    expect(redrive.out).toMatch(/moved 1 message/);
    await stack!.waitForIdle(60_000);
    const after = JSON.parse((await gleaner('status', '--json')).out);
    expect(after).toMatchObject({ articles: { extracted: SAMPLES.length + 1, failed: 0, rejected: 0 }, queue: { visible: 0, inFlight: 0, dlq: 0 } });
    expect((await getArticle(stack!.table, config.bucket, parkedKey))?.article.status).toBe('extracted');
  });

  it('gleaner query entity Kazakhstan lists every sample, in JSON Lines and as a table', async () => {
    const json = await gleaner('query', 'entity', 'Kazakhstan', '--json', '--all');
    expect(json.code).toBe(0);
    const keys = new Set(jsonLines(json.out).map((h) => h.key));
    for (const sample of SAMPLES) expect(keys).toContain(`${INPUT_PREFIX}${sample}`);
    const table = await gleaner('query', 'entity', 'kazakhstan');
    expect(table.out.split('\n')[0]).toMatch(/^PUBLISHED\s+TYPE\s+NAME\s+MENTIONS\s+KEY\s+CONTEXT$/);
    for (const sample of SAMPLES) expect(table.out).toContain(sample);
  });

  it('pages beyond one page with --limit and --cursor without repeating or losing rows', async () => {
    const all = jsonLines((await gleaner('query', 'entity', 'Kazakhstan', '--json', '--all')).out);
    const first = await gleaner('query', 'entity', 'Kazakhstan', '--json', '--limit', '2');
    expect(jsonLines(first.out)).toHaveLength(2);
    const { cursor } = JSON.parse(first.err);
    const rest = await gleaner('query', 'entity', 'Kazakhstan', '--json', '--limit', '100', '--cursor', cursor);
    expect([...jsonLines(first.out), ...jsonLines(rest.out)]).toEqual(all);
  });

  it.each([
    ['a key with spaces, + and Vietnamese', 'Tin tức Việt+Nam 100%.txt', []],
    ['a key prefix', 'nested article.txt', ['--key-prefix', 'news/2024/']],
  ])('gleaner put --wait with %s ends with an extracted article', async (_label, name, flags) => {
    const dir = fs.mkdtempSync(path.join(home, 'put-'));
    const file = path.join(dir, name);
    fs.copyFileSync(path.join(PROJECT_ROOT, 'samples', SAMPLES[1]), file);
    const result = await gleaner('put', '--wait', ...flags, file);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    const key = `${INPUT_PREFIX}${flags[1] ?? ''}${name}`;
    expect(result.out).toContain(`${key}: extracted`);
    expect((await getArticle(stack!.table, config.bucket, key))?.article.status).toBe('extracted');
  });

  it('gleaner put --published-at sends the day as S3 metadata, and the article is dated by it', async () => {
    const file = path.join(fs.mkdtempSync(path.join(home, 'dated-')), 'dated article.txt');
    // No dateline or header of its own, so only the metadata can date it.
    fs.writeFileSync(file, 'Kazakhstan and Vietnam signed a trade agreement in Astana on Tuesday, officials said.');
    const result = await gleaner('put', '--wait', '--published-at', '2024-03-05', file);
    expect(result).toMatchObject({ code: 0, err: '' });
    const key = `${INPUT_PREFIX}dated article.txt`;
    expect(result.out).toContain(`${key}: extracted (published 2024-03-05, from metadata)`);
    const head = await stack!.s3.send(new HeadObjectCommand({ Bucket: config.bucket, Key: key }));
    expect(head.Metadata).toMatchObject({ 'published-at': '2024-03-05' });
    expect((await getArticle(stack!.table, config.bucket, key))?.article).toMatchObject({ publishedAt: '2024-03-05', publishedAtSource: 'metadata' });
    const shown = await gleaner('query', 'article', 'dated article.txt');
    expect(shown.out).toMatch(/published: +2024-03-05 \(metadata\)/);
  });

  it.skipIf(!HAS_AWS_CLI)('an article with only a dateline is dated by it through gleaner put and the AWS CLI; one with no date anywhere by its upload day', async () => {
    const dir = fs.mkdtempSync(path.join(home, 'datelines-'));
    // 14 March 2026 is a Saturday: "said on Monday" is the Monday before it.
    const dateline = 'JAKARTA, March 14, 2026 — Indonesia\'s trade minister said on Monday that palm oil exports rose last year.\n';
    const viaPut = path.join(dir, 'dateline via put.txt');
    const viaCli = path.join(dir, 'dateline via cli.txt');
    const undated = path.join(dir, 'undated via cli.txt');
    fs.writeFileSync(viaPut, dateline);
    fs.writeFileSync(viaCli, dateline);
    fs.writeFileSync(undated, 'Vietnam and Kazakhstan agreed yesterday to expand rail freight next year.\n');
    expect(await gleaner('put', '--wait', viaPut)).toMatchObject({ code: 0, err: '' });
    const env = { ...process.env, AWS_ACCESS_KEY_ID: config.credentials.accessKeyId, AWS_SECRET_ACCESS_KEY: config.credentials.secretAccessKey, AWS_DEFAULT_REGION: config.region };
    for (const file of [viaCli, undated]) {
      const run = await promisify(execFile)('aws', ['--endpoint-url', `http://127.0.0.1:${config.s3Port}`, 's3', 'cp', file, `s3://${config.bucket}/${INPUT_PREFIX}`, '--only-show-errors'], { env, encoding: 'utf8' });
      expect(run.stderr).toBe('');
    }
    await stack!.waitForIdle(60_000);
    for (const name of ['dateline via put.txt', 'dateline via cli.txt']) {
      const record = await getArticle(stack!.table, config.bucket, `${INPUT_PREFIX}${name}`);
      expect(record?.article).toMatchObject({ status: 'extracted', publishedAt: '2026-03-14', publishedAtSource: 'dateline' });
      expect(record?.dates.map((d) => d.value).sort()).toEqual(['2025', '2026-03-09', '2026-03-14']);
    }
    const head = await stack!.s3.send(new HeadObjectCommand({ Bucket: config.bucket, Key: `${INPUT_PREFIX}undated via cli.txt` }));
    const uploaded = head.LastModified!.toISOString().slice(0, 10);
    const record = await getArticle(stack!.table, config.bucket, `${INPUT_PREFIX}undated via cli.txt`);
    expect(record?.article).toMatchObject({ status: 'extracted', publishedAt: uploaded, publishedAtSource: 'uploaded' });
    expect(record?.dates.map((d) => d.value)).toContain(String(Number(uploaded.slice(0, 4)) + 1));
  });

  it.skipIf(!HAS_AWS_CLI)('the real AWS CLI uploads (single and multipart) end with article records', async () => {
    const dir = fs.mkdtempSync(path.join(home, 'aws-'));
    const small = path.join(dir, 'from the aws cli.txt');
    fs.copyFileSync(path.join(PROJECT_ROOT, 'samples', SAMPLES[2]), small);
    // Above the CLI's 8 MB multipart threshold and the 2 MiB object limit: a rejected record, quickly.
    const big = path.join(dir, 'big.txt');
    fs.writeFileSync(big, 'word '.repeat(2_300_000));
    const env = { ...process.env, AWS_ACCESS_KEY_ID: config.credentials.accessKeyId, AWS_SECRET_ACCESS_KEY: config.credentials.secretAccessKey, AWS_DEFAULT_REGION: config.region };
    for (const file of [small, big]) {
      // Asynchronously: s3rver answers from this very process.
      const run = await promisify(execFile)('aws', ['--endpoint-url', `http://127.0.0.1:${config.s3Port}`, 's3', 'cp', file, `s3://${config.bucket}/${INPUT_PREFIX}`, '--only-show-errors'], { env, encoding: 'utf8' });
      expect(run.stderr).toBe('');
    }
    await stack!.waitForIdle(60_000);
    expect((await getArticle(stack!.table, config.bucket, `${INPUT_PREFIX}from the aws cli.txt`))?.article.status).toBe('extracted');
    const rejected = await getArticle(stack!.table, config.bucket, `${INPUT_PREFIX}big.txt`);
    expect(rejected?.article).toMatchObject({ status: 'rejected', size: 11_500_000 });
    expect(rejected?.article.reason).toMatch(/limit/);
    const failed = jsonLines((await gleaner('query', 'failed', '--json')).out);
    expect(failed.map((a) => a.key)).toEqual([`${INPUT_PREFIX}big.txt`]);
  });

  it('--aws uses the standard AWS configuration (here: endpoint variables aimed at the local engines) and names from flags', async () => {
    const saved = { ...process.env };
    Object.assign(process.env, {
      AWS_ENDPOINT_URL_DYNAMODB: `http://127.0.0.1:${config.dynamoPort}`, AWS_ENDPOINT_URL_S3: `http://127.0.0.1:${config.s3Port}`,
      AWS_REGION: config.region, AWS_ACCESS_KEY_ID: config.credentials.accessKeyId, AWS_SECRET_ACCESS_KEY: config.credentials.secretAccessKey,
    });
    try {
      const query = await gleaner('query', 'entity', 'Kazakhstan', '--json', '--all', '--aws', '--table', config.table);
      expect(query.code).toBe(0);
      expect(new Set(jsonLines(query.out).map((h) => h.key))).toContain(`${INPUT_PREFIX}${SAMPLES[0]}`);
      const file = path.join(fs.mkdtempSync(path.join(home, 'aws-put-')), 'via aws flag.txt');
      fs.copyFileSync(path.join(PROJECT_ROOT, 'samples', SAMPLES[0]), file);
      const put = await gleaner('put', '--aws', '--bucket', config.bucket, '--table', config.table, '--wait', file);
      expect(put.err).toBe('');
      expect(put.out).toContain(`${INPUT_PREFIX}via aws flag.txt: extracted`);
    } finally {
      for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
      Object.assign(process.env, saved);
    }
  });

  it.skipIf(HAS_AWS_CLI)('the real AWS CLI test is skipped: `aws` is not installed (apt-get install -y awscli)', () => undefined);

  describe('with the stack down', () => {
    const whileDownKey = `${INPUT_PREFIX}arrived while down.txt`;
    const removedKey = `${INPUT_PREFIX}${SAMPLES[1]}`;

    beforeAll(async () => {
      await stack!.stop();
      stack = undefined;
      // Someone writes to the bucket while the pipeline is down (s3rver alone, no queue listening).
      const s3rver = await startS3(config);
      const s3 = createS3Client(config);
      await s3.send(new PutObjectCommand({ Bucket: config.bucket, Key: whileDownKey, Body: fs.readFileSync(path.join(PROJECT_ROOT, 'samples', SAMPLES[3])) }));
      await s3.send(new DeleteObjectCommand({ Bucket: config.bucket, Key: removedKey }));
      s3.destroy();
      await s3rver.stop();
    });

    it('removes stack.json so the CLI knows', () => {
      expect(readStackFile(home)).toBeUndefined();
    });

    it('gleaner query and status read the saved state through a temporary DynamoDB Local', { timeout: 150_000 }, async () => {
      const query = await gleaner('query', 'entity', 'Kazakhstan', '--json', '--all');
      expect(query.code).toBe(0);
      const keys = new Set(jsonLines(query.out).map((h) => h.key));
      for (const sample of SAMPLES) expect(keys).toContain(`${INPUT_PREFIX}${sample}`);
      const status = JSON.parse((await gleaner('status', '--json')).out);
      expect(status.target).toMatch(/stopped/);
      expect(status.queue).toEqual({ visible: 0, inFlight: 0, dlq: 0 });
      // The temporary engine is gone and the home is free again.
      expect(fs.existsSync(path.join(home, 'lock'))).toBe(false);
    });

    it('gleaner put says in one line how to start the stack', async () => {
      const result = await gleaner('put', path.join(PROJECT_ROOT, 'samples', SAMPLES[0]));
      expect(result.code).toBe(1);
      expect(result.err.split('\n')).toHaveLength(1);
      expect(result.err).toMatch(/not running: start it with .*npm start/);
    });

    it('the next start processes what arrived and removes what was deleted while it was down', { timeout: 150_000 }, async () => {
      stack = await start();
      expect(stack.uploadedSamples).toBe(0);
      await stack.waitForIdle(60_000);
      expect((await getArticle(stack.table, config.bucket, whileDownKey))?.article.status).toBe('extracted');
      expect(await getArticle(stack.table, config.bucket, removedKey)).toBeNull();
      const hits = jsonLines((await gleaner('query', 'entity', 'Kazakhstan', '--json', '--all')).out).map((h) => h.key);
      expect(hits).toContain(whileDownKey);
      expect(hits).not.toContain(removedKey);
    });
  });
});
