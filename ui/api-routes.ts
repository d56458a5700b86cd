// The JSON API under /api/ (documented in the README). Every answer comes from functions/records
// queries — the same ones `gleaner query` asks — plus the article text from the bucket. Read-only.
import type { EntityType } from '../functions/extract/types.ts';
import {
  countArticlesByStatus, countDatesByMonth, findArticlesByEntity, findCoMentionedEntities, findDates, findFailed, findMoney, getArticle,
  listEntityAliases, listLatestArticles, sumMoneyByCurrency, topEntities, InvalidCursorError, InvalidQueryError, type ArticleSummary, type Page,
} from '../functions/records/index.ts';
import { ApiError } from './api-error.ts';
import { buildArticleView, formatAmount } from './article-view.ts';
import { cacheValue } from './cached-value.ts';
import type { UiSource } from './ui-source.ts';

/** Pages the page asks for are small; anything bigger is a mistake or abuse. */
export const MAX_API_LIMIT = 100;
/**
 * The longest a corpus-wide answer (counts, top entities, timeline, money totals) is reused: the
 * change feed drops them as soon as it sees a change; this bounds what it cannot see.
 */
export const CORPUS_CACHE_MS = 5 * 60_000;
const ENTITY_TYPES: EntityType[] = ['person', 'place', 'organization'];

type Route = (query: URLSearchParams) => Promise<unknown>;

function readLimit(query: URLSearchParams, fallback = 20): number {
  const raw = query.get('limit');
  if (raw === null || raw === '') return fallback;
  const n = Number(raw);
  if (!/^\d+$/.test(raw) || n < 1 || n > MAX_API_LIMIT) throw new ApiError(400, `limit must be a whole number from 1 to ${MAX_API_LIMIT}, got "${raw.slice(0, 40)}"`);
  return n;
}

function readRequired(query: URLSearchParams, name: string): string {
  const value = query.get(name)?.trim();
  if (!value) throw new ApiError(400, `${name} is required`);
  if (value.length > 1000) throw new ApiError(400, `${name} is longer than 1,000 characters`);
  return value;
}

function readNumber(query: URLSearchParams, name: string): number | undefined {
  const raw = query.get(name);
  if (raw === null || raw.trim() === '') return undefined;
  const n = Number(raw);
  if (!Number.isFinite(n)) throw new ApiError(400, `${name} must be a number, got "${raw.slice(0, 40)}"`);
  return n;
}

function readType(query: URLSearchParams): EntityType | undefined {
  const raw = query.get('type');
  if (!raw) return undefined;
  if (!ENTITY_TYPES.includes(raw as EntityType)) throw new ApiError(400, `type must be one of ${ENTITY_TYPES.join(', ')}, got "${raw.slice(0, 40)}"`);
  return raw as EntityType;
}

const cursorOf = (query: URLSearchParams) => query.get('cursor') || undefined;

export const summarizeArticle = (a: ArticleSummary) => ({
  bucket: a.bucket, key: a.key, status: a.status, title: a.title, publishedAt: a.publishedAt, publishedAtSource: a.publishedAtSource, processedAt: a.processedAt,
  counts: a.counts, reason: a.reason,
});

const mapPage = <T, R>(page: Page<T>, fn: (item: T) => R) => ({ items: page.items.map(fn), cursor: page.cursor });

export interface ApiRoutes {
  routes: Record<string, Route>;
  /** Drops the cached corpus-wide answers (called when the table changed). */
  invalidate(): void;
  /** Computes them in the background, so the first page load finds them ready. */
  prefetch(): void;
}

