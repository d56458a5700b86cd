// The pipeline end to end on real engines: s3rver holds the object, DynamoDB Local the table, and the
// handler gets the SQS event AWS would deliver (URL-encoded keys, sequencers).
import fs from 'node:fs';
import path from 'node:path';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { DeleteObjectCommand } from '@aws-sdk/client-s3';
import { Logger } from '@aws-lambda-powertools/logger';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createSqsHandler, type SqsHandler } from '../../functions/handler/create-handler.ts';
import { articlePk } from '../../functions/records/keys.ts';
import { findArticlesByEntity, getArticle, topEntities } from '../../functions/records/queries.ts';
import { PROJECT_ROOT } from '../../local/config.ts';
import { expectExactRecords } from '../support/exact-records.ts';
import { startLocalTestStack, type LocalTestStack } from '../support/local-test-stack.ts';
import { buildSqsEvent, nextSequencer } from './build-sqs-event.ts';

const SAMPLES = path.join(PROJECT_ROOT, 'samples');
const sampleFiles = fs.readdirSync(SAMPLES).filter((f) => f.endsWith('.txt')).sort();
const readSample = (name: string) => fs.readFileSync(path.join(SAMPLES, name), 'utf8');

let stack: LocalTestStack;
let handler: SqsHandler;

beforeAll(async () => {
  stack = await startLocalTestStack('pipeline');
  handler = createSqsHandler({
    s3: stack.s3, documentClient: stack.documentClient, tableName: stack.tableName,
    inputPrefix: 'incoming/', maxObjectBytes: 10 * 1024 * 1024, logger: new Logger({ logLevel: 'SILENT' }),
  });
});
afterAll(async () => stack?.stop());

async function upload(key: string, body: string) {
  const eTag = await stack.putObject(key, body);
  return { bucket: stack.bucket, key, eTag, size: Buffer.byteLength(body), sequencer: nextSequencer() };
}

async function dumpArticle(key: string) {
  const page = await stack.documentClient.send(new QueryCommand({
    TableName: stack.tableName, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': articlePk(stack.bucket, key) },
  }));
  return page.Items ?? [];
}

