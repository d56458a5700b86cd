// Write cost of the record model, measured on DynamoDB Local with ReturnConsumedCapacity=INDEXES on
// every request, next to the AWS sizing model the bench prices (bench/write-model.ts). Printed for the
// README and the report; the assertions pin the properties the design relies on.
import fs from 'node:fs';
import path from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractArticle } from '../../functions/extract/index.ts';
import { EXTRACTOR_VERSION } from '../../functions/extract/version.ts';
import { buildArticleItems } from '../../functions/records/build-items.ts';
import { createDocumentClient, type RecordTable } from '../../functions/records/record-table.ts';
import { removeArticle, writeRecord } from '../../functions/records/write-article.ts';
import { PROJECT_ROOT, dynamoEndpoint } from '../../local/config.ts';
import { startLocalTestStack, type LocalTestStack } from '../support/local-test-stack.ts';
import { billFirstWrite, billRemoval } from '../../bench/write-model.ts';
import { makeVersion } from './fixtures.ts';

const SAMPLES = path.join(PROJECT_ROOT, 'samples');
const files = fs.readdirSync(SAMPLES).filter((f) => f.endsWith('.txt')).sort();
const WRITE_COMMANDS = new Set(['PutCommand', 'UpdateCommand', 'DeleteCommand', 'BatchWriteCommand', 'TransactWriteCommand', 'PutItemCommand', 'UpdateItemCommand', 'DeleteItemCommand', 'BatchWriteItemCommand', 'TransactWriteItemsCommand']);

let stack: LocalTestStack;
let metered: RecordTable;
const meter = { write: 0, read: 0, requests: 0 };

beforeAll(async () => {
  stack = await startLocalTestStack('write-units', { withS3: false });
  const client = new DynamoDBClient({ endpoint: dynamoEndpoint(stack.config), region: stack.config.region, credentials: stack.config.credentials });
  client.middlewareStack.add((next, context) => async (args) => {
    (args.input as { ReturnConsumedCapacity?: string }).ReturnConsumedCapacity = 'INDEXES';
    const result = await next(args);
    const consumed = (result.output as { ConsumedCapacity?: unknown }).ConsumedCapacity;
    const list = (Array.isArray(consumed) ? consumed : consumed ? [consumed] : []) as Array<{ CapacityUnits?: number }>;
    const units = list.reduce((sum, c) => sum + (c.CapacityUnits ?? 0), 0);
    meter.requests++;
    if (WRITE_COMMANDS.has(context.commandName ?? '')) meter.write += units;
    else meter.read += units;
    return result;
  }, { step: 'initialize', name: 'meter' });
  metered = { client: createDocumentClient(client), tableName: stack.tableName };
});
afterAll(async () => stack?.stop());

async function measure(fn: () => Promise<unknown>) {
  Object.assign(meter, { write: 0, read: 0, requests: 0 });
  await fn();
  return { ...meter };
}

let clock = Date.UTC(2026, 0, 1);
function itemsFor(key: string, text: string) {
  const version = makeVersion('news', key);
  // A distinct processing time per write, as the handler stamps.
  clock += 1000;
  return { version, items: buildArticleItems(version, { text, extraction: extractArticle(text), encoding: 'utf-8', extractorVersion: EXTRACTOR_VERSION, processedAt: new Date(clock).toISOString() }) };
}
const seenTerms = new Set<string>();

/** About 1,000 words of real news prose: the samples' bodies, in order, cut at 1,000 words. */
function thousandWordArticle(): string {
  const words = files.map((f) => fs.readFileSync(path.join(SAMPLES, f), 'utf8').replace(/^\s*date \d{4}-\d{2}-\d{2}/, '')).join('\n\n').split(/(?<=\s)/);
  const out: string[] = [];
  let count = 0;
  for (const w of words) {
    if (w.trim()) count++;
    if (count > 1000) break;
    out.push(w);
  }
  return `date 2025-05-06 ${out.join('').trim()}`;
}

describe('write units', () => {
  it('per sample and per 1,000-word article', async () => {
    const rows: string[] = [];
    const articles = [...files.map((f) => [f, fs.readFileSync(path.join(SAMPLES, f), 'utf8')] as const), ['1,000-word article', thousandWordArticle()] as const];
    for (const [name, text] of articles) {
      const { version, items } = itemsFor(`units/${name}`, text);
      const first = await measure(() => writeRecord(metered, version, items));
      const duplicate = await measure(() => writeRecord(metered, version, items));
      const again = itemsFor(`units/${name}`, text);
      const reprocess = await measure(() => writeRecord(metered, again.version, again.items));
      const removal = await measure(() => removeArticle(metered, makeVersion('news', `units/${name}`)));
      const fresh = items.terms.filter((t) => !seenTerms.has(`${t.pk}\n${t.sk}`));
      for (const t of fresh) seenTerms.add(`${t.pk}\n${t.sk}`);
      const model = billFirstWrite(version, { ...items, terms: fresh });
      rows.push([
        name.padEnd(26),
        String(text.split(/\s+/).filter(Boolean).length).padStart(5),
        `${Object.entries(model.items).map(([k, n]) => `${n} ${k}`).join(', ')}`.padEnd(70),
        String(model.total).padStart(6),
        first.write.toFixed(0).padStart(6),
        reprocess.write.toFixed(0).padStart(6),
        duplicate.write.toFixed(0).padStart(5),
        String(billRemoval(version, items)).padStart(7),
        removal.write.toFixed(0).padStart(7),
      ].join(' | '));
      // DynamoDB Local reports every write the model counts (it sizes updates on the new item only).
      expect(first.write).toBeGreaterThanOrEqual(model.total - 1);
      expect(first.write).toBeLessThanOrEqual(model.total);
      // Within a unit: DynamoDB Local sizes some replaced items on the new item only.
      expect(Math.abs(removal.write - billRemoval(version, items))).toBeLessThanOrEqual(1);
      // Reprocessing unchanged text rewrites only the head, the facts and the activity item (the
      // processing time is in its key): far less than the first write.
      expect(reprocess.write).toBeLessThan(first.write / 2);
      expect(first.write).toBeGreaterThan(0);
      // A redelivered event costs reads only; a re-upload of unchanged text never pays for counters.
      expect(duplicate.write).toBe(0);
      expect(reprocess.write).toBeLessThan(first.write);
    }
    const header = ['article'.padEnd(26), 'words', 'items'.padEnd(70), ' model', ' local', 'reupld', ' dup.', 'rm model', 'rm local'].join(' | ');
    console.log(`\nWrite units per article: model = AWS sizing rules (bench/write-model.ts), vocabulary charged on first sight; local = DynamoDB Local's ConsumedCapacity\n${header}\n${rows.join('\n')}`);
  });
});
