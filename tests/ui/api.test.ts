// The page's JSON API on real engines: the samples and a rejected object processed by the real
// handler, each answer checked against the extractor's own output or the table, and every kind of
// bad input answered with a 4xx and one line.
import http from 'node:http';
import os from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractArticle } from '../../functions/extract/index.ts';
import { parseDateValue } from '../../functions/records/date-range.ts';
import { getArticle } from '../../functions/records/index.ts';
import { MAX_API_LIMIT } from '../../ui/api-routes.ts';
import type { ArticleView } from '../../ui/article-view.ts';
import { REJECTED_KEY, SAMPLE_FILES, readSample, sampleKey, startUiTestStack, type UiTestStack } from './ui-test-stack.ts';

let ui: UiTestStack;
beforeAll(async () => { ui = await startUiTestStack('ui-api'); });
afterAll(async () => { await ui?.stop(); });

async function api<T = any>(route: string, init?: RequestInit): Promise<{ status: number; body: T; headers: Headers }> {
  const response = await fetch(new URL(route, ui.server.url), init);
  return { status: response.status, body: (await response.json()) as T, headers: response.headers };
}

const extractionOf = (file: string) => extractArticle(readSample(file).replace(/^\uFEFF/, ''));

describe('the overview', () => {
  it('counts articles by status, the dead-letter queue, and lists the five samples as the latest articles', async () => {
    const { status, body } = await api('/api/overview');
    expect(status).toBe(200);
    expect(body.counts).toEqual({ extracted: 5, rejected: 1, failed: 0 });
    expect(body.dlq).toBe(1);
    expect(body.latest.items.map((a: { key: string }) => a.key).sort()).toEqual(SAMPLE_FILES.map(sampleKey));
  });

  it('has the top people, places and organizations, Kazakhstan first among places', async () => {
    const { body } = await api('/api/overview');
    expect(body.top.place[0]).toMatchObject({ entityKey: 'kazakhstan', articles: 5 });
    for (const type of ['person', 'organization']) expect(body.top[type].length).toBeGreaterThan(0);
  });

  it('has a timeline of the mentioned dates and money totals by currency that match the extractions', async () => {
    const months = (await api('/api/timeline')).body.months as Array<{ month: string; dates: number; articles: number }>;
    // Values of day or month precision, counted in the month they start in.
    const inJune1992 = SAMPLE_FILES.filter((f) => extractionOf(f).dates.some((d) => /^1992-06(?:-\d\d)?(?:\/|$)/.test(d.value))).length;
    expect(inJune1992).toBeGreaterThan(0);
    expect(months.find((m) => m.month === '1992-06')).toMatchObject({ articles: inJune1992 });
    expect(months.map((m) => m.month)).toEqual(months.map((m) => m.month).sort());
    const money = (await api('/api/money-totals')).body.currencies as Array<{ currency: string; total: number; articles: number }>;
    let usd = 0;
    for (const f of SAMPLE_FILES) for (const amount of new Set(extractionOf(f).money.filter((m) => m.currency === 'USD').map((m) => `${m.amount}-${m.amountHigh ?? ''}`))) usd += Number(amount.split('-')[0]);
    expect(money.find((c) => c.currency === 'USD')).toMatchObject({ total: usd, articles: 5 });
  });
});

describe('an article', () => {
  it.each(SAMPLE_FILES)('%s: the text as stored, every mention at its offsets, every fact of the table', async (file) => {
    const { status, body } = await api<ArticleView>(`/api/article?key=${encodeURIComponent(sampleKey(file))}`);
    expect(status).toBe(200);
    expect(body.text).toBe(readSample(file).replace(/^\uFEFF/, ''));
    for (const m of body.mentions) expect(body.text!.slice(m.start, m.end)).toBe(m.text);
    const record = (await getArticle(ui.stack.table, ui.stack.bucket, sampleKey(file)))!;
    const stored = [...record.people, ...record.places, ...record.organizations, ...record.dates, ...record.money].reduce((n, i) => n + i.mentions.length, 0);
    expect(body.mentions).toHaveLength(stored);
    const keys = (kind: string) => body.facts.filter((f) => f.kind === kind).map((f) => f.entityKey).sort();
    expect(keys('place')).toEqual(record.places.map((p) => p.entityKey).sort());
    expect(body.facts.filter((f) => f.kind === 'date').map((f) => f.value).sort()).toEqual(record.dates.map((d) => d.value).sort());
  });

  it('is found by its key without the input prefix, as `gleaner query article` finds it', async () => {
    const { status, body } = await api(`/api/article?key=${encodeURIComponent(SAMPLE_FILES[0])}`);
    expect(status).toBe(200);
    expect(body.key).toBe(sampleKey(SAMPLE_FILES[0]));
  });
});

