// Each question of the table-and-queries issue against real DynamoDB Local, on hand-made extractions.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUnsuccessfulArticle } from '../../functions/records/build-items.ts';
import {
  countArticlesByStatus, findArticlesByEntity, findDates, findFailed, findMoney, getArticle, topEntities,
} from '../../functions/records/queries.ts';
import { InvalidCursorError, InvalidQueryError } from '../../functions/records/query-pages.ts';
import { writeRecord } from '../../functions/records/write-article.ts';
import { startLocalTestStack, type LocalTestStack } from '../support/local-test-stack.ts';
import { buildFixture, makeVersion } from './fixtures.ts';

const BUCKET = 'news';
let stack: LocalTestStack;

const ARTICLES = {
  'a.txt': {
    text: 'Kassym-Jomart Tokayev visited Việt Nam in August 2023. Tokayev met Tô Lâm. Trade reached US$584 million in 2022 and $1.2 billion later.',
    spec: {
      publishedAt: '2023-08-18',
      people: [['Kassym-Jomart Tokayev', 'Tokayev'], ['Tô Lâm']],
      places: [['Việt Nam']],
      dates: [['August 2023', '2023-08'], ['2022', '2022']],
      money: [['US$584 million', 584_000_000, 'USD'], ['$1.2 billion', 1_200_000_000, 'USD']],
    },
  },
  'b.txt': {
    text: 'Tokayev spoke in Vietnam about the 2023-2025 term and a €50 million loan. The UN agreed.',
    spec: {
      publishedAt: '2025-05-06',
      people: [['Tokayev']],
      places: [['Vietnam']],
      organizations: [['UN']],
      dates: [['2023-2025', '2023/2025']],
      money: [['€50 million', 50_000_000, 'EUR']],
    },
  },
  'c.txt': {
    text: 'Viet Nam and Kazakhstan signed a deal on 1 September 2023 worth $3 million. Since 1992 ties grew.',
    spec: {
      publishedAt: null,
      places: [['Viet Nam'], ['Kazakhstan']],
      dates: [['1 September 2023', '2023-09-01'], ['Since 1992', '1992/2025']],
      money: [['$3 million', 3_000_000, 'USD']],
    },
  },
} as const;

async function load(name: keyof typeof ARTICLES) {
  const { text, spec } = ARTICLES[name];
  const version = makeVersion(BUCKET, name);
  expect(await writeRecord(stack.table, version, buildFixture(version, text, spec as never))).toBe('written');
}

beforeAll(async () => {
  stack = await startLocalTestStack('queries', { withS3: false });
  for (const name of Object.keys(ARTICLES) as Array<keyof typeof ARTICLES>) await load(name);
  const failed = makeVersion(BUCKET, 'broken.pdf');
  await writeRecord(stack.table, failed, buildUnsuccessfulArticle(failed, 'rejected', 'the object is a PDF document, not plain text', { extractorVersion: 'test', processedAt: '2026-01-02T00:00:00.000Z' }));
});
afterAll(async () => stack?.stop());

