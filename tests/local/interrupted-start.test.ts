// Ctrl-C loses nothing: `npm start` (the real command, in its own process group, as a terminal runs
// it) is stopped mid-batch by a double Ctrl-C (forced) and then three times by a single one, with new
// objects arriving between the runs; after each stop every message left in the saved queue still has
// all its deliveries, and a final `npm start -- --once` leaves every object with exactly one record
// and an empty dead-letter queue.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CreateBucketCommand, HeadBucketCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INPUT_PREFIX } from '../../infra/definitions.ts';
import { countArticlesByStatus, createDocumentClient, getArticle } from '../../functions/records/index.ts';
import { PROJECT_ROOT, loadLocalConfig, type LocalConfig } from '../../local/config.ts';
import { createDynamoClient, createS3Client, startDynamo, startS3 } from '../../local/engines.ts';
import { findFreePort } from '../support/free-port.ts';

const SAMPLES = fs.readdirSync(path.join(PROJECT_ROOT, 'samples')).filter((f) => f.endsWith('.txt')).sort();
const SAMPLE_TEXTS = SAMPLES.map((f) => fs.readFileSync(path.join(PROJECT_ROOT, 'samples', f), 'utf8'));
/** New objects before each run: enough that a batch is still in flight when the first article is done. */
const PER_RUN = 12;
const INTERRUPTED_RUNS = 3;

interface Run {
  child: ChildProcess;
  output: string[];
  /** Resolves with the first output line matching `pattern`. */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<string>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Process groups started here, killed after the tests if a failure left one running. */
const groups = new Set<number>();

function startCommand(env: NodeJS.ProcessEnv, args: string[] = []): Run {
  // detached: its own process group, so the test can signal the group as a terminal's Ctrl-C does.
  const child = spawn('npm', ['start', '--', ...args], { cwd: PROJECT_ROOT, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  groups.add(child.pid!);
  const output: string[] = [];
  const waiters = new Set<{ pattern: RegExp; resolve: (line: string) => void }>();
  const onData = (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n')) {
      if (!line) continue;
      output.push(line);
      for (const w of [...waiters]) if (w.pattern.test(line)) { waiters.delete(w); w.resolve(line); }
    }
  };
  child.stdout!.on('data', onData);
  child.stderr!.on('data', onData);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  return {
    child, output, exited,
    waitFor(pattern, timeoutMs = 90_000) {
      const seen = output.find((l) => pattern.test(l));
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const waiter = { pattern, resolve: (line: string) => { clearTimeout(timer); resolve(line); } };
        const timer = setTimeout(() => { waiters.delete(waiter); reject(new Error(`no line matching ${pattern} within ${timeoutMs} ms:\n${output.join('\n')}`)); }, timeoutMs);
        waiters.add(waiter);
        void exited.then(() => { if (waiters.delete(waiter)) { clearTimeout(timer); reject(new Error(`exited before a line matching ${pattern}:\n${output.join('\n')}`)); } });
      });
    },
  };
}

/** DynamoDB Local processes still running on this home's database folder. */
function enginesOn(home: string): number[] {
  return fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d)).filter((pid) => {
    try { return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(path.join(home, 'dynamodb')); } catch { return false; }
  }).map(Number);
}

