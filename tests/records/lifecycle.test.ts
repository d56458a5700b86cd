// Replacement, deletion, duplicates, out-of-order delivery, crashes mid-article and item-size caps, on
// real DynamoDB Local. After every step the whole table is checked (a Scan, in the test only): every
// index item is listed by its article's facts and exists as listed, and top-N equals a full count.
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_MENTIONS, buildUnsuccessfulArticle } from '../../functions/records/build-items.ts';
import { articlePk } from '../../functions/records/keys.ts';
import { findArticlesByEntity, findFailed, getArticle, topEntities } from '../../functions/records/queries.ts';
import { createDocumentClient, type RecordTable } from '../../functions/records/record-table.ts';
import { ArticleBusyError, removeArticle, writeRecord } from '../../functions/records/write-article.ts';
import { dynamoEndpoint } from '../../local/config.ts';
import { expectExactRecords, snapshotArticle } from '../support/exact-records.ts';
import { startLocalTestStack, type LocalTestStack } from '../support/local-test-stack.ts';
import { buildFixture, makeVersion, type FixtureSpec } from './fixtures.ts';

const BUCKET = 'news';
let stack: LocalTestStack;

beforeAll(async () => {
  stack = await startLocalTestStack('lifecycle', { withS3: false });
});
afterAll(async () => stack?.stop());

const TEXT_V1 = 'Ana Lima met Bo Chen in Lisbon and Porto.';
const SPEC_V1: FixtureSpec = { people: [['Ana Lima'], ['Bo Chen']], places: [['Lisbon'], ['Porto']] };
const TEXT_V2 = 'Ana Lima flew to Madrid. Madrid was hot.';
const SPEC_V2: FixtureSpec = { people: [['Ana Lima']], places: [['Madrid']] };

async function dump(key: string) {
  const page = await stack.documentClient.send(new QueryCommand({
    TableName: stack.tableName, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': articlePk(BUCKET, key) }, ConsistentRead: true,
  }));
  return (page.Items ?? []).map(({ claimedAt: _c, ...rest }) => rest).sort((a, b) => String(a.sk).localeCompare(String(b.sk)));
}

/** A client that dies (throws) on its crashAt-th call, like a Lambda killed mid-article. */
function openDyingTable(crashAt: number): { dying: DynamoDBClient; dyingTable: RecordTable } {
  const dying = new DynamoDBClient({ endpoint: dynamoEndpoint(stack.config), region: stack.config.region, credentials: stack.config.credentials });
  let calls = 0;
  dying.middlewareStack.add((next) => async (args) => {
    if (++calls === crashAt) throw new Error('simulated crash');
    return next(args);
  }, { step: 'initialize', name: 'crashAfter' });
  return { dying, dyingTable: { client: createDocumentClient(dying), tableName: stack.tableName } };
}
const places = async () => Object.fromEntries((await topEntities(stack.table, 'place', 100)).map((t) => [t.entityKey, t.articles]));

