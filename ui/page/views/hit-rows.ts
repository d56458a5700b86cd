// Table rows shared by the entity page and the search results.
import { el, fmt, link } from '../dom.ts';
import { articleLink, shortKey } from './overview.ts';

export interface EntityHit {
  bucket: string;
  key: string;
  publishedAt?: string;
  type: string;
  name: string;
  entityKey: string;
  alias?: string;
  mentionCount: number;
  context: string;
}

export const articleCell = (h: { bucket: string; key: string }) => el('td', {}, el('a', { href: articleLink(h), class: 'article-link' }, shortKey(h.key)));

export function entityHitRow(h: EntityHit): HTMLElement {
  return el('tr', { class: 'hit' },
    el('td', {}, h.publishedAt ?? '—'),
    articleCell(h),
    el('td', {}, el('span', { class: `tag k-${h.type}` }, h.type), el('a', { href: link('entity', { name: h.entityKey, type: h.type }) }, h.name), h.alias ? ` (as ${h.alias})` : ''),
    el('td', {}, fmt(h.mentionCount)),
    el('td', { class: 'context' }, h.context),
  );
}

export const entityHitHead = () => el('thead', {}, el('tr', {}, ...['Published', 'Article', 'Entity', 'Mentions', 'Snippet'].map((h) => el('th', {}, h))));