describe('pipeline', () => {
  it.each([
    ['plain', 'incoming/plain.txt'],
    ['spaces, + and Vietnamese letters', 'incoming/Việt Nam + Kazakhstan đối tác.txt'],
    ['percent and quotes', `incoming/100% "quoted" it's.txt`],
  ])('uploads a sample under a key with %s and finds its article and entities', async (_label, key) => {
    const text = readSample(sampleFiles[0]);
    const spec = await upload(key, text);
    const result = await handler(buildSqsEvent([spec]));
    expect(result.batchItemFailures).toEqual([]);
    const record = await getArticle(stack.table, stack.bucket, key);
    expect(record?.article).toMatchObject({ status: 'extracted', bucket: stack.bucket, key, etag: spec.eTag, publishedAt: '2023-08-18', encoding: 'utf-8' });
    expect(record?.article.title).toBeTruthy();
    expect(record!.places.map((p) => p.entityKey)).toContain('kazakhstan');
    for (const entity of [...record!.people, ...record!.places, ...record!.organizations]) {
      for (const m of entity.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    }
  });

  it('ingests every sample and finds Kazakhstan in all of them, newest first', async () => {
    const specs = await Promise.all(sampleFiles.map((f) => upload(`incoming/samples/${f}`, readSample(f))));
    expect((await handler(buildSqsEvent(specs))).batchItemFailures).toEqual([]);
    const hits = await findArticlesByEntity(stack.table, 'Kazakhstan', { type: 'place', limit: 100 });
    const keys = hits.items.map((h) => h.key);
    for (const f of sampleFiles) expect(keys).toContain(`incoming/samples/${f}`);
    const dates = hits.items.map((h) => h.publishedAt ?? '0000-00-00');
    expect(dates).toEqual([...dates].sort().reverse());
    const top = await topEntities(stack.table, 'place', 5);
    expect(top.find((t) => t.entityKey === 'kazakhstan')?.articles).toBeGreaterThanOrEqual(sampleFiles.length);
  });

  it('logs where the time went: the table check, the S3 read, extraction and the writes', async () => {
    const logger = new Logger({ logLevel: 'SILENT' });
    const info = vi.spyOn(logger, 'info');
    const timed = createSqsHandler({
      s3: stack.s3, documentClient: stack.documentClient, tableName: stack.tableName,
      inputPrefix: 'incoming/', maxObjectBytes: 10 * 1024 * 1024, logger,
    });
    const spec = await upload('incoming/timed.txt', readSample(sampleFiles[1]));
    expect((await timed(buildSqsEvent([spec]))).batchItemFailures).toEqual([]);
    const line = info.mock.calls.find(([message]) => message === 'article extracted');
    const timings = (line?.[1] as { timingsMs?: Record<string, number> })?.timingsMs;
    expect(Object.keys(timings ?? {})).toEqual(['check', 'read', 'extract', 'write']);
    for (const ms of Object.values(timings!)) expect(ms).toBeGreaterThanOrEqual(0);
    // Writing goes to DynamoDB Local over HTTP: never free.
    expect(timings!.write).toBeGreaterThan(0);
  });

  it('leaves the same items when the same event is delivered twice', async () => {
    const key = 'incoming/twice.txt';
    const spec = await upload(key, readSample(sampleFiles[1]));
    await handler(buildSqsEvent([spec]));
    const first = await dumpArticle(key);
    const topBefore = await topEntities(stack.table, 'place', 50);
    expect((await handler(buildSqsEvent([spec, spec]))).batchItemFailures).toEqual([]);
    expect(await dumpArticle(key)).toEqual(first);
    expect(await topEntities(stack.table, 'place', 50)).toEqual(topBefore);
  });

  it('replaces the old items when changed text is re-uploaded', async () => {
    const key = 'incoming/changing.txt';
    await handler(buildSqsEvent([await upload(key, readSample(sampleFiles[2]))]));
    const before = await getArticle(stack.table, stack.bucket, key);
    const replacement = 'date 2024-03-05\nAngela Merkel met Emmanuel Macron in Berlin on Monday to discuss a €2 billion fund.';
    await handler(buildSqsEvent([await upload(key, replacement)]));
    const after = await getArticle(stack.table, stack.bucket, key);
    expect(after?.article.publishedAt).toBe('2024-03-05');
    expect(before!.places.map((p) => p.entityKey)).toContain('kazakhstan');
    expect(after!.places.map((p) => p.entityKey)).not.toContain('kazakhstan');
    // Nothing of the old text survives: every stored mention slices back out of the new text, and the
    // old article's names no longer find it.
    for (const fact of [...after!.people, ...after!.places, ...after!.organizations, ...after!.dates, ...after!.money]) {
      for (const m of fact.mentions) expect(replacement.slice(m.start, m.end)).toBe(m.text);
    }
    expect((await findArticlesByEntity(stack.table, 'Kazakhstan')).items.map((h) => h.key)).not.toContain(key);
    await expectExactRecords(stack);
  });

  it('removes every item of an article on ObjectRemoved, its index items included', async () => {
    const key = 'incoming/removed.txt';
    await handler(buildSqsEvent([await upload(key, 'date 2023-01-02\nNursultan Nazarbayev visited Zanzibar City and Ulaanbaatar.')]));
    const withIt = await findArticlesByEntity(stack.table, 'Ulaanbaatar');
    expect(withIt.items.map((h) => h.key)).toContain(key);
    await stack.s3.send(new DeleteObjectCommand({ Bucket: stack.bucket, Key: key }));
    const result = await handler(buildSqsEvent([{ eventName: 'ObjectRemoved:Delete', bucket: stack.bucket, key, sequencer: nextSequencer() }]));
    expect(result.batchItemFailures).toEqual([]);
    expect(await getArticle(stack.table, stack.bucket, key)).toBeNull();
    expect((await dumpArticle(key)).map((i) => i.kind)).toEqual(['tombstone']);
    expect((await findArticlesByEntity(stack.table, 'Ulaanbaatar')).items.map((h) => h.key)).not.toContain(key);
    expect((await topEntities(stack.table, 'place', 1000)).find((t) => t.entityKey === 'ulaanbaatar')).toBeUndefined();
    await expectExactRecords(stack);
  });

  it.each([
    ['put then delete', false],
    ['delete listed before the put it follows', true],
  ])('settles a put and its delete in one batch (%s) on the removal', async (_label, reversed) => {
    const key = `incoming/put-delete-${reversed}.txt`;
    const put = await upload(key, readSample(sampleFiles[4]));
    await stack.s3.send(new DeleteObjectCommand({ Bucket: stack.bucket, Key: key }));
    const del = { eventName: 'ObjectRemoved:Delete', bucket: stack.bucket, key, sequencer: nextSequencer() };
    const result = await handler(buildSqsEvent(reversed ? [del, put] : [put, del]));
    expect(result.batchItemFailures).toEqual([]);
    expect(await getArticle(stack.table, stack.bucket, key)).toBeNull();
    expect((await dumpArticle(key)).map((i) => i.kind)).toEqual(['tombstone']);
  });

  it('never lets an older event overwrite a newer result', async () => {
    const key = 'incoming/out-of-order.txt';
    const older = await upload(key, readSample(sampleFiles[3]));
    const newer = await upload(key, 'date 2024-06-01\nShavkat Mirziyoyev spoke in Tashkent.');
    await handler(buildSqsEvent([newer]));
    const settled = await dumpArticle(key);
    // The older event arrives late; the object now holds the newer text, but its order is older.
    await handler(buildSqsEvent([older]));
    expect(await dumpArticle(key)).toEqual(settled);
    // A late creation event after a removal does not resurrect the article either.
    await handler(buildSqsEvent([{ eventName: 'ObjectRemoved:Delete', bucket: stack.bucket, key, sequencer: nextSequencer() }]));
    await handler(buildSqsEvent([newer]));
    expect(await getArticle(stack.table, stack.bucket, key)).toBeNull();
  });
});