describe('question 1: one article', () => {
  it('returns metadata and every entity, date and amount with offsets', async () => {
    const record = await getArticle(stack.table, BUCKET, 'a.txt');
    expect(record?.article).toMatchObject({ status: 'extracted', publishedAt: '2023-08-18', counts: { people: 2, places: 1, organizations: 0, dates: 2, money: 2 } });
    expect(record!.people.map((p) => p.name)).toEqual(['Kassym-Jomart Tokayev', 'Tô Lâm']);
    expect(record!.people[0]).toMatchObject({ aliases: ['Tokayev'], mentionCount: 2 });
    const text = ARTICLES['a.txt'].text;
    for (const item of [...record!.people, ...record!.places, ...record!.dates, ...record!.money]) {
      for (const m of item.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    }
    expect(record!.money.map((m) => m.amount)).toEqual([584_000_000, 1_200_000_000]);
  });

  it('folds a multi-year range indexed in several years back into one date', async () => {
    const record = await getArticle(stack.table, BUCKET, 'b.txt');
    expect(record!.dates.map((d) => d.value)).toEqual(['2023/2025']);
  });

  it('returns null for an unknown article', async () => {
    expect(await getArticle(stack.table, BUCKET, 'nope.txt')).toBeNull();
  });
});

describe('question 2: articles mentioning an entity', () => {
  it.each([
    ['Viet Nam', 'place', ['b.txt', 'a.txt', 'c.txt']],
    ['Việt Nam', undefined, ['b.txt', 'a.txt', 'c.txt']],
    ['VIETNAM', undefined, ['b.txt', 'a.txt', 'c.txt']],
    ['Tokayev', undefined, ['b.txt', 'a.txt']],
    ['Kassym-Jomart Tokayev', 'person', ['a.txt']],
    // Written without the hyphen of its key (kassym-jomart tokayev): found all the same.
    ['Kassym Jomart Tokayev', 'person', ['a.txt']],
    ['tokayev', 'place', []],
    ['Kazakhstan', undefined, ['c.txt']],
  ] as const)('%s (type %s) → %j, newest first', async (name, type, keys) => {
    const page = await findArticlesByEntity(stack.table, name, { type });
    expect(page.items.map((h) => h.key)).toEqual(keys);
  });

  it('says when a hit came through an alias', async () => {
    const page = await findArticlesByEntity(stack.table, 'Tokayev');
    expect(page.items.find((h) => h.key === 'a.txt')).toMatchObject({ name: 'Kassym-Jomart Tokayev', alias: 'Tokayev', type: 'person' });
  });

  it('pages with a cursor without losing or repeating rows', async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await findArticlesByEntity(stack.table, 'vietnam', { limit: 1, cursor });
      expect(page.items.length).toBeLessThanOrEqual(1);
      seen.push(...page.items.map((h) => h.key));
      cursor = page.cursor;
    } while (cursor);
    expect(seen).toEqual(['b.txt', 'a.txt', 'c.txt']);
  });

  it('rejects a foreign cursor and empty names', async () => {
    await expect(findArticlesByEntity(stack.table, 'x', { cursor: 'garbage!' })).rejects.toBeInstanceOf(InvalidCursorError);
    await expect(findArticlesByEntity(stack.table, ' -- ')).rejects.toBeInstanceOf(InvalidQueryError);
  });
});

describe('question 3: dates in a range (overlap)', () => {
  it.each([
    ['2023-08-01', '2023-08-31', ['a.txt 2023-08', 'b.txt 2023/2025', 'c.txt 1992/2025']],
    ['2023-09', '2023-09', ['b.txt 2023/2025', 'c.txt 2023-09-01', 'c.txt 1992/2025']],
    ['2022', '2022', ['a.txt 2022', 'c.txt 1992/2025']],
    ['2024-01-01', '2026-12-31', ['b.txt 2023/2025', 'c.txt 1992/2025']],
    ['1990', '1991', []],
  ])('%s … %s', async (from, to, expected) => {
    const rows: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await findDates(stack.table, { from, to, limit: 2, cursor });
      rows.push(...page.items.map((d) => `${d.key} ${d.value}`));
      cursor = page.cursor;
    } while (cursor);
    expect(rows.sort()).toEqual([...expected].sort());
  });

  it('rejects a reversed or malformed range', async () => {
    await expect(findDates(stack.table, { from: '2024', to: '2023' })).rejects.toBeInstanceOf(InvalidQueryError);
    await expect(findDates(stack.table, { from: 'last week', to: '2023' })).rejects.toBeInstanceOf(InvalidQueryError);
  });
});

describe('question 4: money by currency and size', () => {
  it.each([
    [{ currency: 'USD' }, [1_200_000_000, 584_000_000, 3_000_000]],
    [{ currency: 'usd', min: 1e9 }, [1_200_000_000]],
    [{ currency: 'USD', max: 600e6 }, [584_000_000, 3_000_000]],
    [{ currency: 'USD', min: 1e6, max: 1e9 }, [584_000_000, 3_000_000]],
    [{ currency: 'EUR' }, [50_000_000]],
    [{ currency: 'JPY' }, []],
  ])('%j → largest first', async (options, amounts) => {
    const page = await findMoney(stack.table, options);
    expect(page.items.map((m) => m.amount)).toEqual(amounts);
    for (const m of page.items) expect(m.context).toContain(m.mentions[0].text);
  });
});

describe('question 5: failed and rejected articles', () => {
  it('lists them with their reason', async () => {
    const page = await findFailed(stack.table);
    expect(page.items.map((a) => [a.key, a.status, a.reason])).toEqual([['broken.pdf', 'rejected', 'the object is a PDF document, not plain text']]);
    expect(await countArticlesByStatus(stack.table)).toEqual({ extracted: 3, failed: 0, rejected: 1 });
  });
});

describe('question 6: top entities', () => {
  it('counts articles per entity key', async () => {
    const places = await topEntities(stack.table, 'place', 5);
    expect(places[0]).toMatchObject({ entityKey: 'vietnam', articles: 3 });
    expect(places.map((p) => [p.entityKey, p.articles])).toEqual([['vietnam', 3], ['kazakhstan', 1]]);
    const people = await topEntities(stack.table, 'person', 1);
    expect(people).toHaveLength(1);
  });
});
