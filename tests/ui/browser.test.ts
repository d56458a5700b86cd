// The page in a real browser (Debian's headless Chromium through playwright-core) over real engines
// loaded with the samples: what a person sees, clicks and tabs through, and that an article written to
// attack the page stays inert text. Skipped with a message only when /usr/bin/chromium is missing
// outside CI; in CI a missing browser fails the run.
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { PROJECT_ROOT } from '../../local/config.ts';
import { extractArticle } from '../../functions/extract/index.ts';
import { parseDateValue } from '../../functions/records/date-range.ts';
import type { ArticleView, ViewFact, ViewMention } from '../../ui/article-view.ts';
import { CHROMIUM_PATH, hasChromium, launchChromium, type LaunchedChromium } from './launch-chromium.ts';
import { REJECTED_KEY, SAMPLE_FILES, readSample, sampleKey, startUiTestStack, type UiTestStack } from './ui-test-stack.ts';

const RUN = hasChromium() || Boolean(process.env.CI);
if (!RUN) console.warn(`tests/ui/browser.test.ts skipped: no browser at ${CHROMIUM_PATH} (Debian: apt-get install -y --no-install-recommends chromium)`);

/** What the callbacks below read of the page (they run in it; this project type-checks without the DOM library). */
interface MarkNode { dataset: Record<string, string>; className: string; textContent: string | null; tabIndex: number }
interface PageGlobals {
  document: { getElementById(id: string): MarkNode | null; activeElement: MarkNode | null; querySelectorAll(selector: string): ArrayLike<MarkNode> };
  location: { hash: string };
  getComputedStyle(node: unknown, pseudo: string): { content: string };
  __sameDocument?: boolean;
  __attacked?: string;
}
// Functions, not strings: the page's CSP forbids eval, which Playwright needs for string predicates.
/** True once the view drawn is the one for the page's current address. */
const viewDrawn = () => (globalThis as unknown as PageGlobals).document.getElementById('view')!.dataset.hash === (globalThis as unknown as PageGlobals).location.hash;

const XSS_KEY = 'incoming/zz attack on the page.txt';
const XSS_TEXT = [
  'ALMATY, March 3, 2024 - The Ministry of Energy announced <script>window.__attacked = "script"; alert(1)</script> a plan.',
  'Officials in Astana said <img src=x onerror="window.__attacked = \'img\'; alert(2)"> the budget is $5 million.',
  'Details: <a href="javascript:window.__attacked=\'link\'">the ministry site</a> and javascript:alert(3) as plain words.',
  'Templates: {{constructor.constructor("window.__attacked = \'template\'")()}} and ${7*7} and <b onmouseover="alert(4)">bold</b>.',
  '',
].join('\n');

