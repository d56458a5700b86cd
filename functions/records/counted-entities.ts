// Entity items and the corpus-wide TOP counters move together. Invariant: a counter equals the number
// of entity items with its (type, key) that exist. Every creation and deletion of an entity item runs
// in one transaction with its counter's ADD, conditioned on the item not existing / existing, so a
// redelivered message, a crash between two writes or two workers on one key can never count twice or
// forget a decrement. Overwriting an entity item that already exists changes no counter, so it is a
// plain PutItem conditioned on the item still existing.
import { PutCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { MAX_ATTEMPTS, RetriesExhaustedError, backoffDelay, chunk, mapWithLimit, sleep } from './backoff.ts';
import { COUNTER_SK, counterPk, topGsiPk } from './keys.ts';
import type { EntityItem } from './model.ts';
import type { RecordTable } from './record-table.ts';

/** Pairs per transaction (two actions each); DynamoDB allows 100 actions. */
const PAIRS_PER_TRANSACTION = 25;
const PARALLEL_PUTS = 8;

type EntityRef = Pick<EntityItem, 'pk' | 'sk' | 'type' | 'entityKey' | 'name'>;

const isConditionFailure = (error: unknown) => (error as Error)?.name === 'ConditionalCheckFailedException';

function counterUpdate(table: RecordTable, entity: EntityRef, delta: 1 | -1) {
  return {
    Update: {
      TableName: table.tableName,
      Key: { pk: counterPk(entity.type, entity.entityKey), sk: COUNTER_SK },
      UpdateExpression: 'ADD gsi2sk :delta SET gsi2pk = :gpk, #kind = :kind, #type = :type, entityKey = :key, #name = if_not_exists(#name, :name)',
      ExpressionAttributeNames: { '#kind': 'kind', '#type': 'type', '#name': 'name' },
      ExpressionAttributeValues: { ':delta': delta, ':gpk': topGsiPk(entity.type), ':kind': 'counter', ':type': entity.type, ':key': entity.entityKey, ':name': entity.name },
    },
  };
}

/**
 * Runs pair transactions; a pair whose condition fails is handed back (the item was created or
 * deleted by someone else meanwhile), pairs cancelled only because a neighbour failed are retried.
 */
async function runPairs<T extends EntityRef>(table: RecordTable, pairs: T[], toActions: (p: T) => object[]): Promise<T[]> {
  const conflicted: T[] = [];
  for (const group of chunk(pairs, PAIRS_PER_TRANSACTION)) {
    let pending = group;
    for (let attempt = 0; pending.length > 0; attempt++) {
      if (attempt >= MAX_ATTEMPTS) throw new RetriesExhaustedError(`a transaction on ${table.tableName} kept being cancelled after ${MAX_ATTEMPTS} attempts`);
      if (attempt > 0) await sleep(backoffDelay(attempt));
      try {
        await table.client.send(new TransactWriteCommand({ TransactItems: pending.flatMap(toActions) as never }));
        pending = [];
      } catch (error) {
        if ((error as Error).name !== 'TransactionCanceledException') throw error;
        const reasons = (error as { CancellationReasons?: Array<{ Code?: string }> }).CancellationReasons ?? [];
        const failedItem = (i: number) => reasons[i * 2]?.Code === 'ConditionalCheckFailed';
        conflicted.push(...pending.filter((_, i) => failedItem(i)));
        pending = pending.filter((_, i) => !failedItem(i));
      }
    }
  }
  return conflicted;
}

/** Creates the entity items that do not exist yet, each with its counter's +1. Returns those that did. */
function createEntities(table: RecordTable, items: EntityItem[]): Promise<EntityItem[]> {
  return runPairs(table, items, (item) => [
    { Put: { TableName: table.tableName, Item: item, ConditionExpression: 'attribute_not_exists(pk)' } },
    counterUpdate(table, item, 1),
  ]);
}

/** Overwrites entity items that exist. Returns those that had vanished meanwhile. */
async function overwriteEntities(table: RecordTable, items: EntityItem[]): Promise<EntityItem[]> {
  const vanished = await mapWithLimit(items, PARALLEL_PUTS, async (item) => {
    try {
      await table.client.send(new PutCommand({ TableName: table.tableName, Item: item, ConditionExpression: 'attribute_exists(pk)' }));
      return null;
    } catch (error) {
      if (isConditionFailure(error)) return item;
      throw error;
    }
  });
  return vanished.filter((i): i is EntityItem => i !== null);
}

/** Writes entity items so that each exists exactly once and is counted exactly once. */
export async function putEntities(table: RecordTable, items: EntityItem[], existingSks: Set<string>): Promise<void> {
  let toCreate = items.filter((i) => !existingSks.has(i.sk));
  let toOverwrite = items.filter((i) => existingSks.has(i.sk));
  // Two rounds settle any race with one concurrent writer; more means something is badly wrong.
  for (let round = 0; toCreate.length || toOverwrite.length; round++) {
    if (round >= MAX_ATTEMPTS) throw new RetriesExhaustedError('entity items kept changing under concurrent writers');
    const existedAlready = await createEntities(table, toCreate);
    const vanished = await overwriteEntities(table, toOverwrite);
    toCreate = vanished;
    toOverwrite = existedAlready;
  }
}

/** Deletes entity items, each with its counter's -1; items already gone are skipped. */
export async function deleteEntities(table: RecordTable, items: EntityRef[]): Promise<void> {
  await runPairs(table, items, (item) => [
    { Delete: { TableName: table.tableName, Key: { pk: item.pk, sk: item.sk }, ConditionExpression: 'attribute_exists(pk)' } },
    counterUpdate(table, item, -1),
  ]);
}
