// Search by name (folded and matched through aliases like `gleaner query entity`), by date range, and
// by currency and amount range. The form state lives in the URL, so results can be linked and paged.
import { getJson, type Page } from '../api-client.ts';
import { el, fill, link } from '../dom.ts';
import { pagedRows } from './pager.ts';
import { articleCell, entityHitHead, entityHitRow, type EntityHit } from './hit-rows.ts';

interface DateHit { bucket: string; key: string; value: string; words?: string; context: string; publishedAt?: string }
interface MoneyHit { bucket: string; key: string; display: string; amount: number; currency: string; words?: string; context: string }

function field(label: string, name: string, value: string | null, attrs: Record<string, string> = {}): HTMLElement {
  return el('label', {}, label, el('input', { name, value: value ?? '', ...attrs }));
}

function form(mode: string, title: string, fields: HTMLElement[]): HTMLElement {
  return el('form', {
    class: 'search', id: `search-${mode}`, 'aria-label': title,
    onsubmit: (e: Event) => {
      e.preventDefault();
      const data = new FormData(e.target as HTMLFormElement);
      const params: Record<string, string> = { mode };
      for (const [k, v] of data.entries()) params[k] = String(v);
      location.hash = link('search', params);
    },
  }, el('strong', {}, title), ...fields, el('button', { type: 'submit' }, 'Search'));
}

async function results(params: URLSearchParams): Promise<HTMLElement | null> {
  const mode = params.get('mode');
  const q = Object.fromEntries(params.entries());
  const body = el('tbody', {});
  if (mode === 'name') {
    const fetch = (cursor?: string) => getJson<{ articles: Page<EntityHit> }>('entity', { name: q.name, type: q.type, cursor }).then((d) => d.articles);
    const first = await fetch();
    return el('div', {}, el('table', { id: 'results' }, entityHitHead(), body), pagedRows(body, first, entityHitRow, fetch), first.items.length ? null : el('p', { class: 'muted' }, `no article mentions "${q.name}"`));
  }
  if (mode === 'dates') {
    const fetch = (cursor?: string) => getJson<Page<DateHit>>('search/dates', { from: q.from, to: q.to, cursor });
    const first = await fetch();
    const row = (d: DateHit) => el('tr', { class: 'hit' }, el('td', { class: 'date-value' }, d.value), el('td', {}, d.words ?? ''), articleCell(d), el('td', { class: 'context' }, d.context));
    return el('div', {}, el('table', { id: 'results' }, el('thead', {}, el('tr', {}, ...['Date', 'Words', 'Article', 'Snippet'].map((h) => el('th', {}, h)))), body),
      pagedRows(body, first, row, fetch), first.items.length ? null : el('p', { class: 'muted' }, 'no dates in that range'));
  }
  if (mode === 'money') {
    const fetch = (cursor?: string) => getJson<Page<MoneyHit>>('search/money', { currency: q.currency, min: q.min, max: q.max, cursor });
    const first = await fetch();
    const row = (m: MoneyHit) => el('tr', { class: 'hit' }, el('td', { class: 'amount', 'data-amount': m.amount }, m.display), el('td', {}, m.words ?? ''), articleCell(m), el('td', { class: 'context' }, m.context));
    return el('div', {}, el('table', { id: 'results' }, el('thead', {}, el('tr', {}, ...['Amount', 'Words', 'Article', 'Snippet'].map((h) => el('th', {}, h)))), body),
      pagedRows(body, first, row, fetch), first.items.length ? null : el('p', { class: 'muted' }, 'no amounts in that range'));
  }
  return null;
}

export async function renderSearch(view: HTMLElement, params: URLSearchParams): Promise<void> {
  const mode = params.get('mode');
  const v = (name: string) => (params.get('mode') === mode ? params.get(name) : null);
  const found = await results(params);
  fill(view,
    el('h1', {}, 'Search'),
    form('name', 'Name', [field('Person, place or organization', 'name', mode === 'name' ? v('name') : null, { required: 'true', placeholder: 'Tokayev' }),
      el('label', {}, 'Type', el('select', { name: 'type' }, ...['', 'person', 'place', 'organization'].map((t) => el('option', { value: t, selected: mode === 'name' && params.get('type') === t }, t || 'any'))))]),
    form('dates', 'Dates mentioned', [field('From', 'from', mode === 'dates' ? v('from') : null, { required: 'true', placeholder: 'YYYY-MM-DD' }), field('To', 'to', mode === 'dates' ? v('to') : null, { required: 'true', placeholder: 'YYYY-MM-DD' })]),
    form('money', 'Money', [field('Currency', 'currency', mode === 'money' ? v('currency') : 'USD', { required: 'true', size: '4' }), field('At least', 'min', mode === 'money' ? v('min') : null, { inputmode: 'decimal' }), field('At most', 'max', mode === 'money' ? v('max') : null, { inputmode: 'decimal' })]),
    found ? el('h2', {}, 'Results') : null,
    found,
  );
}