describe.skipIf(!RUN)('the page in Chromium', () => {
  let ui: UiTestStack;
  let browser: LaunchedChromium;
  let page: Page;
  const consoleErrors: string[] = [];
  const dialogs: string[] = [];

  beforeAll(async () => {
    ui = await startUiTestStack('ui-browser');
    browser = await launchChromium();
    page = await browser.context.newPage();
    page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });
    page.on('pageerror', (e) => consoleErrors.push(e.message));
    page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
  });
  afterAll(async () => {
    await browser?.close();
    await ui?.stop();
  });

  const api = async <T>(route: string): Promise<T> => (await fetch(new URL(route, ui.server.url))).json() as Promise<T>;
  /** Waits until the view drawn is the one for the address the page is at now. */
  const waitForView = async (view: string) => {
    await page.waitForFunction(viewDrawn);
    expect(await page.getAttribute('#view', 'data-view')).toBe(view);
  };
  const open = async (hash: string, view: string) => {
    await page.goto(`${ui.server.url}${hash}`);
    await waitForView(view);
  };
  const articleKeysShown = (selector: string) => page.$$eval(`${selector} a.article-link`, (links) => links.map((a) => new URLSearchParams(a.getAttribute('href')!.split('?')[1]).get('key')!));
  const screenshot = async (file: string, fullPage = false) => {
    if (process.env.GLEANER_SCREENSHOTS) await page.screenshot({ path: file, fullPage });
  };

  it('the overview shows the five articles, the counts and the dead-letter queue', async () => {
    await open('#/', 'overview');
    await page.waitForSelector('#timeline .bars');
    await page.waitForSelector('#money-totals table');
    const keys = await page.$$eval('#latest tbody tr .article-key', (cells) => cells.map((c) => c.textContent));
    expect(keys.sort()).toEqual(SAMPLE_FILES.map(sampleKey));
    expect(await page.textContent('#count-extracted b')).toBe('5');
    expect(await page.textContent('#count-rejected b')).toBe('1');
    expect(await page.textContent('#count-dlq b')).toBe('1');
    expect(await page.textContent('#money-totals')).toContain('USD');
    await screenshot('docs/ui-overview.png', true);
  });

  it.each(SAMPLE_FILES)('%s: every mention is highlighted, and each highlight is the article\'s slice at its offsets', async (file) => {
    const key = sampleKey(file);
    const text = readSample(file).replace(/^\uFEFF/, '');
    const view = await api<ArticleView>(`/api/article?key=${encodeURIComponent(key)}`);
    await open(`#/article?key=${encodeURIComponent(key)}`, 'article');
    const shown = await page.$$eval('#article-text mark', (marks) => {
      const byId = new Map<string, { text: string; kind: string; label: string; tabStops: number }>();
      for (const m of marks as unknown as MarkNode[]) {
        const id = m.dataset.mention!;
        const entry = byId.get(id) ?? { text: '', kind: m.className.split(' ')[0], label: (globalThis as unknown as PageGlobals).getComputedStyle(m, '::after').content, tabStops: 0 };
        entry.text += m.textContent;
        if (m.tabIndex === 0) entry.tabStops += 1;
        byId.set(id, entry);
      }
      return [...byId.entries()];
    });
    expect(shown).toHaveLength(view.mentions.length);
    expect(view.mentions.length).toBeGreaterThan(10);
    for (const [id, entry] of shown) {
      const m = view.mentions[Number(id)];
      expect(entry.text).toBe(text.slice(m.start, m.end));
      expect(entry.kind).toBe(`k-${m.kind}`);
      // Not colour alone: each kind also carries a visible text label.
      expect(entry.label).toMatch(/^"(PERSON|PLACE|ORG|DATE|MONEY)"$/);
      expect(entry.tabStops).toBe(1);
    }
    expect(await page.textContent('#article-text')).toBe(text);
    // The side list links each fact to its mentions.
    expect(await page.$$eval('aside.side .mentions button', (b) => b.length)).toBe(view.mentions.length);
    if (file === SAMPLE_FILES[0]) await screenshot('docs/ui-article.png');
  });

  it('hovering or focusing a mention shows its normalised value', async () => {
    const key = sampleKey(SAMPLE_FILES[0]);
    const view = await api<ArticleView>(`/api/article?key=${encodeURIComponent(key)}`);
    await open(`#/article?key=${encodeURIComponent(key)}`, 'article');
    const date = view.mentions.find((m) => m.kind === 'date' && view.facts[m.fact].value === '1992-06-29')!;
    await page.hover(`#m-${date.id}`);
    expect(await page.textContent('#tip')).toContain('1992-06-29');
    const money = view.mentions.find((m) => m.kind === 'money')!;
    await page.focus(`#m-${money.id}`);
    expect(await page.isVisible('#tip')).toBe(true);
    expect(await page.textContent('#tip')).toContain(`${view.facts[money.fact].amount!.toLocaleString('en-US')} USD`);
    const place = view.mentions.find((m) => m.kind === 'place' && view.facts[m.fact].entityKey === 'kazakhstan')!;
    await page.focus(`#m-${place.id}`);
    expect(await page.textContent('#tip')).toContain('key: kazakhstan');
  });

  it('Tab reaches every mention, in text order', async () => {
    const key = sampleKey(SAMPLE_FILES[1]);
    const view = await api<ArticleView>(`/api/article?key=${encodeURIComponent(key)}`);
    await open(`#/article?key=${encodeURIComponent(key)}`, 'article');
    await page.focus('main');
    const reached: number[] = [];
    for (let i = 0; i < view.mentions.length; i++) {
      await page.keyboard.press('Tab');
      reached.push(await page.evaluate(() => Number((globalThis as unknown as PageGlobals).document.activeElement?.dataset.mention ?? -1)));
    }
    expect(reached).toEqual(view.mentions.map((m) => m.id));
  });

  it('a mention in the side list jumps to the mark in the text', async () => {
    await page.click('#facts-place li.fact .mentions button');
    const focused = await page.evaluate(() => (globalThis as unknown as PageGlobals).document.activeElement?.className ?? '');
    expect(focused).toContain('k-place');
  });

  it('clicking Kazakhstan on the overview lists all five samples on its entity page', async () => {
    await open('#/', 'overview');
    await page.click('#top-place a:text-is("Kazakhstan")');
    await waitForView('entity');
    expect(new Set(await articleKeysShown('#entity-articles'))).toEqual(new Set(SAMPLE_FILES.map(sampleKey)));
    expect(await page.textContent('h1')).toContain('Kazakhstan');
    expect(await page.$$eval('#co-mentioned li', (l) => l.length)).toBeGreaterThan(0);
  });

  it('a date-range search returns the rows the extractor found', async () => {
    const [from, to] = ['2019-01-01', '2019-12-31'];
    const expected = new Set<string>();
    for (const f of SAMPLE_FILES) {
      for (const d of extractArticle(readSample(f)).dates) {
        const r = parseDateValue(d.value);
        if (r && r.start <= to && r.end >= from) expected.add(`${sampleKey(f)} ${d.value}`);
      }
    }
    expect(expected.size).toBeGreaterThan(2);
    await open('#/search', 'search');
    await page.fill('#search-dates input[name=from]', from);
    await page.fill('#search-dates input[name=to]', to);
    await page.click('#search-dates button[type=submit]');
    await page.waitForFunction(() => (globalThis as unknown as PageGlobals).location.hash.includes('mode=dates'));
    await waitForView('search');
    while (await page.$('.pager button.more')) {
      const rows = await page.$$eval('#results tbody tr', (r) => r.length);
      await page.click('.pager button.more');
      await page.waitForFunction((n) => (globalThis as unknown as PageGlobals).document.querySelectorAll('#results tbody tr').length > n, rows);
    }
    const rows = await page.$$eval('#results tbody tr', (trs) => trs.map((tr) => {
      const key = new URLSearchParams(tr.querySelector('a.article-link')!.getAttribute('href')!.split('?')[1]).get('key');
      return `${key} ${tr.querySelector('.date-value')!.textContent}`;
    }));
    expect(new Set(rows)).toEqual(expected);
  });

  it('a money search by currency and amount range returns the amounts in range, largest first', async () => {
    const [min, max] = [500_000_000, 2_000_000_000];
    const expected: number[] = [];
    for (const f of SAMPLE_FILES) for (const a of new Set(extractArticle(readSample(f)).money.filter((m) => m.currency === 'USD' && m.amount >= min && m.amount <= max).map((m) => m.amount))) expected.push(a);
    await open('#/search', 'search');
    await page.fill('#search-money input[name=currency]', 'USD');
    await page.fill('#search-money input[name=min]', String(min));
    await page.fill('#search-money input[name=max]', String(max));
    await page.click('#search-money button[type=submit]');
    await page.waitForFunction(() => (globalThis as unknown as PageGlobals).location.hash.includes('mode=money'));
    await waitForView('search');
    const amounts = await page.$$eval('#results td.amount', (tds) => tds.map((td) => Number(td.getAttribute('data-amount'))));
    expect(amounts).toEqual(expected.sort((a, b) => b - a));
  });

  it('the failed and rejected list shows the rejected object and why', async () => {
    await page.click('nav a:text-is("Failed & rejected")');
    await waitForView('failed');
    const rows = await page.$$eval('#failed tbody tr', (trs) => trs.map((tr) => Array.from(tr.querySelectorAll('td'), (td: { textContent: string | null }) => td.textContent ?? '')));
    expect(rows).toHaveLength(1);
    expect(rows[0].slice(0, 2)).toEqual(['rejected', REJECTED_KEY]);
    expect(rows[0][2]).toMatch(/PNG/);
  });

  it('a new article appears on the open overview without a reload, and an article written to attack the page stays inert text', async () => {
    await open('#/', 'overview');
    await page.evaluate(() => { (globalThis as unknown as PageGlobals).__sameDocument = true; });
    await ui.ingest(XSS_KEY, XSS_TEXT);
    await page.waitForFunction((key) => Array.from((globalThis as unknown as PageGlobals).document.querySelectorAll('#latest .article-key')).some((c) => c.textContent === key), XSS_KEY, { timeout: 15_000 });
    expect(await page.evaluate(() => (globalThis as unknown as PageGlobals).__sameDocument)).toBe(true);
    expect(await page.textContent('#count-extracted b')).toBe('6');

    await page.locator('#latest tr', { hasText: XSS_KEY }).locator('a').first().click();
    await waitForView('article');
    const marks = await page.$$('#article-text mark');
    for (const m of marks) await m.hover();
    await page.hover('#article-text');
    expect(await page.textContent('#article-text')).toBe(XSS_TEXT);
    expect(await page.$$eval('#article-text *', (nodes) => nodes.filter((n) => n.tagName !== 'MARK').map((n) => n.tagName))).toEqual([]);
    expect(await page.$$('script:not([src="/assets/app.js"]), img, iframe, [onerror], [onmouseover]')).toHaveLength(0);
    expect(await page.$$eval('a', (links) => links.filter((a) => !(a.getAttribute('href') ?? '').startsWith('#/')).length)).toBe(0);
    expect(await page.evaluate(() => typeof (globalThis as unknown as PageGlobals).__attacked)).toBe('undefined');
    expect(dialogs).toEqual([]);
  });

  it('draws nested and crossing mentions so that the parts of each join to exactly its slice', async () => {
    // The renderer alone, bundled for the browser and run on a blank page, on spans no sample has.
    const bundle = await build({ entryPoints: [path.join(PROJECT_ROOT, 'ui/page/render-article-text.ts')], bundle: true, write: false, format: 'iife', globalName: 'render' });
    const text = 'The Bank of Kazakhstan paid $5 million on 3 May 2024 in Astana.';
    const at = (words: string, from = 0) => [text.indexOf(words, from), text.indexOf(words, from) + words.length] as const;
    const spans: Array<[ViewMention['kind'], readonly [number, number]]> = [
      ['organization', at('Bank of Kazakhstan')], ['place', at('Kazakhstan')], ['money', at('$5 million')],
      // Crosses the money span: starts inside it, ends after it.
      ['date', [at('million')[0], at('3 May 2024')[1]]], ['place', at('Astana')], ['place', at('Astana')],
    ];
    const facts: ViewFact[] = spans.map(([kind], i) => ({ kind, label: `f${i}`, value: `v${i}`, entityKey: kind === 'date' || kind === 'money' ? undefined : `k${i}`, mentionCount: 1, mentions: [i] }));
    const mentions: ViewMention[] = spans.map(([kind, [start, end]], id) => ({ id, start, end, text: text.slice(start, end), kind, fact: id }))
      .sort((a, b) => a.start - b.start || b.end - a.end).map((m, id) => ({ ...m, id }));
    const scratch = await browser.context.newPage();
    try {
      await scratch.setContent('<div id="t"></div>');
      await scratch.addScriptTag({ content: bundle.outputFiles[0].text });
      const drawn = await scratch.evaluate(({ text, mentions, facts }) => {
        type Root = MarkNode & { appendChild(node: unknown): void; querySelectorAll(selector: string): ArrayLike<MarkNode> };
        const g = globalThis as unknown as { render: { renderArticleText(t: string, m: unknown, f: unknown): unknown }; document: { getElementById(id: string): Root | null } };
        const root = g.document.getElementById('t')!;
        root.appendChild(g.render.renderArticleText(text, mentions, facts));
        const parts: Record<string, string> = {};
        let tabStops = 0;
        for (const m of Array.from(root.querySelectorAll('mark'))) {
          parts[m.dataset.mention] = (parts[m.dataset.mention] ?? '') + m.textContent;
          if (m.tabIndex === 0) tabStops += 1;
        }
        return { all: root.textContent, parts, tabStops };
      }, { text, mentions, facts });
      expect(drawn.all).toBe(text);
      expect(drawn.tabStops).toBe(mentions.length);
      for (const m of mentions) expect(drawn.parts[m.id]).toBe(m.text);
    } finally {
      await scratch.close();
    }
  });

  it('logged no console errors', () => {
    expect(consoleErrors).toEqual([]);
    expect(ui.serverErrors).toEqual([]);
  });
});
