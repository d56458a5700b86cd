// Issue 5's bad inputs, all in ONE batch with a good article: each ends with the right record (or a
// logged skip) and nothing fails the batch.
import fs from 'node:fs';
import path from 'node:path';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { Logger } from '@aws-lambda-powertools/logger';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSqsHandler, type ProcessOutcome } from '../../functions/handler/create-handler.ts';
import { articlePk } from '../../functions/records/keys.ts';
import { findFailed, getArticle } from '../../functions/records/queries.ts';
import { PROJECT_ROOT } from '../../local/config.ts';
import { MAX_OBJECT_BYTES } from '../../infra/definitions.ts';
import { startLocalTestStack, type LocalTestStack } from '../support/local-test-stack.ts';
import { buildSqsEvent, type S3EventSpec } from './build-sqs-event.ts';

const sample = fs.readFileSync(path.join(PROJECT_ROOT, 'samples', fs.readdirSync(path.join(PROJECT_ROOT, 'samples')).sort()[0]));
const ARTICLE = 'date 2024-02-02\nKassym-Jomart Tokayev met officials in Astana, Kazakhstan, on Friday.';

interface Case {
  label: string;
  key: string;
  body?: Uint8Array | string;
  outcome: ProcessOutcome;
  /** For records: status and a fragment of the reason (rejected) or of the article item (extracted). */
  expectRecord?: { status: string; reason?: RegExp; fields?: Record<string, unknown> };
}

const random = Buffer.from(Array.from({ length: 8192 }, (_, i) => (i * 2654435761) % 256));
const CASES: Case[] = [
  { label: 'a good sample', key: 'incoming/good.txt', body: sample, outcome: 'extracted', expectRecord: { status: 'extracted' } },
  { label: 'empty object', key: 'incoming/empty.txt', body: '', outcome: 'rejected', expectRecord: { status: 'rejected', reason: /empty/ } },
  { label: 'whitespace only', key: 'incoming/blank.txt', body: '  \n\n\t \r\n', outcome: 'rejected', expectRecord: { status: 'rejected', reason: /whitespace/ } },
  { label: 'a PDF', key: 'incoming/report.pdf', body: Buffer.concat([Buffer.from('%PDF-1.4\n'), random]), outcome: 'rejected', expectRecord: { status: 'rejected', reason: /PDF document/ } },
  { label: 'an image', key: 'incoming/photo.png', body: Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), random]), outcome: 'rejected', expectRecord: { status: 'rejected', reason: /PNG image/ } },
  { label: 'random bytes', key: 'incoming/random.bin', body: random, outcome: 'rejected', expectRecord: { status: 'rejected', reason: /binary data/ } },
  { label: 'invalid UTF-8 (one broken byte)', key: 'incoming/broken-utf8.txt', body: Buffer.concat([Buffer.from('Việt Nam '), Buffer.from([0xc3]), Buffer.from(` ${ARTICLE}`)]), outcome: 'extracted', expectRecord: { status: 'extracted', fields: { encoding: 'utf-8' } } },
  { label: 'UTF-8 with BOM', key: 'incoming/bom.txt', body: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ARTICLE)]), outcome: 'extracted', expectRecord: { status: 'extracted', fields: { encoding: 'utf-8', publishedAt: '2024-02-02' } } },
  { label: 'UTF-16 with BOM', key: 'incoming/utf16.txt', body: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ARTICLE, 'utf16le')]), outcome: 'extracted', expectRecord: { status: 'extracted', fields: { encoding: 'utf-16le', publishedAt: '2024-02-02' } } },
  { label: 'Latin-1', key: 'incoming/latin1.txt', body: Buffer.from(`${ARTICLE} José Martí arrived in Zürich.`, 'latin1'), outcome: 'extracted', expectRecord: { status: 'extracted', fields: { encoding: 'windows-1252' } } },
  { label: 'an HTML page', key: 'incoming/page.html', body: `<!DOCTYPE html><html><head><title>Visit</title><script>var a="Joe Biden";</script></head><body><p>${ARTICLE}</p></body></html>`, outcome: 'extracted', expectRecord: { status: 'extracted', fields: { format: 'html' } } },
  { label: 'a 20 MB text file', key: 'incoming/huge.txt', body: Buffer.alloc(20 * 1024 * 1024, 'Kazakhstan. '), outcome: 'rejected', expectRecord: { status: 'rejected', reason: /20,971,520 bytes, above the 2,097,152 bytes limit/ } },
  { label: 'a text with no entities', key: 'incoming/nothing.txt', body: 'nothing to see here, just lower case words.', outcome: 'extracted', expectRecord: { status: 'extracted', fields: { counts: { people: 0, places: 0, organizations: 0, dates: 0, money: 0 } } } },
  { label: 'a folder marker', key: 'incoming/folder/', body: '', outcome: 'folder-marker' },
  { label: 'a key outside the input prefix', key: 'elsewhere/a.txt', body: ARTICLE, outcome: 'outside-prefix' },
  { label: 'an object deleted before processing', key: 'incoming/vanished.txt', outcome: 'object-gone' },
];

