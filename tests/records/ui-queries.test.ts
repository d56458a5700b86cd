// The questions the web UI asks, and paging across shards with composite cursors, on DynamoDB Local.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  countDatesByMonth, findArticlesByEntity, findCoMentionedEntities, findMoney, getArticle, listEntityAliases, listLatestArticles, sumMoneyByCurrency,
  writeRecord, buildUnsuccessfulArticle, SHARDS,
} from '../../functions/records/index.ts';
import { shardOf } from '../../functions/records/keys.ts';
import { expectExactRecords } from '../support/exact-records.ts';
import { startLocalTestStack, type LocalTestStack } from '../support/local-test-stack.ts';
import { buildFixture, makeVersion } from './fixtures.ts';

const BUCKET = 'news';
const COUNT = 30;
let stack: LocalTestStack;

const TEXT = (i: number) => `Ana Lima met Bo Chen in Lisbon on ${i + 1} March 2024. They signed a $${i + 1} million deal${i % 3 === 0 ? ' with Porto' : ''}.`;

beforeAll(async () => {
  stack = await startLocalTestStack('ui-queries', { withS3: false });
  for (let i = 0; i < COUNT; i++) {
    const key = `ui-${String(i).padStart(2, '0')}.txt`;
    const v = makeVersion(BUCKET, key);
    const text = TEXT(i);
    const day = `2024-03-${String(i + 1).padStart(2, '0')}`;
    await writeRecord(stack.table, v, buildFixture(v, text, {
      publishedAt: `2024-04-${String((i % 28) + 1).padStart(2, '0')}`,
      people: [['Ana Lima'], ['Bo Chen']], places: [['Lisbon'], ...(i % 3 === 0 ? [['Porto'] as [string]] : [])],
      dates: [[`${i + 1} March 2024`, day]], money: [[`$${i + 1} million`, (i + 1) * 1e6, 'USD']],
    }, new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString()));
  }
  const bad = makeVersion(BUCKET, 'ui-bad.pdf');
  await writeRecord(stack.table, bad, buildUnsuccessfulArticle(bad, 'rejected', 'the object is a PDF document, not plain text', { extractorVersion: 'test', processedAt: '2026-02-01T00:00:00.000Z' }));
});
afterAll(async () => stack?.stop());

async function readAll<T>(read: (cursor?: string) => Promise<{ items: T[]; cursor?: string }>): Promise<T[]> {
  const rows: T[] = [];
  let cursor: string | undefined;
  do {
    const page = await read(cursor);
    rows.push(...page.items);
    cursor = page.cursor;
  } while (cursor);
  return rows;
}

describe('the articles spread over shards', () => {
  it('uses every activity shard', () => {
    const shards = new Set(Array.from({ length: COUNT }, (_, i) => shardOf(`${BUCKET}/ui-${String(i).padStart(2, '0')}.txt`, SHARDS.activity)));
    expect(shards.size).toBe(SHARDS.activity);
  });
});

describe('listLatestArticles', () => {
  it.each([1, 4, 7, 25])('pages newest first across shards without losing or repeating one (pages of %i)', async (limit) => {
    const rows = await readAll((cursor) => listLatestArticles(stack.table, { limit, cursor }));
    expect(rows.map((r) => r.key)).toEqual(Array.from({ length: COUNT }, (_, i) => `ui-${String(COUNT - 1 - i).padStart(2, '0')}.txt`));
    expect(rows[0]).toMatchObject({ bucket: BUCKET, status: 'extracted', extractorVersion: 'test', counts: { people: 2 } });
  });

  it('lists every status when asked', async () => {
    const rows = await readAll((cursor) => listLatestArticles(stack.table, { status: 'any', limit: 10, cursor }));
    expect(rows[0]).toMatchObject({ key: 'ui-bad.pdf', status: 'rejected' });
    expect(rows).toHaveLength(COUNT + 1);
  });
});

describe('paging merged shards', () => {
  it('returns money largest first across shards, page after page', async () => {
    const rows = await readAll((cursor) => findMoney(stack.table, { currency: 'USD', limit: 3, cursor }));
    expect(rows.map((r) => r.amount)).toEqual(Array.from({ length: COUNT }, (_, i) => (COUNT - i) * 1e6));
  });

  it('returns an entity\'s articles newest first across shards', async () => {
    const rows = await readAll((cursor) => findArticlesByEntity(stack.table, 'lima', { limit: 4, cursor }));
    const published = rows.map((r) => r.publishedAt!);
    expect(published).toEqual([...published].sort().reverse());
    expect(new Set(rows.map((r) => r.key)).size).toBe(COUNT);
    expect(rows[0]).toMatchObject({ name: 'Ana Lima', type: 'person', entityKey: 'analima', alias: 'lima' });
  });
});

describe('questions of the article view and the dashboards', () => {
  it('getArticle returns every fact with offsets, normalised values, keys and aliases', async () => {
    const record = await getArticle(stack.table, BUCKET, 'ui-03.txt');
    const text = TEXT(3);
    expect(record!.article).toMatchObject({ status: 'extracted', publishedAt: '2024-04-04', publishedAtSource: 'given' });
    expect(record!.people.map((p) => [p.name, p.entityKey, p.indexKey, p.aliases])).toEqual([['Ana Lima', 'analima', 'analima', []], ['Bo Chen', 'bochen', 'bochen', []]]);
    expect(record!.dates[0]).toMatchObject({ value: '2024-03-04', rangeStart: '2024-03-04', rangeEnd: '2024-03-04' });
    expect(record!.money[0]).toMatchObject({ amount: 4e6, currency: 'USD' });
    for (const f of [...record!.people, ...record!.places, ...record!.dates, ...record!.money]) for (const m of f.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('findCoMentionedEntities counts who appears with an entity', async () => {
    const co = await findCoMentionedEntities(stack.table, 'Ana Lima');
    expect(co.map((c) => [c.entityKey, c.articles])).toEqual([['bochen', COUNT], ['lisbon', COUNT], ['porto', COUNT / 3]]);
    expect(await findCoMentionedEntities(stack.table, 'Porto', { type: 'person' })).toEqual([
      { type: 'person', entityKey: 'analima', name: 'Ana Lima', articles: COUNT / 3 }, { type: 'person', entityKey: 'bochen', name: 'Bo Chen', articles: COUNT / 3 },
    ]);
  });

  it('listEntityAliases gives the names an entity goes by in its articles', async () => {
    const hits = (await findArticlesByEntity(stack.table, 'lima', { limit: 5 })).items;
    expect(await listEntityAliases(stack.table, hits)).toEqual(['Ana Lima']);
  });

  it('sumMoneyByCurrency adds every article\'s amounts', async () => {
    expect(await sumMoneyByCurrency(stack.table)).toEqual([{ currency: 'USD', total: (COUNT * (COUNT + 1) / 2) * 1e6, articles: COUNT }]);
  });

  it('countDatesByMonth gives the timeline', async () => {
    expect(await countDatesByMonth(stack.table)).toEqual([{ month: '2024-03', dates: COUNT, articles: COUNT }]);
    expect(await countDatesByMonth(stack.table, { from: '2024-04' })).toEqual([]);
  });

  it('keeps the whole table exact', async () => {
    await expectExactRecords(stack);
  });
});
