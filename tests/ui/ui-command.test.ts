// `npm start`'s page and `gleaner ui` over a real local stack in a temp home: while the stack runs,
// and after it stopped (the saved state read with a temporary DynamoDB Local and s3rver, as queries do).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INPUT_PREFIX } from '../../infra/definitions.ts';
import { loadLocalConfig, type LocalConfig } from '../../local/config.ts';
import { startLocalStack, type LocalStack } from '../../local/local-stack.ts';
import { runUi } from '../../ui/run-ui-command.ts';
import { serveLocalStack } from '../../ui/serve-local-stack.ts';
import { findFreePort } from '../support/free-port.ts';
import { SAMPLE_FILES, readSample } from './ui-test-stack.ts';

let home: string;
let config: LocalConfig;
let stack: LocalStack | undefined;

beforeAll(async () => {
  home = fs.mkdtempSync(path.join(os.tmpdir(), 'gleaner-ui-command-'));
  const env = { GLEANER_HOME: home, GLEANER_DYNAMODB_PORT: String(await findFreePort()), GLEANER_S3_PORT: String(await findFreePort()) };
  Object.assign(process.env, env);
  config = loadLocalConfig(env);
  stack = await startLocalStack(config, { reconcileIntervalMs: 0, onError: () => undefined });
  await stack.waitForIdle(180_000);
}, 240_000);

afterAll(async () => {
  await stack?.stop();
  fs.rmSync(home, { recursive: true, force: true });
});

async function getJson(url: string): Promise<any> {
  const response = await fetch(url);
  expect(response.status).toBe(200);
  return response.json();
}

/** Runs `gleaner ui` until `check` is done with the page it serves. */
async function withUiCommand(check: (url: string) => Promise<void>): Promise<void> {
  const port = await findFreePort();
  process.env.GLEANER_UI_PORT = String(port);
  let stop!: () => void;
  const until = new Promise<void>((resolve) => { stop = resolve; });
  const running = runUi([], until);
  const url = `http://127.0.0.1:${port}/`;
  try {
    const deadline = Date.now() + 90_000;
    for (;;) {
      const up = await fetch(url).then(() => true, () => false);
      if (up) break;
      if (Date.now() > deadline) throw new Error('gleaner ui did not start serving');
      await Promise.race([new Promise((r) => setTimeout(r, 200)), running]);
    }
    await check(url);
  } finally {
    stop();
    expect(await running).toBe(0);
  }
}

const firstSample = `${INPUT_PREFIX}${SAMPLE_FILES[0]}`;

describe('the page of the local stack', () => {
  it('npm start serves it over the running stack, and `gleaner ui` on the same port says so', async () => {
    const page = await serveLocalStack(stack!, 0);
    try {
      const overview = await getJson(`${page.url}api/overview`);
      expect(overview.counts.extracted).toBe(SAMPLE_FILES.length);
      expect(overview.dlq).toBe(0);
      // A second server on that port is refused with the reason.
      process.env.GLEANER_UI_PORT = String(page.port);
      await expect(runUi([], Promise.resolve())).rejects.toThrow(/is already in use: the running `npm start` serves this page there/);
    } finally {
      await page.stop();
    }
  });

  it('`gleaner ui` serves it while the stack runs, through the stack\'s engines', async () => {
    await withUiCommand(async (url) => {
      expect((await getJson(`${url}api/overview`)).counts.extracted).toBe(SAMPLE_FILES.length);
    });
  });

  it('`gleaner ui` serves it from the saved state when the stack is down, text included, and then lets go of the home', async () => {
    await stack!.stop();
    stack = undefined;
    await withUiCommand(async (url) => {
      const overview = await getJson(`${url}api/overview`);
      expect(overview.counts.extracted).toBe(SAMPLE_FILES.length);
      expect(overview.source).toMatch(/stopped/);
      const article = await getJson(`${url}api/article?key=${encodeURIComponent(firstSample)}`);
      expect(article.text).toBe(readSample(SAMPLE_FILES[0]).replace(/^\uFEFF/, ''));
      expect(article.mentions.length).toBeGreaterThan(10);
    });
    expect(fs.existsSync(path.join(home, 'lock'))).toBe(false);
  }, 180_000);
});
