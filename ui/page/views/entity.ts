// Entity page: every article that mentions it (newest first, with the snippet), its aliases and the
// entities it appears with most often.
import { getJson, type Page } from '../api-client.ts';
import { count, el, fill, link } from '../dom.ts';
import { pagedRows } from './pager.ts';
import { entityHitHead, entityHitRow, type EntityHit } from './hit-rows.ts';

interface EntityPage {
  name: string;
  entityKey?: string;
  type?: string;
  aliases?: string[];
  coMentioned?: Array<{ type: string; entityKey: string; name: string; articles: number }>;
  articles: Page<EntityHit>;
}

export async function renderEntity(view: HTMLElement, params: URLSearchParams): Promise<void> {
  const name = params.get('name') ?? '';
  const type = params.get('type') ?? undefined;
  const data = await getJson<EntityPage>('entity', { name, type });
  const body = el('tbody', {});
  fill(view,
    el('h1', {}, data.type ? el('span', { class: `tag k-${data.type}` }, data.type) : null, data.name),
    data.entityKey ? el('p', { class: 'muted' }, `key: ${data.entityKey}`) : el('p', { class: 'muted' }, `no article mentions "${name}"`),
    el('section', { id: 'aliases' }, el('h2', {}, 'Also written as'), data.aliases?.length ? el('p', {}, data.aliases.join(' · ')) : el('p', { class: 'muted' }, 'no other names')),
    el('h2', {}, 'Articles, newest first'),
    el('table', { id: 'entity-articles' }, entityHitHead(), body),
    pagedRows(body, data.articles, entityHitRow, (cursor) => getJson<EntityPage>('entity', { name, type, cursor }).then((d) => d.articles)),
    el('section', { id: 'co-mentioned' }, el('h2', {}, 'Appears most often with'),
      data.coMentioned?.length
        ? el('ol', { class: 'top-list' }, ...data.coMentioned.map((e) => el('li', {}, el('span', { class: `tag k-${e.type}` }, e.type), el('a', { href: link('entity', { name: e.entityKey, type: e.type }) }, e.name), ` (${count(e.articles, 'article')})`)))
        : el('p', { class: 'muted' }, 'nothing yet'),
      data.coMentioned?.length ? el('p', { class: 'muted' }, 'counted over its 50 newest articles') : null),
  );
}