describe('an entity', () => {
  it('Kazakhstan: all five samples newest first, with snippets, aliases and the entities it appears with', async () => {
    const { body } = await api('/api/entity?name=Kazakhstan&type=place');
    expect(body.entityKey).toBe('kazakhstan');
    const keys = body.articles.items.map((h: { key: string }) => h.key);
    expect([...new Set(keys)].sort()).toEqual(SAMPLE_FILES.map(sampleKey));
    const dates = body.articles.items.map((h: { publishedAt?: string }) => h.publishedAt ?? '0000-00-00');
    expect(dates).toEqual([...dates].sort().reverse());
    for (const h of body.articles.items) expect(h.context.length).toBeGreaterThan(0);
    expect(Array.isArray(body.aliases)).toBe(true);
    expect(body.coMentioned.length).toBeGreaterThan(0);
    expect(body.coMentioned.map((e: { entityKey: string }) => e.entityKey)).not.toContain('kazakhstan');
  });

  it('lists the other names an entity goes by in its articles, as the extractor found them', async () => {
    const expected = new Set<string>();
    for (const f of SAMPLE_FILES) {
      for (const p of extractionOf(f).people) if (p.key === 'kassym-jomart tokayev') for (const n of [p.name, ...p.aliases]) expected.add(n);
    }
    const { body } = await api('/api/entity?name=Kassym-Jomart%20Tokayev&type=person');
    expect(body.name).toBe('Kassym-Jomart Tokayev');
    expected.delete(body.name);
    expect(expected.size).toBeGreaterThan(0);
    expect(new Set(body.aliases)).toEqual(expected);
  });

  it('folds the name as the CLI does: case and diacritics do not matter', async () => {
    const a = (await api('/api/entity?name=KAZAKHSTAN')).body.articles.items.map((h: { key: string }) => h.key).sort();
    const b = (await api('/api/entity?name=kazakhstan')).body.articles.items.map((h: { key: string }) => h.key).sort();
    expect(a).toEqual(b);
    expect(a.length).toBeGreaterThanOrEqual(5);
  });
});

