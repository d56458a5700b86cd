// `gleaner reprocess` on the local stack (s3rver, the local queue, DynamoDB Local, the real handler):
// records an older extractor wrote are replaced, each object keeps exactly one record, and a second
// reprocess of current records changes nothing.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTRACTOR_VERSION } from '../../functions/extract/version.ts';
import { ARTICLE_SK, articlePk, countArticlesByStatus, getArticle } from '../../functions/records/index.ts';
import { INPUT_PREFIX } from '../../infra/definitions.ts';
import { PROJECT_ROOT, loadLocalConfig, type LocalConfig } from '../../local/config.ts';
import { startLocalStack, type LocalStack, type ProgressEvent } from '../../local/local-stack.ts';
import { runGleaner as gleaner } from '../support/run-gleaner.ts';
import { findFreePort } from '../support/free-port.ts';

const SAMPLES = fs.readdirSync(path.join(PROJECT_ROOT, 'samples')).filter((f) => f.endsWith('.txt')).sort();
const KEYS = SAMPLES.map((s) => `${INPUT_PREFIX}${s}`);

describe('gleaner reprocess on the local stack', () => {
  let home: string;
  let config: LocalConfig;
  let stack: LocalStack;
  const progress: ProgressEvent[] = [];
  const saved = { ...process.env };

  beforeAll(async () => {
    home = fs.mkdtempSync(path.join(os.tmpdir(), 'gleaner-reprocess-'));
    const env = { GLEANER_HOME: home, GLEANER_DYNAMODB_PORT: String(await findFreePort()), GLEANER_S3_PORT: String(await findFreePort()) };
    Object.assign(process.env, env);
    config = loadLocalConfig(env);
    // No periodic reconcile pass: only reprocess may bring the old records up to date here.
    stack = await startLocalStack(config, { reconcileIntervalMs: 0, onProgress: (p) => progress.push(p) });
    await stack.waitForIdle(90_000);
  });

  afterAll(async () => {
    await stack?.stop();
    for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
    Object.assign(process.env, saved);
    fs.rmSync(home, { recursive: true, force: true });
  });

  it('replaces the records an older extractor wrote, one record per object, and leaves current ones alone', { timeout: 120_000 }, async () => {
    // What an earlier release left: the same records, stamped with an older extractor version.
    for (const key of KEYS) {
      await stack.documentClient.send(new UpdateCommand({
        TableName: config.table, Key: { pk: articlePk(config.bucket, key), sk: ARTICLE_SK },
        UpdateExpression: 'SET extractorVersion = :old', ExpressionAttributeValues: { ':old': '0.0.1-old' },
      }));
    }
    progress.length = 0;
    const result = await gleaner('reprocess');
    expect(result.code).toBe(0);
    expect(result.out).toMatch(new RegExp(`^sent ${KEYS.length} objects under s3://${config.bucket}/${INPUT_PREFIX} back through the queue`));
    expect(result.err.replace(/ \(.*\)$/, '')).toBe(`sent ${KEYS.length} keys`);
    await stack.waitForIdle(90_000, { reconcile: false });

    expect(progress.map((p) => [p.key, p.outcome]).sort()).toEqual(KEYS.map((k) => [k, 'extracted']));
    for (const key of KEYS) expect((await getArticle(stack.table, config.bucket, key))?.article).toMatchObject({ status: 'extracted', extractorVersion: EXTRACTOR_VERSION });
    expect(await countArticlesByStatus(stack.table)).toEqual({ extracted: KEYS.length, failed: 0, rejected: 0 });
    expect(stack.queue.depth()).toEqual({ visible: 0, inFlight: 0, dlq: 0 });

    // Again, with every record current: each event is recognised as already done.
    progress.length = 0;
    expect((await gleaner('reprocess', '--prefix', KEYS[0])).code).toBe(0);
    await stack.waitForIdle(60_000, { reconcile: false });
    expect(progress.map((p) => [p.key, p.outcome])).toEqual([[KEYS[0], 'duplicate']]);
    expect(await countArticlesByStatus(stack.table)).toEqual({ extracted: KEYS.length, failed: 0, rejected: 0 });
  });

  it('says in one line that the local stack must be running', { timeout: 120_000 }, async () => {
    await stack.stop();
    const result = await gleaner('reprocess');
    expect(result.code).toBe(1);
    expect(result.err.split('\n')).toHaveLength(1);
    expect(result.err).toMatch(/not running: start it with .*npm start/);
  });
});
