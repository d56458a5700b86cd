// Search by any part of a name, end to end: the five samples go through the handler (s3rver +
// DynamoDB Local), then `gleaner query entity` finds every article naming Kassym-Jomart Tokayev by his
// family name, by his full name written either way, and the CLI prints all five.
import fs from 'node:fs';
import path from 'node:path';
import { Logger } from '@aws-lambda-powertools/logger';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSqsHandler } from '../../functions/handler/create-handler.ts';
import { findArticlesByEntity } from '../../functions/records/index.ts';
import { PROJECT_ROOT } from '../../local/config.ts';
import { expectExactRecords } from '../support/exact-records.ts';
import { startLocalTestStack, type LocalTestStack } from '../support/local-test-stack.ts';
import { runGleaner } from '../support/run-gleaner.ts';
import { buildSqsEvent } from './build-sqs-event.ts';

const SAMPLES = fs.readdirSync(path.join(PROJECT_ROOT, 'samples')).filter((f) => f.endsWith('.txt')).sort();
const KEYS = SAMPLES.map((f) => `incoming/${f}`).sort();
let stack: LocalTestStack;

beforeAll(async () => {
  stack = await startLocalTestStack('name-search');
  const handler = createSqsHandler({
    s3: stack.s3, documentClient: stack.documentClient, tableName: stack.tableName, inputPrefix: 'incoming/', maxObjectBytes: 10 * 1024 * 1024,
    logger: new Logger({ logLevel: 'SILENT' }),
  });
  const specs = [];
  for (const f of SAMPLES) specs.push({ bucket: stack.bucket, key: `incoming/${f}`, eTag: await stack.putObject(`incoming/${f}`, fs.readFileSync(path.join(PROJECT_ROOT, 'samples', f))) });
  expect((await handler(buildSqsEvent(specs))).batchItemFailures).toEqual([]);
});
afterAll(async () => stack?.stop());

describe('search by any part of a name', () => {
  it.each(['tokayev', 'Tokayev', 'kassym-jomart tokayev', 'Kassym Jomart Tokayev', 'Kassym-Jomart', 'jomart tokayev'])('%s finds all five samples', async (name) => {
    const keys = new Set<string>();
    let cursor: string | undefined;
    do {
      const page = await findArticlesByEntity(stack.table, name, { type: 'person', limit: 2, cursor });
      for (const h of page.items) keys.add(h.key);
      cursor = page.cursor;
    } while (cursor);
    expect([...keys].sort()).toEqual(KEYS);
  });

  it('gleaner query entity tokayev lists all five samples', async () => {
    const saved = { ...process.env };
    Object.assign(process.env, {
      AWS_ENDPOINT_URL_DYNAMODB: `http://127.0.0.1:${stack.config.dynamoPort}`, AWS_REGION: stack.config.region,
      AWS_ACCESS_KEY_ID: stack.config.credentials.accessKeyId, AWS_SECRET_ACCESS_KEY: stack.config.credentials.secretAccessKey,
    });
    try {
      const result = await runGleaner('query', 'entity', 'tokayev', '--json', '--all', '--aws', '--table', stack.tableName, '--bucket', stack.bucket);
      expect(result.code).toBe(0);
      const hits = result.out.split('\n').filter(Boolean).map((l) => JSON.parse(l) as { key: string; name: string });
      expect([...new Set(hits.filter((h) => h.name === 'Kassym-Jomart Tokayev').map((h) => h.key))].sort()).toEqual(KEYS);
    } finally {
      process.env = saved;
    }
  });

  it('keeps the table exact (every index item listed by its article, top-N equal to a full count)', async () => {
    await expectExactRecords(stack);
  });
});