describe('record lifecycle', () => {
  it('replaces, keeps counters exact, and removes', async () => {
    const v1 = makeVersion(BUCKET, 'life.txt');
    await writeRecord(stack.table, v1, buildFixture(v1, TEXT_V1, SPEC_V1));
    const other = makeVersion(BUCKET, 'other.txt');
    await writeRecord(stack.table, other, buildFixture(other, TEXT_V1, SPEC_V1));
    expect(await places()).toEqual({ lisbon: 2, porto: 2 });
    await expectExactRecords(stack);

    const v2 = makeVersion(BUCKET, 'life.txt');
    expect(await writeRecord(stack.table, v2, buildFixture(v2, TEXT_V2, SPEC_V2))).toBe('written');
    expect(await places()).toEqual({ lisbon: 1, porto: 1, madrid: 1 });
    expect((await getArticle(stack.table, BUCKET, 'life.txt'))!.places.map((p) => p.entityKey)).toEqual(['madrid']);
    await expectExactRecords(stack);

    const v3 = makeVersion(BUCKET, 'life.txt');
    expect(await removeArticle(stack.table, v3)).toBe('written');
    expect(await getArticle(stack.table, BUCKET, 'life.txt')).toBeNull();
    expect((await dump('life.txt')).map((i) => i.kind)).toEqual(['tombstone']);
    expect(await places()).toEqual({ lisbon: 1, porto: 1 });
    await expectExactRecords(stack);
  });

  it('treats a redelivered event as a duplicate and an older one as stale', async () => {
    const older = makeVersion(BUCKET, 'order.txt');
    const newer = makeVersion(BUCKET, 'order.txt');
    expect(await writeRecord(stack.table, newer, buildFixture(newer, TEXT_V2, SPEC_V2))).toBe('written');
    const settled = await dump('order.txt');
    expect(await writeRecord(stack.table, newer, buildFixture(newer, TEXT_V2, SPEC_V2))).toBe('duplicate');
    expect(await writeRecord(stack.table, older, buildFixture(older, TEXT_V1, SPEC_V1))).toBe('stale');
    expect(await removeArticle(stack.table, older)).toBe('stale');
    expect(await dump('order.txt')).toEqual(settled);
    await expectExactRecords(stack);
  });

  it('turns an extracted article into a failed one without leaving its entities behind', async () => {
    const v1 = makeVersion(BUCKET, 'to-fail.txt');
    await writeRecord(stack.table, v1, buildFixture(v1, TEXT_V1, SPEC_V1));
    const v2 = makeVersion(BUCKET, 'to-fail.txt');
    const failed = buildUnsuccessfulArticle(v2, 'failed', 'extraction failed: boom', { extractorVersion: 'test', processedAt: '2026-01-01T00:00:00.000Z' });
    expect(await writeRecord(stack.table, v2, failed)).toBe('written');
    expect((await dump('to-fail.txt')).map((i) => i.sk)).toEqual(['ARTICLE', 'FACTS']);
    expect((await findFailed(stack.table, { status: 'failed' })).items.map((a) => a.key)).toContain('to-fail.txt');
    expect((await findArticlesByEntity(stack.table, 'Bo Chen')).items.map((h) => h.key)).not.toContain('to-fail.txt');
    await expectExactRecords(stack);
  });

  it.each([1, 2, 3, 4, 5, 6, 7, 8])('completes the right record set after a crash at DynamoDB call %i', async (crashAt) => {
    const key = `crash-${crashAt}.txt`;
    const v1 = makeVersion(BUCKET, key);
    await writeRecord(stack.table, v1, buildFixture(v1, TEXT_V1, SPEC_V1));
    const { dying, dyingTable } = openDyingTable(crashAt);
    const v2 = makeVersion(BUCKET, key);
    const first = await writeRecord(dyingTable, v2, buildFixture(v2, TEXT_V2, SPEC_V2)).catch((e: Error) => e);
    // The write makes 7 or 8 calls; a crash point past its last call is a clean write.
    if (first instanceof Error) expect(first.message).toBe('simulated crash');
    // The redelivery completes the set, and equals a clean write of the same event.
    expect(await writeRecord(stack.table, v2, buildFixture(v2, TEXT_V2, SPEC_V2))).toBe(first instanceof Error ? 'written' : 'duplicate');
    const clean = makeVersion(BUCKET, `clean-${crashAt}.txt`, v2.order);
    await writeRecord(stack.table, clean, buildFixture(clean, TEXT_V2, SPEC_V2));
    expect(await snapshotArticle(stack, BUCKET, key)).toEqual(await snapshotArticle(stack, BUCKET, `clean-${crashAt}.txt`));
    await expectExactRecords(stack);
    dying.destroy();
  });
  it.each([1, 2, 3, 4, 5, 6])('completes a removal after a crash at DynamoDB call %i', async (crashAt) => {
    const key = `rm-crash-${crashAt}.txt`;
    const v1 = makeVersion(BUCKET, key);
    await writeRecord(stack.table, v1, buildFixture(v1, TEXT_V1, SPEC_V1));
    const { dying, dyingTable } = openDyingTable(crashAt);
    const v2 = makeVersion(BUCKET, key);
    const first = await removeArticle(dyingTable, v2).catch((e: Error) => e);
    if (first instanceof Error) expect(first.message).toBe('simulated crash');
    // Crashing on the last call (the facts' delete) leaves the tombstone done: the redelivery is a
    // duplicate that clears the facts.
    const lastCall = 6;
    expect(await removeArticle(stack.table, v2)).toBe(first instanceof Error && crashAt < lastCall ? 'written' : 'duplicate');
    expect(await getArticle(stack.table, BUCKET, key)).toBeNull();
    expect((await dump(key)).map((i) => i.kind)).toEqual(['tombstone']);
    await expectExactRecords(stack);
    dying.destroy();
  });
});