describe('Ctrl-C during npm start', () => {
  let home: string;
  let config: LocalConfig;
  let env: NodeJS.ProcessEnv;
  const keys: string[] = SAMPLES.map((s) => `${INPUT_PREFIX}${s}`);

  /** Adds objects while the stack is down, as someone writing to the bucket would; `big` of them about 1 MB. */
  async function addObjects(run: number, big = 0): Promise<void> {
    const s3rver = await startS3(config);
    const s3 = createS3Client(config);
    try {
      try { await s3.send(new HeadBucketCommand({ Bucket: config.bucket })); } catch { await s3.send(new CreateBucketCommand({ Bucket: config.bucket })); }
      for (let i = 0; i < PER_RUN; i += 1) {
        const key = `${INPUT_PREFIX}run-${run}/article-${i}.txt`;
        const text = SAMPLE_TEXTS[i % SAMPLE_TEXTS.length];
        const body = i < big ? `${text}\n\n`.repeat(Math.ceil(1_000_000 / text.length)) : `${text}\n\n(copy ${run}-${i})`;
        await s3.send(new PutObjectCommand({ Bucket: config.bucket, Key: key, Body: body }));
        keys.push(key);
      }
    } finally {
      s3.destroy();
      await s3rver.stop();
    }
  }

  beforeAll(async () => {
    home = fs.mkdtempSync(path.join(os.tmpdir(), 'gleaner-interrupt-'));
    env = {
      ...process.env,
      GLEANER_HOME: home,
      GLEANER_DYNAMODB_PORT: String(await findFreePort()),
      GLEANER_S3_PORT: String(await findFreePort()),
      GLEANER_UI_PORT: String(await findFreePort()),
    };
    config = loadLocalConfig(env);
  });

  afterAll(() => {
    for (const group of groups) { try { process.kill(-group, 'SIGKILL'); } catch { /* already gone */ } }
    for (const pid of enginesOn(home)) process.kill(pid, 'SIGKILL');
    fs.rmSync(home, { recursive: true, force: true });
  });

  /** What every stop must leave: all deliveries intact, no engine running, the folder free. */
  function expectNothingUsedUp(): void {
    const saved = JSON.parse(fs.readFileSync(path.join(home, 'queue.json'), 'utf8'));
    expect(saved.dlq).toEqual([]);
    expect(saved.main.map((m: { receiveCount: number }) => m.receiveCount).filter((n: number) => n > 0)).toEqual([]);
    expect(enginesOn(home)).toEqual([]);
    expect(fs.existsSync(path.join(home, 'lock'))).toBe(false);
    expect(fs.existsSync(path.join(home, 'stack.json'))).toBe(false);
  }

  it('a second Ctrl-C forces: the messages in flight go back to the queue with their deliveries intact', { timeout: 180_000 }, async () => {
    // First, on the fresh home: the samples and these objects are all in the first two batches, and
    // two articles of about 1 MB keep them busy well past the second press.
    await addObjects(0, 2);
    const start = startCommand(env);
    await start.waitFor(/^\s+✓ /);
    process.kill(-start.child.pid!, 'SIGINT');
    await start.waitFor(/Stopping: finishing [1-9]\d* messages? in flight/);
    // A person's second press: start.ts ignores repeats within 500 ms (one press arrives twice,
    // from the terminal and forwarded by npm).
    await new Promise((r) => setTimeout(r, 600));
    process.kill(-start.child.pid!, 'SIGINT');
    await start.exited;
    const text = start.output.join('\n');
    expect(text).toMatch(/Forced stop \(SIGINT\): messages in flight go back to the queue/);
    expect(text).not.toMatch(/^\s+at |ECONNREFUSED|Error:/m);
    expectNothingUsedUp();
  });

  it.each(Array.from({ length: INTERRUPTED_RUNS }, (_, i) => i + 1))('interruption %i: in-flight work finishes, the engines stop in order, no receive is used up', { timeout: 180_000 }, async (run) => {
    await addObjects(run);
    const start = startCommand(env);
    await start.waitFor(/^\s+✓ /);
    process.kill(-start.child.pid!, 'SIGINT');
    const { code, signal } = await start.exited;
    const text = start.output.join('\n');
    // npm re-raises the SIGINT it got on itself once its child is done; the child's own lines below
    // say how the stack stopped.
    expect(code === 0 || signal === 'SIGINT', text).toBe(true);
    const stages = ['Stopping: taking no new messages', 'Stopping: queue worker stopped', 'Stopping: S3 emulator stopped', 'Stopping: DynamoDB Local stopped', 'Stopped; this run:']
      .map((stage) => text.indexOf(stage));
    expect(stages.every((i) => i >= 0), text).toBe(true);
    expect([...stages].sort((a, b) => a - b)).toEqual(stages);
    // Interrupted mid-batch: the stop had messages in flight to finish.
    expect(text).toMatch(/Stopping: finishing [1-9]\d* messages? in flight/);
    // One line per stage, no stack traces, nothing reaching a stopped engine.
    expect(text).not.toMatch(/^\s+at |ECONNREFUSED|Error:|"level":"ERROR"/m);
    expectNothingUsedUp();
  });

  it('npm start -- --once afterwards leaves every object with exactly one record and an empty dead-letter queue; a rejection is no failure', { timeout: 180_000 }, async () => {
    // Bad input the pipeline handles as designed: rejected with a reason, and the run still succeeds.
    const s3rver = await startS3(config);
    const s3 = createS3Client(config);
    const rejectedKey = `${INPUT_PREFIX}empty.txt`;
    await s3.send(new PutObjectCommand({ Bucket: config.bucket, Key: rejectedKey, Body: '', ContentLength: 0 }));
    s3.destroy();
    await s3rver.stop();

    const once = startCommand(env, ['--once']);
    const { code } = await once.exited;
    const text = once.output.join('\n');
    expect(code, text).toBe(0);
    expect(text).toMatch(/This run: \d+ extracted, 1 rejected, 0 failed/);
    expect(text).not.toMatch(/failed in this run/);

    const lookup = { ...config, dynamoPort: await findFreePort() };
    const engine = await startDynamo(lookup);
    const dynamo = createDynamoClient(lookup);
    try {
      const table = { client: createDocumentClient(dynamo), tableName: config.table };
      const statuses = [];
      for (const key of keys) statuses.push((await getArticle(table, config.bucket, key))?.article.status);
      expect(statuses).toEqual(keys.map(() => 'extracted'));
      expect((await getArticle(table, config.bucket, rejectedKey))?.article.status).toBe('rejected');
      // Exactly one record each: the table holds as many articles as the bucket holds objects.
      expect(await countArticlesByStatus(table)).toEqual({ extracted: keys.length, failed: 0, rejected: 1 });
    } finally {
      dynamo.destroy();
      await engine.stop();
    }
    const saved = JSON.parse(fs.readFileSync(path.join(home, 'queue.json'), 'utf8'));
    expect(saved).toMatchObject({ main: [], dlq: [] });
  });
});
