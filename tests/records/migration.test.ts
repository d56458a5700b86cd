// Records of the old table model (entity, alias, date and money items in the article's partition,
// indexed by gsi1/gsi2, and corpus-wide TOP counters) are replaced when the new extractor version
// reprocesses the article: nothing of the old model is left, and the new queries find the article.
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTRACTOR_VERSION } from '../../functions/extract/version.ts';
import { checkEvent, findArticlesByEntity, listArticleStates, writeRecord, type ArticleItem } from '../../functions/records/index.ts';
import { articlePk } from '../../functions/records/keys.ts';
import { expectExactRecords, scanTable } from '../support/exact-records.ts';
import { startLocalTestStack, type LocalTestStack } from '../support/local-test-stack.ts';
import { buildFixture, makeVersion } from './fixtures.ts';

const BUCKET = 'news';
const KEY = 'incoming/old.txt';
let stack: LocalTestStack;

beforeAll(async () => {
  stack = await startLocalTestStack('migration', { withS3: false });
});
afterAll(async () => stack?.stop());

/** What the 0.2 model wrote for one article (functions/records before issue 12). */
async function writeOldModel(order: string) {
  const pk = articlePk(BUCKET, KEY);
  const base = { pk, bucket: BUCKET, key: KEY, publishedAt: '2023-08-18' };
  const items = [
    { ...base, sk: 'ARTICLE', kind: 'article', status: 'extracted', order, extractorVersion: '0.2.0', processedAt: '2026-11-23T10:00:00.000Z', gsi1pk: 'STATUS#extracted', gsi1sk: `2026-11-23T10:00:00.000Z#${BUCKET}/${KEY}` },
    { ...base, sk: 'ENT#person#kassym-jomart tokayev', kind: 'entity', type: 'person', entityKey: 'kassym-jomart tokayev', name: 'Kassym-Jomart Tokayev', gsi1pk: 'ENT#kassym-jomart tokayev', gsi1sk: `2023-08-18#${BUCKET}/${KEY}` },
    { ...base, sk: 'ALIAS#person#tokayev#kassym-jomart tokayev', kind: 'alias', type: 'person', entityKey: 'kassym-jomart tokayev', gsi1pk: 'ENT#tokayev', gsi1sk: `2023-08-18#${BUCKET}/${KEY}` },
    { ...base, sk: 'DATE#2023-08#2023', kind: 'date', value: '2023-08', gsi1pk: 'DATE#2023', gsi1sk: `2023-08-01#2023-08-31#${BUCKET}/${KEY}` },
    { ...base, sk: 'MONEY#USD#584000000', kind: 'money', currency: 'USD', amount: 584e6, gsi2pk: 'MONEY#USD', gsi2sk: 584e6 },
    { pk: 'TOP#person#kassym-jomart tokayev', sk: 'COUNT', kind: 'counter', type: 'person', entityKey: 'kassym-jomart tokayev', gsi2pk: 'TOP#person', gsi2sk: 1 },
  ];
  for (const Item of items) await stack.documentClient.send(new PutCommand({ TableName: stack.tableName, Item }));
}

describe('migration from the old model', () => {
  it('replaces the old items, counters included, when the new extractor version reprocesses the object', async () => {
    const old = makeVersion(BUCKET, KEY);
    await writeOldModel(old.order);
    // The local stack finds such articles through its listing: they have no activity item, so they
    // are listed as missing and reprocessed.
    expect(await listArticleStates(stack.table, { bucket: BUCKET, prefix: 'incoming/' })).toEqual(new Map());
    // The same event under the new extractor version is not a duplicate: it is redone.
    expect(await checkEvent(stack.table, old, EXTRACTOR_VERSION)).toBeNull();

    const text = 'Kassym-Jomart Tokayev visited Việt Nam in August 2023; trade was US$584 million.';
    const next = makeVersion(BUCKET, KEY);
    const record = buildFixture(next, text, { publishedAt: '2023-08-18', people: [['Kassym-Jomart Tokayev']], places: [['Việt Nam']], dates: [['August 2023', '2023-08']], money: [['US$584 million', 584e6, 'USD']] });
    expect(await writeRecord(stack.table, next, { ...record, head: { ...(record.head as ArticleItem), extractorVersion: EXTRACTOR_VERSION } })).toBe('written');

    const items = await scanTable(stack);
    expect(items.filter((i) => i.pk === articlePk(BUCKET, KEY)).map((i) => i.sk).sort()).toEqual(['ARTICLE', 'FACTS']);
    expect(items.filter((i) => i.pk.startsWith('TOP#') || 'gsi1pk' in i || 'gsi2pk' in i)).toEqual([]);
    expect((await findArticlesByEntity(stack.table, 'tokayev')).items.map((h) => h.key)).toEqual([KEY]);
    expect([...(await listArticleStates(stack.table, { bucket: BUCKET, prefix: 'incoming/' })).keys()]).toEqual([KEY]);
    await expectExactRecords(stack);
  });
});
