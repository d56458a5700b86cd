// What the article view is given: every stored mention in text order (enclosing spans first), each
// linked to its fact and normalised value; spans the text cannot hold are left out, facts never.
import { describe, expect, it } from 'vitest';
import type { ArticleItem, ArticleRecord, EntityFact } from '../../functions/records/index.ts';
import { buildArticleView, formatAmount } from '../../ui/article-view.ts';

const TEXT = 'The Bank of Kazakhstan paid about $5-6 million on 3 May 2024 in Astana.';
const span = (words: string) => ({ text: words, start: TEXT.indexOf(words), end: TEXT.indexOf(words) + words.length });
const entity = (type: EntityFact['type'], name: string, aliases: string[] = []): EntityFact => ({
  type, name, entityKey: name.toLowerCase(), indexKey: name.toLowerCase().replace(/\s+/g, ''), aliases, mentionCount: 1, mentions: [span(name)], context: '',
});

const record: ArticleRecord = {
  article: { bucket: 'b', key: 'incoming/a.txt', status: 'extracted', processedAt: '2026-01-01T00:00:00Z', extractorVersion: 'x' } as ArticleItem,
  people: [],
  places: [entity('place', 'Kazakhstan', ['KAZAKHSTAN']), { ...entity('place', 'Astana'), mentionCount: 3, mentions: [span('Astana'), { text: 'Astana', start: 500, end: 506 }] }],
  organizations: [entity('organization', 'Bank of Kazakhstan')],
  dates: [{ value: '2024-05-03', mentionCount: 1, mentions: [span('3 May 2024')], context: '' }],
  money: [{ currency: 'USD', amount: 5_000_000, amountHigh: 6_000_000, qualifier: 'about', mentionCount: 1, mentions: [span('$5-6 million')], context: '' }],
};

describe('the article view', () => {
  const view = buildArticleView(record, TEXT);

  it('lists mentions in text order, an enclosing one before the one inside it', () => {
    expect(view.mentions.map((m) => m.text)).toEqual(['Bank of Kazakhstan', 'Kazakhstan', '$5-6 million', '3 May 2024', 'Astana']);
    expect(view.mentions.map((m) => m.id)).toEqual([0, 1, 2, 3, 4]);
    for (const m of view.mentions) expect(TEXT.slice(m.start, m.end)).toBe(m.text);
  });

  it.each([
    ['Kazakhstan', 'place', 'kazakhstan'],
    ['3 May 2024', 'date', '2024-05-03'],
    ['$5-6 million', 'money', 'about 5,000,000–6,000,000 USD'],
  ])('links %s to its %s fact and normalised value %s', (words, kind, value) => {
    const m = view.mentions.find((x) => x.text === words)!;
    expect(view.facts[m.fact]).toMatchObject({ kind, value });
    expect(view.facts[m.fact].mentions).toContain(m.id);
  });

  it('keeps entity keys, index keys and aliases for the tooltip and the entity link', () => {
    expect(view.facts.find((f) => f.label === 'Kazakhstan')).toMatchObject({ entityKey: 'kazakhstan', indexKey: 'kazakhstan', aliases: ['KAZAKHSTAN'] });
  });

  it('leaves out a span beyond the text but keeps the fact and its true mention count', () => {
    const astana = view.facts.find((f) => f.label === 'Astana')!;
    expect(astana.mentions).toHaveLength(1);
    expect(astana.mentionCount).toBe(3);
  });

  it('without the text (object gone) keeps every fact and says why', () => {
    const gone = buildArticleView(record, undefined, 'the object is no longer in the bucket');
    expect(gone.text).toBeUndefined();
    expect(gone.textNote).toMatch(/no longer/);
    expect(gone.facts).toHaveLength(view.facts.length);
  });

  it.each([
    [1_500_000_000, 'USD', undefined, undefined, '1,500,000,000 USD'],
    [124_100_000, 'USD', undefined, 'over', 'over 124,100,000 USD'],
    [0.5, 'EUR', 1.25, undefined, '0.5–1.25 EUR'],
  ])('formats %s %s (high %s, qualifier %s) as "%s"', (amount, currency, high, qualifier, shown) => {
    expect(formatAmount(amount, currency, high, qualifier)).toBe(shown);
  });
});
