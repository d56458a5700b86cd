// Article view: the text with every mention marked by kind (colour and a label), the normalised value
// on hover or focus, and a side list of the facts linked to their mentions and entity pages.
import type { ArticleView, ViewFact } from '../../article-view.ts';
import { getJson } from '../api-client.ts';
import { el, fill, fmt, link } from '../dom.ts';
import { KIND_LABELS, renderArticleText } from '../render-article-text.ts';

const SECTIONS: Array<[ViewFact['kind'], string]> = [['person', 'People'], ['place', 'Places'], ['organization', 'Organizations'], ['date', 'Dates'], ['money', 'Money']];

function focusMention(id: number): void {
  const mark = document.getElementById(`m-${id}`);
  if (!mark) return;
  mark.scrollIntoView({ block: 'center' });
  mark.focus();
  mark.classList.add('flash');
  setTimeout(() => mark.classList.remove('flash'), 1200);
}

function factLink(fact: ViewFact): HTMLElement {
  if (fact.entityKey) return el('a', { href: link('entity', { name: fact.indexKey ?? fact.entityKey, type: fact.kind }), class: 'fact-link' }, fact.label);
  if (fact.kind === 'date') return el('a', { href: link('search', { mode: 'dates', from: fact.value.split('/')[0], to: fact.value.split('/').pop() }), class: 'fact-link' }, fact.label);
  return el('a', { href: link('search', { mode: 'money', currency: fact.currency, min: fact.amount, max: fact.amountHigh ?? fact.amount }), class: 'fact-link' }, fact.label);
}

function sideList(data: ArticleView): HTMLElement {
  return el('aside', { class: 'side', 'aria-label': 'Facts in this article' }, ...SECTIONS.map(([kind, title]) => {
    const facts = data.facts.filter((f) => f.kind === kind);
    return el('section', { id: `facts-${kind}` }, el('h2', {}, el('span', { class: `tag k-${kind}` }, KIND_LABELS[kind]), `${title} (${facts.length})`),
      facts.length ? el('ul', {}, ...facts.map((fact) => el('li', { class: 'fact' },
        factLink(fact),
        el('span', { class: 'value' }, fact.entityKey ? `key: ${fact.entityKey}${fact.aliases?.length ? ` · aliases: ${fact.aliases.join(', ')}` : ''}` : fact.value),
        el('span', { class: 'mentions' }, ...fact.mentions.map((id, n) => el('button', { type: 'button', 'aria-label': `mention ${n + 1} of ${fact.label}`, onclick: () => focusMention(id) }, String(n + 1)))),
        fact.mentionCount > fact.mentions.length ? el('span', { class: 'value' }, `${fmt(fact.mentionCount)} mentions in all; the first ${fact.mentions.length} are stored`) : null,
      ))) : el('p', { class: 'muted' }, 'none'));
  }));
}

export async function renderArticle(view: HTMLElement, params: URLSearchParams): Promise<void> {
  const data = await getJson<ArticleView>('article', { bucket: params.get('bucket') ?? undefined, key: params.get('key') ?? '' });
  const meta = [
    data.publishedAt ? `published ${data.publishedAt}${data.publishedAtSource === 'uploaded' ? ' (the upload day: the text gives none)' : ''}` : 'no publication date',
    `${data.status}${data.reason ? `: ${data.reason}` : ''}`,
    `processed ${data.processedAt} by extractor ${data.extractorVersion}`,
    data.size !== undefined ? `${fmt(data.size)} bytes${data.encoding ? `, ${data.encoding}` : ''}${data.format === 'html' ? ', HTML' : ''}` : '',
  ].filter(Boolean).join(' · ');
  const text = el('div', { class: 'text', id: 'article-text', lang: 'en' });
  if (data.text !== undefined) text.appendChild(renderArticleText(data.text, data.mentions, data.facts));
  else text.appendChild(el('p', { class: 'muted' }, 'The text is not available.'));
  fill(view,
    el('h1', {}, data.title || data.key),
    el('p', { class: 'muted', id: 'article-key' }, `s3://${data.bucket}/${data.key}`),
    el('p', { class: 'muted' }, meta),
    data.textNote ? el('p', { class: 'note' }, data.textNote) : null,
    el('div', { class: 'article' }, text, sideList(data)),
  );
}
