// `npm run bench:ui [-- --count 1000]`: is the page usable with a real corpus? Loads `count` generated
// articles through the real pipeline of a fresh local stack (temp home, free loopback ports), serves
// the page over it and times, in Debian's headless Chromium, the overview and article views until
// they are drawn. Beside each figure, in the same run: the bare functions/records queries (and S3
// read) behind that view, called in-process, so the ratio is the page's own cost. Also the assets.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { parseArgs } from 'node:util';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { countArticlesByStatus, getArticle, listLatestArticles, topEntities } from '../functions/records/index.ts';
import { loadLocalConfig } from '../local/config.ts';
import { findFreePort } from '../local/free-port.ts';
import { startLocalStack } from '../local/local-stack.ts';
import { buildLoadObjects } from './load-objects.ts';
import { median } from './measure.ts';
import { buildPageAssets } from '../ui/page-assets.ts';
import { createTextReader } from '../ui/ui-source.ts';
import { serveLocalStack } from '../ui/serve-local-stack.ts';
import { hasChromium, launchChromium, CHROMIUM_PATH } from '../tests/ui/launch-chromium.ts';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

const RUNS = 7;
const log = (line: string) => process.stderr.write(`${line}\n`);
const ms = (v: number) => `${v.toFixed(0)} ms`;

