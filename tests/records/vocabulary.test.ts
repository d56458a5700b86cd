// The vocabulary costs writes once per corpus: the first article naming "Kassym-Jomart Tokayev" writes
// his terms, the next ones write none (a read, then nothing; in the same process not even the read).
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDocumentClient, findArticlesByEntity, writeRecord, type RecordTable } from '../../functions/records/index.ts';
import { bucketCode, bucketPk } from '../../functions/records/keys.ts';
import { attachCapacityMeter, type CapacityMeter } from '../../bench/capacity-meter.ts';
import { billFirstWrite } from '../../bench/write-model.ts';
import { dynamoEndpoint } from '../../local/config.ts';
import { startLocalTestStack, type LocalTestStack } from '../support/local-test-stack.ts';
import { buildFixture, makeVersion } from './fixtures.ts';

let stack: LocalTestStack;
let metered: RecordTable;
let meter: CapacityMeter;
const calls: string[] = [];

beforeAll(async () => {
  stack = await startLocalTestStack('vocabulary', { withS3: false });
  const client = new DynamoDBClient({ endpoint: dynamoEndpoint(stack.config), region: stack.config.region, credentials: stack.config.credentials });
  client.middlewareStack.add((next, context) => async (args) => { calls.push(context.commandName ?? ''); return next(args); }, { step: 'initialize', name: 'calls' });
  const documentClient = createDocumentClient(client);
  meter = attachCapacityMeter(documentClient);
  metered = { client: documentClient, tableName: stack.tableName };
});
afterAll(async () => stack?.stop());

const TEXT = 'Kassym-Jomart Tokayev met PT Pertamina in Astana.';
const SPEC = { people: [['Kassym-Jomart Tokayev']], organizations: [['PT Pertamina']], places: [['Astana']] } as never;

describe('vocabulary', () => {
  it('is written by the first article naming an entity and never again', async () => {
    const first = makeVersion('news', 'v-1.txt');
    const record = buildFixture(first, TEXT, SPEC);
    expect(record.terms.map((t) => t.pk).sort()).toEqual([bucketPk(bucketCode('news')), 'V#jomart', 'V#kassym', 'V#kassymjomart', 'V#pertamina', 'V#tokayev'].sort());
    meter.writeUnits = 0;
    await writeRecord(metered, first, record);
    expect(meter.writeUnits).toBe(billFirstWrite(first, record).total);

    const second = makeVersion('news', 'v-2.txt');
    const again = buildFixture(second, TEXT, SPEC);
    meter.writeUnits = 0;
    calls.length = 0;
    await writeRecord(metered, second, again);
    // The same process remembers the terms: no lookup, no write.
    expect(calls).not.toContain('BatchGetItemCommand');
    expect(meter.writeUnits).toBe(billFirstWrite(second, again, 0).total);
    expect(meter.writeUnits).toBe(billFirstWrite(first, record).total - record.terms.length);

    for (const name of ['tokayev', 'Kassym Jomart Tokayev', 'Pertamina', 'PT Pertamina']) {
      expect((await findArticlesByEntity(stack.table, name)).items.map((h) => h.key).sort(), name).toEqual(['v-1.txt', 'v-2.txt']);
    }
  });
});
