// Failed and rejected objects with the reason a person can act on.
import { getJson, type Page } from '../api-client.ts';
import { el, fill, link } from '../dom.ts';
import { pagedRows } from './pager.ts';
import type { ArticleSummary } from './overview.ts';

export async function renderFailed(view: HTMLElement, params: URLSearchParams): Promise<void> {
  const status = params.get('status') ?? undefined;
  const fetch = (cursor?: string) => getJson<Page<ArticleSummary>>('failed', { status, cursor });
  const first = await fetch();
  const body = el('tbody', {});
  const row = (a: ArticleSummary) => el('tr', { class: 'failed-row' }, el('td', {}, a.status), el('td', {}, a.key), el('td', {}, a.reason ?? ''), el('td', {}, a.processedAt));
  fill(view,
    el('h1', {}, 'Failed and rejected objects'),
    el('p', {}, el('a', { href: link('failed') }, 'all'), ' · ', el('a', { href: link('failed', { status: 'rejected' }) }, 'rejected'), ' · ', el('a', { href: link('failed', { status: 'failed' }) }, 'failed')),
    el('table', { id: 'failed' }, el('thead', {}, el('tr', {}, ...['Status', 'Object', 'Reason', 'Processed'].map((h) => el('th', {}, h)))), body),
    pagedRows(body, first, row, fetch),
    first.items.length ? null : el('p', { class: 'muted' }, 'Nothing failed or was rejected.'),
  );
}