async function time(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { count: { type: 'string', default: '1000' } } });
  const count = Number(values.count);
  if (!Number.isInteger(count) || count < 1 || count > 5000) throw new Error('--count must be a whole number from 1 to 5000');
  if (!hasChromium()) throw new Error(`no browser at ${CHROMIUM_PATH}: apt-get install -y --no-install-recommends chromium`);

  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'gleaner-bench-ui-'));
  const config = loadLocalConfig({ GLEANER_HOME: home, GLEANER_DYNAMODB_PORT: String(await findFreePort()), GLEANER_S3_PORT: String(await findFreePort()) });
  const stack = await startLocalStack(config, { uploadSamples: false, reconcileIntervalMs: 0, inMemory: true, concurrency: 2, onError: (e, during) => log(`${during}: ${e.message}`) });
  try {
    // Every object good: the bench is about the page over extracted articles.
    const objects = buildLoadObjects(count, { badEvery: 0 });
    log(`bench:ui: processing ${count} generated articles through the pipeline …`);
    const loadStart = performance.now();
    let next = 0;
    await Promise.all(Array.from({ length: 16 }, async () => {
      while (next < objects.length) {
        const o = objects[next++];
        await stack.s3.send(new PutObjectCommand({ Bucket: config.bucket, Key: `${stack.inputPrefix}bench/${o.name}`, Body: o.body, ContentLength: o.body.length }));
      }
    }));
    await stack.waitForIdle(900_000);
    const counts = await countArticlesByStatus(stack.table);
    log(`bench:ui: ${counts.extracted} extracted in ${((performance.now() - loadStart) / 1000).toFixed(0)} s`);

    const browser = await launchChromium();
    // The first timed load meets a server just started, its corpus-wide caches still being computed,
    // as right after `npm start`. The browser's own first navigation (renderer start, a new origin) is
    // not the page's cost: a static asset is fetched first.
    const server = await serveLocalStack(stack, 0);
    const scratch = await browser.context.newPage();
    await scratch.goto(`${server.url}assets/icon.svg`);
    await scratch.close();
    try {
      const page = await browser.context.newPage();
      const errors: string[] = [];
      page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
      // Runs in the page (a function: the page's CSP forbids the eval a string predicate needs).
      type PageGlobals = { document: { getElementById(id: string): { dataset: Record<string, string> } | null }; location: { hash: string } };
      const drawn = () => page.waitForFunction(() => {
        const g = globalThis as unknown as PageGlobals;
        return g.document.getElementById('view')!.dataset.hash === g.location.hash;
      }, undefined, { timeout: 60_000 });

      // Overview: a full page load (HTML, assets, API) until the counts, latest articles and top lists are drawn;
      // "complete" adds the corpus-wide timeline and money totals. Run 1 meets cold caches.
      const overviewMs: number[] = [];
      const completeMs: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        // A new document every run: from a blank page, so nothing of the last run is on screen.
        await page.goto('about:blank');
        const start = performance.now();
        await page.goto(`${server.url}#/`);
        await drawn();
        overviewMs.push(performance.now() - start);
        await page.waitForSelector('#timeline .bars, #timeline p:not(.muted)', { timeout: 120_000 });
        await page.waitForSelector('#money-totals table', { timeout: 120_000 });
        completeMs.push(performance.now() - start);
      }
      const bareOverview: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        bareOverview.push(await time(() => Promise.all([countArticlesByStatus(stack.table), listLatestArticles(stack.table, { limit: 10 }), ...(['person', 'place', 'organization'] as const).map((t) => topEntities(stack.table, t, 10))])));
      }

      // Article views: in-page navigation to the articles with the most facts until their marks are drawn.
      const latest = await listLatestArticles(stack.table, { limit: 1000 });
      const facts = (a: (typeof latest.items)[number]) => Object.values(a.counts ?? {}).reduce((n, c) => n + c, 0);
      const targets = latest.items.sort((a, b) => facts(b) - facts(a)).slice(0, RUNS);
      const articleMs: number[] = [];
      const bareArticle: number[] = [];
      let mentions = 0;
      const readText = createTextReader(stack.s3);
      for (const a of targets) {
        const hash = `#/article?bucket=${encodeURIComponent(a.bucket)}&key=${encodeURIComponent(a.key)}`;
        const start = performance.now();
        await page.evaluate((h) => { (globalThis as unknown as PageGlobals).location.hash = h; }, hash);
        await drawn();
        articleMs.push(performance.now() - start);
        mentions += await page.$$eval('#article-text mark[tabindex="0"]', (m) => m.length);
        bareArticle.push(await time(() => Promise.all([getArticle(stack.table, a.bucket, a.key), readText(a.bucket, a.key)])));
      }

      const assets = await buildPageAssets();
      const raw = [...assets.values()].reduce((n, x) => n + x.body.length, 0);
      const gzip = [...assets.values()].reduce((n, x) => n + zlib.gzipSync(x.body).length, 0);
      const ratio = (a: number, b: number) => `${(a / b).toFixed(1)}×`;
      const warm = overviewMs.slice(1);
      console.log(`bench:ui — ${counts.extracted} articles in the table (DynamoDB Local in memory, s3rver), Chromium headless, ${RUNS} runs each`);
      console.log(`overview drawn (page load: HTML, assets, /api/overview), first load, server just started: ${ms(overviewMs[0])} | bare records queries behind it, called after the page runs: first ${ms(bareOverview[0])}, median ${ms(median(bareOverview))} | ratio first load / bare median ${ratio(overviewMs[0], median(bareOverview))}`);
      console.log(`overview drawn, later loads (corpus answers reused until the table changes): median ${ms(median(warm))}`);
      console.log(`overview complete (+ timeline, money totals): first ${ms(completeMs[0])}, later median ${ms(median(completeMs.slice(1)))}`);
      console.log(`article view drawn (the ${targets.length} articles with the most facts, ${(mentions / targets.length).toFixed(0)} marks each on average): median ${ms(median(articleMs))} (max ${ms(Math.max(...articleMs))}) | bare getArticle + S3 read: ${ms(median(bareArticle))} | ratio ${ratio(median(articleMs), median(bareArticle))}`);
      console.log(`page assets: ${(raw / 1024).toFixed(1)} KB (${(gzip / 1024).toFixed(1)} KB gzipped; limit 200 KB)`);
      console.log(`usable under 1 s: overview first load ${overviewMs[0] < 1000 ? 'yes' : 'NO'}, later ${median(warm) < 1000 ? 'yes' : 'NO'}; article view ${median(articleMs) < 1000 ? 'yes' : 'NO'}; console errors: ${errors.length}`);
      return overviewMs[0] < 1000 && median(articleMs) < 1000 && raw < 200 * 1024 && errors.length === 0 ? 0 : 1;
    } finally {
      await browser.close();
      await server.stop();
    }
  } finally {
    await stack.stop();
    fs.rmSync(home, { recursive: true, force: true });
  }
}

main().then((code) => { process.exitCode = code; }, (error: Error) => {
  console.error(`bench:ui: ${error.message}`);
  process.exitCode = 1;
});