describe('search', () => {
  it('by date range returns every (article, date) the extractor found overlapping it', async () => {
    const [from, to] = ['1992-06-01', '1992-06-30'];
    const expected = new Set<string>();
    for (const f of SAMPLE_FILES) {
      for (const d of extractionOf(f).dates) {
        const r = parseDateValue(d.value);
        if (r && r.start <= to && r.end >= from) expected.add(`${sampleKey(f)} ${d.value}`);
      }
    }
    const { body } = await api(`/api/search/dates?from=${from}&to=${to}&limit=100`);
    expect(new Set(body.items.map((d: { key: string; value: string }) => `${d.key} ${d.value}`))).toEqual(expected);
    expect(expected).toContain(`${sampleKey(SAMPLE_FILES[0])} 1992-06-29`);
  });

  it('by currency and amount range returns the amounts in range, largest first', async () => {
    const [min, max] = [500_000_000, 1_000_000_000];
    const expected = new Set<string>();
    for (const f of SAMPLE_FILES) for (const m of extractionOf(f).money) if (m.currency === 'USD' && m.amount >= min && m.amount <= max) expected.add(`${sampleKey(f)} ${m.amount}`);
    const { body } = await api(`/api/search/money?currency=usd&min=${min}&max=${max}`);
    expect(new Set(body.items.map((m: { key: string; amount: number }) => `${m.key} ${m.amount}`))).toEqual(expected);
    const amounts = body.items.map((m: { amount: number }) => m.amount);
    expect(amounts).toEqual([...amounts].sort((x, y) => y - x));
  });

  it('pages: small pages with cursors cover every latest article once', async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const { body } = await api(`/api/articles?limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      expect(body.items.length).toBeLessThanOrEqual(2);
      seen.push(...body.items.map((a: { key: string }) => a.key));
      cursor = body.cursor;
      pages += 1;
    } while (cursor && pages < 10);
    expect(seen.sort()).toEqual(SAMPLE_FILES.map(sampleKey));
    expect(pages).toBeGreaterThanOrEqual(3);
  });
});

describe('failed and rejected objects', () => {
  it('lists the rejected object with the reason', async () => {
    const { body } = await api('/api/failed');
    expect(body.items).toHaveLength(1);
    expect(body.items[0]).toMatchObject({ key: REJECTED_KEY, status: 'rejected' });
    expect(body.items[0].reason).toMatch(/PNG/);
  });
});

describe('bad input gets a 4xx and one line', () => {
  it.each([
    ['an unknown article', '/api/article?key=nope.txt', 404, /no article nope\.txt/],
    ['a missing key', '/api/article', 400, /key is required/],
    ['a malformed date', '/api/search/dates?from=2023-13-01&to=2024', 400, /from must be an ISO date/],
    ['a range that ends before it starts', '/api/search/dates?from=2024&to=2023', 400, /after/],
    ['a huge limit', '/api/articles?limit=100000', 400, new RegExp(`limit must be a whole number from 1 to ${MAX_API_LIMIT}`)],
    ['a negative limit', '/api/failed?limit=-3', 400, /limit must be/],
    ['min above max', '/api/search/money?currency=USD&min=1e9&max=1e8', 400, /min .* is larger than max/],
    ['a currency that is no code', '/api/search/money?currency=dollars', 400, /currency must be an ISO 4217 code/],
    ['an amount that is no number', '/api/search/money?currency=USD&min=lots', 400, /min must be a number/],
    ['a forged cursor', '/api/articles?cursor=bm90LWEtY3Vyc29y', 400, /cursor/],
    ['an unknown entity type', '/api/entity?name=x&type=planet', 400, /type must be one of/],
    ['an unknown status', '/api/failed?status=lost', 400, /status must be failed or rejected/],
    ['an unknown route', '/api/drop-table', 404, /no API route/],
  ])('%s', async (_label, route, status, reason) => {
    const response = await api<{ error: string }>(route);
    expect(response.status).toBe(status);
    expect(response.body.error).toMatch(reason);
    expect(response.body.error).not.toContain('\n');
  });

  it.each(['POST', 'PUT', 'DELETE'])('%s is refused: the page is read-only', async (method) => {
    const response = await api<{ error: string }>('/api/overview', { method });
    expect(response.status).toBe(405);
    expect(response.body.error).toMatch(/read-only/);
  });

  it('no request failed inside the server', () => {
    expect(ui.serverErrors).toEqual([]);
  });
});

describe('safety', () => {
  it('listens on loopback only', async () => {
    expect(new URL(ui.server.url).hostname).toBe('127.0.0.1');
    const external = Object.values(os.networkInterfaces()).flat().find((i) => i && i.family === 'IPv4' && !i.internal);
    if (!external) return;
    await expect(fetch(`http://${external.address}:${ui.server.port}/`, { signal: AbortSignal.timeout(3000) })).rejects.toThrow();
  });

  it('refuses requests that name another host (DNS rebinding)', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      http.get({ host: '127.0.0.1', port: ui.server.port, path: '/api/overview', headers: { host: 'attacker.example:80' } }, (res) => { res.resume(); resolve(res.statusCode ?? 0); }).on('error', reject);
    });
    expect(status).toBe(421);
  });

  it('serves the page with a strict content security policy and its own assets only, under 200 KB', async () => {
    const page = await fetch(ui.server.url);
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    const html = await page.text();
    expect(html).not.toMatch(/(?:src|href)="(?:https?:)?\/\//);
    const js = await (await fetch(new URL('/assets/app.js', ui.server.url))).text();
    expect(js).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
    expect(ui.server.assetBytes).toBeLessThan(200 * 1024);
  });
});

describe('changes', () => {
  /** Opens the event stream and resolves true at its first `change` event (false after 10 s). */
  async function nextChange(): Promise<{ changed: Promise<boolean>; close(): void }> {
    const controller = new AbortController();
    const response = await fetch(new URL('/api/events', ui.server.url), { signal: controller.signal });
    expect(response.headers.get('content-type')).toBe('text/event-stream');
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    let seen = '';
    const read = (async () => {
      while (!seen.includes('event: change')) {
        const { value, done } = await reader.read();
        if (done) break;
        seen += decoder.decode(value);
      }
      return seen.includes('event: change');
    })().catch(() => false);
    const timeout = new Promise<boolean>((r) => setTimeout(() => r(false), 10_000));
    // Let the feed read the table once, so what follows is a change from that.
    await new Promise((r) => setTimeout(r, 800));
    return { changed: Promise.race([read, timeout]), close: () => controller.abort() };
  }

  it('tells an open page when a new article arrives', async () => {
    const stream = await nextChange();
    await ui.ingest('incoming/late arrival.txt', 'Astana, 2 May 2024 - Kazakhstan signed a deal worth $3 million with Uzbekistan on Tuesday.');
    expect(await stream.changed).toBe(true);
    stream.close();
    expect((await api('/api/overview')).body.counts.extracted).toBe(6);
  });

  it('and when an object is removed', async () => {
    const stream = await nextChange();
    await ui.remove('incoming/late arrival.txt');
    expect(await stream.changed).toBe(true);
    stream.close();
    expect((await api('/api/overview')).body.counts.extracted).toBe(5);
    expect((await api('/api/article?key=late%20arrival.txt')).status).toBe(404);
  });
});