describe('one writer per key', () => {

  it('makes a newer event wait for a live lease and take over an expired one', async () => {
    const key = 'lease.txt';
    const older = makeVersion(BUCKET, key);
    const dying = new DynamoDBClient({ endpoint: dynamoEndpoint(stack.config), region: stack.config.region, credentials: stack.config.credentials });
    let calls = 0;
    // Dies right after claiming (call 1 reads the partition, call 2 claims).
    dying.middlewareStack.add((next) => async (args) => {
      if (++calls === 3) throw new Error('simulated crash');
      return next(args);
    }, { step: 'initialize', name: 'crashAfterClaim' });
    const start = new Date('2030-01-01T00:00:00.000Z');
    await expect(writeRecord({ client: createDocumentClient(dying), tableName: stack.tableName }, older, buildFixture(older, TEXT_V1, SPEC_V1), { now: start, leaseMs: 60_000 }))
      .rejects.toThrow('simulated crash');
    dying.destroy();

    const newer = makeVersion(BUCKET, key);
    const items = buildFixture(newer, TEXT_V2, SPEC_V2);
    await expect(writeRecord(stack.table, newer, items, { now: new Date(start.getTime() + 30_000) })).rejects.toBeInstanceOf(ArticleBusyError);
    expect(await writeRecord(stack.table, newer, items, { now: new Date(start.getTime() + 61_000) })).toBe('written');
    const clean = makeVersion(BUCKET, 'lease-clean.txt', newer.order);
    await writeRecord(stack.table, clean, buildFixture(clean, TEXT_V2, SPEC_V2));
    expect(await snapshotArticle(stack, BUCKET, key)).toEqual(await snapshotArticle(stack, BUCKET, 'lease-clean.txt'));
    await expectExactRecords(stack);
  });

  it.each([1, 2, 3, 4, 5])('settles two concurrent versions of one key on the newer (round %i)', async (round) => {
    const key = `race-${round}.txt`;
    const older = makeVersion(BUCKET, key);
    const newer = makeVersion(BUCKET, key);
    const [o, n] = await Promise.allSettled([
      writeRecord(stack.table, older, buildFixture(older, TEXT_V1, SPEC_V1)),
      writeRecord(stack.table, newer, buildFixture(newer, TEXT_V2, SPEC_V2)),
    ]);
    if (o.status === 'rejected') throw o.reason;
    // The newer one either won the claim or was told to retry, as SQS would redeliver it.
    if (n.status === 'rejected') {
      expect(n.reason).toBeInstanceOf(ArticleBusyError);
      expect(await writeRecord(stack.table, newer, buildFixture(newer, TEXT_V2, SPEC_V2))).toBe('written');
    }
    const clean = makeVersion(BUCKET, `race-clean-${round}.txt`, newer.order);
    await writeRecord(stack.table, clean, buildFixture(clean, TEXT_V2, SPEC_V2));
    expect(await snapshotArticle(stack, BUCKET, key)).toEqual(await snapshotArticle(stack, BUCKET, `race-clean-${round}.txt`));
    await expectExactRecords(stack);
  });
});

describe('item size', () => {
  it('caps mentions so an entity mentioned 60,000 times still fits, keeping the true count', async () => {
    const text = 'Zed Xu. '.repeat(60_000);
    const v = makeVersion(BUCKET, 'huge.txt');
    expect(await writeRecord(stack.table, v, buildFixture(v, text, { people: [['Zed Xu']] }))).toBe('written');
    const record = await getArticle(stack.table, BUCKET, 'huge.txt');
    expect(record!.people[0].mentionCount).toBe(60_000);
    expect(record!.people[0].mentions).toHaveLength(MAX_MENTIONS);
  });

  it('bounds items whose mentions are very long', async () => {
    const name = `${'Long'.repeat(2000)} Name`;
    const text = `${name}. `.repeat(200);
    const v = makeVersion(BUCKET, 'long-name.txt');
    expect(await writeRecord(stack.table, v, buildFixture(v, text, { organizations: [[name]] }))).toBe('written');
    const record = await getArticle(stack.table, BUCKET, 'long-name.txt');
    expect(record!.organizations[0].mentionCount).toBe(200);
    // Stored compressed: the facts item stays far below DynamoDB's 400 KB, whatever the text holds.
    const facts = (await dump('long-name.txt')).find((i) => i.sk === 'FACTS')!;
    expect((facts.z as Uint8Array).length).toBeLessThan(350 * 1024);
  });
});
