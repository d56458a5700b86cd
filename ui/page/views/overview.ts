// Overview: counts by status, the dead-letter queue, the latest articles, the top entities, the
// timeline of mentioned dates and money totals by currency.
import { getJson, type Page } from '../api-client.ts';
import { el, fill, fmt, link } from '../dom.ts';
import { pagedRows } from './pager.ts';

export interface ArticleSummary {
  bucket: string;
  key: string;
  status: string;
  title?: string;
  publishedAt?: string;
  publishedAtSource?: string;
  processedAt: string;
  reason?: string;
  counts?: Record<string, number>;
}

interface Overview {
  source: string;
  counts: Record<string, number>;
  dlq: number | null;
  latest: Page<ArticleSummary>;
  top: Record<string, Array<{ entityKey: string; name: string; articles: number }>>;
}

export const articleLink = (a: { bucket: string; key: string }) => link('article', { bucket: a.bucket, key: a.key });
export const shortKey = (key: string) => key.replace(/^incoming\//, '');

export function articleRow(a: ArticleSummary): HTMLElement {
  const c = a.counts;
  return el('tr', { class: 'article-row' },
    el('td', {}, el('a', { href: articleLink(a) }, a.title || shortKey(a.key)), el('div', { class: 'context article-key' }, a.key)),
    el('td', { class: 'nowrap' }, a.publishedAt ?? '—', a.publishedAtSource === 'uploaded' ? el('div', { class: 'context' }, 'upload day') : null),
    el('td', {}, c ? `${c.people} people, ${c.places} places, ${c.organizations} orgs, ${c.dates} dates, ${c.money} money` : ''),
  );
}

/** Widths go through CSSOM: the page's CSP allows no inline style attributes. */
function bar(percent: number): HTMLElement {
  const node = el('div', { class: 'bar' });
  node.style.width = `${percent}%`;
  return node;
}

const card = (label: string, value: number | string, id: string) => el('div', { class: 'card', id }, el('b', {}, value), label);

export async function renderOverview(view: HTMLElement): Promise<void> {
  const data = await getJson<Overview>('overview');
  const latestBody = el('tbody', {});
  const topPanels = (['person', 'place', 'organization'] as const).map((type) => el('section', { class: 'panel', id: `top-${type}` },
    el('h2', {}, { person: 'Top people', place: 'Top places', organization: 'Top organizations' }[type]),
    data.top[type].length
      ? el('ol', { class: 'top-list' }, ...data.top[type].map((e) => el('li', {}, el('a', { href: link('entity', { name: e.entityKey, type }) }, e.name), ` (${e.articles})`)))
      : el('p', { class: 'muted' }, 'none yet')));
  const timeline = el('section', { class: 'panel', id: 'timeline' }, el('h2', {}, 'Dates the articles mention, by month'), el('p', { class: 'muted' }, 'Loading…'));
  const money = el('section', { class: 'panel', id: 'money-totals' }, el('h2', {}, 'Money by currency'), el('p', { class: 'muted' }, 'Loading…'));
  fill(view,
    el('h1', {}, 'Overview'),
    el('div', { class: 'cards' },
      card('extracted', fmt(data.counts.extracted), 'count-extracted'),
      card('rejected', fmt(data.counts.rejected), 'count-rejected'),
      card('failed', fmt(data.counts.failed), 'count-failed'),
      card('in the dead-letter queue', data.dlq === null ? 'n/a' : fmt(data.dlq), 'count-dlq')),
    el('h2', {}, 'Latest articles'),
    el('table', { id: 'latest' }, el('thead', {}, el('tr', {}, el('th', {}, 'Article'), el('th', {}, 'Published'), el('th', {}, 'Found'))), latestBody),
    pagedRows(latestBody, data.latest, articleRow, (cursor) => getJson<Page<ArticleSummary>>('articles', { cursor, limit: 20 })),
    el('div', { class: 'grid' }, ...topPanels),
    el('div', { class: 'grid' }, timeline, money),
  );
  void getJson<{ months: Array<{ month: string; dates: number; articles: number }> }>('timeline').then(({ months }) => {
    const max = Math.max(1, ...months.map((m) => m.dates));
    timeline.replaceChildren(el('h2', {}, 'Dates the articles mention, by month'), months.length ? el('div', { class: 'bars' }, ...months.flatMap((m) => [
      el('a', { href: link('search', { mode: 'dates', from: m.month, to: m.month }) }, m.month),
      bar((100 * m.dates) / max),
      el('span', { title: `${fmt(m.dates)} dates in ${fmt(m.articles)} articles` }, fmt(m.dates)),
    ])) : el('p', { class: 'muted' }, 'no dates yet'));
  }, (error: Error) => timeline.replaceChildren(el('h2', {}, 'Dates the articles mention, by month'), el('p', { class: 'error' }, error.message)));
  void getJson<{ currencies: Array<{ currency: string; total: number; articles: number }> }>('money-totals').then(({ currencies }) => {
    money.replaceChildren(el('h2', {}, 'Money by currency'), currencies.length ? el('table', {},
      el('thead', {}, el('tr', {}, el('th', {}, 'Currency'), el('th', {}, 'Total'), el('th', {}, 'Articles'))),
      el('tbody', {}, ...currencies.map((c) => el('tr', {},
        el('td', {}, el('a', { href: link('search', { mode: 'money', currency: c.currency }) }, c.currency)),
        el('td', {}, fmt(c.total)), el('td', {}, fmt(c.articles)))))) : el('p', { class: 'muted' }, 'no amounts yet'));
  }, (error: Error) => money.replaceChildren(el('h2', {}, 'Money by currency'), el('p', { class: 'error' }, error.message)));
}
