// The reference date's inputs from S3: `x-amz-meta-published-at` user metadata (a bad value is ignored
// with a warning) and the object's LastModified (the last resort), on s3rver and DynamoDB Local. The
// record stores where publishedAt came from, and the outcome carries the written article.
import { HeadObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { Logger } from '@aws-lambda-powertools/logger';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createSqsHandler, type SqsHandler } from '../../functions/handler/create-handler.ts';
import { getArticle, listLatestArticles, type ArticleItem } from '../../functions/records/index.ts';
import { buildSqsEvent } from '../pipeline/build-sqs-event.ts';
import { startLocalTestStack, type LocalTestStack } from '../support/local-test-stack.ts';

let stack: LocalTestStack;
let handler: SqsHandler;
const logger = new Logger({ logLevel: 'SILENT' });
const written = new Map<string, ArticleItem | undefined>();

beforeAll(async () => {
  stack = await startLocalTestStack('published-at');
  handler = createSqsHandler({
    s3: stack.s3, documentClient: stack.documentClient, tableName: stack.tableName, inputPrefix: 'incoming/', maxObjectBytes: 1024 * 1024, logger,
    onOutcome: (_outcome, event) => written.set(event.key, event.article),
  });
});
afterAll(async () => stack?.stop());

async function upload(key: string, body: string, metadata?: Record<string, string>) {
  const result = await stack.s3.send(new PutObjectCommand({ Bucket: stack.bucket, Key: key, Body: body, ContentLength: Buffer.byteLength(body), Metadata: metadata }));
  const spec = { bucket: stack.bucket, key, eTag: (result.ETag ?? '').replace(/"/g, '') };
  expect((await handler(buildSqsEvent([spec]))).batchItemFailures).toEqual([]);
  return (await getArticle(stack.table, stack.bucket, key))!.article;
}

const BODY = 'Angela Merkel met Emmanuel Macron in Berlin last Tuesday to discuss a €2 billion fund.';

describe('publishedAt from S3', () => {
  it.each([
    ['metadata', 'incoming/meta.txt', BODY, { 'published-at': '2024-02-03' }, '2024-02-03', 'metadata'],
    ['the header over nothing', 'incoming/header.txt', `date 2023-08-18\n${BODY}`, undefined, '2023-08-18', 'header'],
    ['metadata over the header', 'incoming/both.txt', `date 2023-08-18\n${BODY}`, { 'published-at': '2024-02-03' }, '2024-02-03', 'metadata'],
  ])('takes %s', async (_label, key, body, metadata, publishedAt, source) => {
    const article = await upload(key, body, metadata);
    expect(article).toMatchObject({ publishedAt, publishedAtSource: source });
    // The handler's outcome carries the article it wrote: no read-back needed for progress lines.
    expect(written.get(key)).toMatchObject({ key, status: 'extracted', publishedAt, publishedAtSource: source });
  });

  it('ignores a malformed metadata value with a warning and falls back to the text', async () => {
    const warn = vi.spyOn(logger, 'warn');
    const article = await upload('incoming/bad-meta.txt', `date 2023-08-18\n${BODY}`, { 'published-at': 'next tuesday' });
    expect(article).toMatchObject({ publishedAt: '2023-08-18', publishedAtSource: 'header' });
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('x-amz-meta-published-at'), expect.objectContaining({ value: 'next tuesday' }));
    warn.mockRestore();
  });

  it('falls back to the upload day (LastModified) when nothing else gives a date', async () => {
    const article = await upload('incoming/undated.txt', BODY);
    expect(article.publishedAtSource).toBe('uploaded');
    const head = await stack.s3.send(new HeadObjectCommand({ Bucket: stack.bucket, Key: 'incoming/undated.txt' }));
    expect(article.publishedAt).toBe(head.LastModified!.toISOString().slice(0, 10));
    const latest = await listLatestArticles(stack.table, { limit: 1 });
    expect(latest.items[0]).toMatchObject({ key: 'incoming/undated.txt', bucket: stack.bucket, publishedAtSource: 'uploaded' });
  });
});