export function createApiRoutes(source: UiSource): ApiRoutes {
  const { table } = source;
  // Corpus-wide answers read the whole activity log: kept until the table changes (see CORPUS_CACHE_MS).
  const timeline = cacheValue(() => countDatesByMonth(table), CORPUS_CACHE_MS);
  const moneyTotals = cacheValue(() => sumMoneyByCurrency(table), CORPUS_CACHE_MS);
  const top = cacheValue(async () => Object.fromEntries(await Promise.all(ENTITY_TYPES.map(async (t) => [t, await topEntities(table, t, 10)] as const))), CORPUS_CACHE_MS);
  const counts = cacheValue(() => countArticlesByStatus(table), CORPUS_CACHE_MS);
  const caches = [counts, top, timeline, moneyTotals];

  async function findArticle(query: URLSearchParams) {
    const raw = readRequired(query, 'key');
    const bucket = query.get('bucket') || source.bucket;
    // As `gleaner query article`: a key without the input prefix is most likely meant relative to it.
    const keys = raw.startsWith(source.inputPrefix) ? [raw] : [raw, `${source.inputPrefix}${raw}`];
    for (const key of keys) {
      const record = await getArticle(table, bucket, key);
      if (record) return record;
    }
    throw new ApiError(404, `no article ${raw} in bucket ${bucket}`);
  }

  const routes: Record<string, Route> = {
    async '/api/about'() {
      return { source: source.label, bucket: source.bucket, inputPrefix: source.inputPrefix };
    },
    async '/api/overview'() {
      const [byStatus, dlq, latest, topByType] = await Promise.all([
        counts.get(),
        source.dlqDepth().catch(() => undefined),
        listLatestArticles(table, { limit: 10 }),
        top.get(),
      ]);
      return {
        source: source.label, bucket: source.bucket, counts: byStatus, dlq: dlq ?? null,
        latest: mapPage(latest, summarizeArticle),
        top: topByType,
      };
    },
    async '/api/timeline'() {
      return { months: await timeline.get() };
    },
    async '/api/money-totals'() {
      return { currencies: await moneyTotals.get() };
    },
    async '/api/articles'(query) {
      return mapPage(await listLatestArticles(table, { limit: readLimit(query), cursor: cursorOf(query) }), summarizeArticle);
    },
    async '/api/article'(query) {
      const record = await findArticle(query);
      const { bucket, key } = record.article;
      const read = record.article.status === 'extracted' ? await source.readText(bucket, key) : {};
      return buildArticleView(record, read.text, read.note);
    },
    async '/api/entity'(query) {
      const name = readRequired(query, 'name');
      const type = readType(query);
      const cursor = cursorOf(query);
      const page = await findArticlesByEntity(table, name, { type, limit: readLimit(query), cursor });
      const first = page.items.find((h) => !h.alias) ?? page.items[0];
      // Its other names and the entities it appears with come with the first page only.
      const [aliases, coMentioned] = !cursor && first
        ? await Promise.all([listEntityAliases(table, page.items), findCoMentionedEntities(table, name, { limit: 15, articles: 50 })])
        : [undefined, undefined];
      return {
        name: first?.name ?? name, entityKey: first?.entityKey, type: first?.type,
        aliases: aliases?.filter((a) => a !== first?.name), coMentioned, articles: page,
      };
    },
    async '/api/search/dates'(query) {
      const from = readRequired(query, 'from');
      const to = readRequired(query, 'to');
      const page = await findDates(table, { from, to, limit: readLimit(query), cursor: cursorOf(query) });
      return mapPage(page, (d) => ({
        bucket: d.bucket, key: d.key, value: d.value, rangeStart: d.rangeStart, rangeEnd: d.rangeEnd,
        words: d.mentions?.[0]?.text, mentionCount: d.mentionCount, context: d.context,
      }));
    },
    async '/api/search/money'(query) {
      const currency = readRequired(query, 'currency');
      const min = readNumber(query, 'min');
      const max = readNumber(query, 'max');
      if (min !== undefined && max !== undefined && min > max) throw new ApiError(400, `min (${min}) is larger than max (${max})`);
      const page = await findMoney(table, { currency, min, max, limit: readLimit(query), cursor: cursorOf(query) });
      return mapPage(page, (m) => ({
        bucket: m.bucket, key: m.key, amount: m.amount, amountHigh: m.amountHigh, currency: m.currency,
        qualifier: m.qualifier, display: formatAmount(m.amount, m.currency, m.amountHigh, m.qualifier),
        words: m.mentions?.[0]?.text, mentionCount: m.mentionCount, context: m.context,
      }));
    },
    async '/api/failed'(query) {
      const status = query.get('status') || undefined;
      if (status !== undefined && status !== 'failed' && status !== 'rejected') throw new ApiError(400, `status must be failed or rejected, got "${status.slice(0, 40)}"`);
      return mapPage(await findFailed(table, { status, limit: readLimit(query), cursor: cursorOf(query) }), summarizeArticle);
    },
  };
  return {
    routes,
    invalidate() { for (const c of caches) c.invalidate(); },
    prefetch() {
      // What the overview waits for first; the timeline and totals, drawn after it, next.
      void Promise.all([counts.get(), top.get()]).then(() => Promise.all([timeline.get(), moneyTotals.get()])).catch(() => undefined);
    },
  };
}

/** Records' own input errors are the caller's mistake: a 400 with their message. */
export function toApiError(error: unknown): ApiError | undefined {
  if (error instanceof ApiError) return error;
  if (error instanceof InvalidQueryError || error instanceof InvalidCursorError) return new ApiError(400, error.message);
  return undefined;
}