let stack: LocalTestStack;
beforeAll(async () => {
  stack = await startLocalTestStack('bad-input');
});
afterAll(async () => stack?.stop());

describe('bad input in one batch', () => {
  it('gives each input its record or skip, and fails no message', async () => {
    const specs: Array<S3EventSpec | string> = [];
    for (const c of CASES) {
      if (c.body !== undefined) await stack.putObject(c.key, c.body);
      specs.push({ bucket: stack.bucket, key: c.key, size: c.body?.length ?? 0 });
    }
    specs.push(JSON.stringify({ Service: 'Amazon S3', Event: 's3:TestEvent', Bucket: stack.bucket }));
    specs.push('{"this is": "not an S3 event"}');
    specs.push('<<<not json>>>');

    const outcomes = new Map<string, ProcessOutcome>();
    const handler = createSqsHandler({
      s3: stack.s3, documentClient: stack.documentClient, tableName: stack.tableName, inputPrefix: 'incoming/',
      maxObjectBytes: MAX_OBJECT_BYTES, logger: new Logger({ logLevel: 'SILENT' }),
      onOutcome: (outcome, event) => outcomes.set(event.key, outcome),
    });
    const result = await handler(buildSqsEvent(specs));
    expect(result.batchItemFailures).toEqual([]);

    for (const c of CASES) {
      expect(outcomes.get(c.key), c.label).toBe(c.outcome);
      const record = await getArticle(stack.table, stack.bucket, c.key);
      if (!c.expectRecord) {
        const items = await stack.documentClient.send(new QueryCommand({ TableName: stack.tableName, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': articlePk(stack.bucket, c.key) } }));
        // Skips leave nothing; a vanished object is treated as removed (a tombstone, no article).
        expect(items.Items?.map((i) => i.kind), c.label).toEqual(c.outcome === 'object-gone' ? ['tombstone'] : []);
        expect(record, c.label).toBeNull();
        continue;
      }
      expect(record?.article.status, c.label).toBe(c.expectRecord.status);
      if (c.expectRecord.reason) expect(record?.article.reason, c.label).toMatch(c.expectRecord.reason);
      if (c.expectRecord.fields) expect(record?.article, c.label).toMatchObject(c.expectRecord.fields);
    }

    const good = await getArticle(stack.table, stack.bucket, 'incoming/good.txt');
    expect(good!.places.map((p) => p.entityKey)).toContain('kazakhstan');
    // Offsets of text read through a BOM, UTF-16 or HTML still slice back out of the decoded text.
    const html = await getArticle(stack.table, stack.bucket, 'incoming/page.html');
    const page = String(CASES.find((c) => c.key === 'incoming/page.html')!.body);
    for (const e of [...html!.people, ...html!.places]) for (const m of e.mentions) expect(page.slice(m.start, m.end)).toBe(m.text);
    expect(html!.people.map((p) => p.name)).not.toContain('Joe Biden');

    const failed = await findFailed(stack.table, { limit: 100 });
    expect(failed.items.map((a) => a.key).sort()).toEqual(CASES.filter((c) => c.expectRecord?.status === 'rejected').map((c) => c.key).sort());
  });
});
