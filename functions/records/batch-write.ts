// BatchWriteItem in chunks of 25 with UnprocessedItems retried with backoff, and BatchGetItem in chunks
// of 100 the same way. Nothing is dropped: when the retries run out the error is thrown, the message
// fails, and SQS delivers it again.
import { BatchGetCommand, BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import { MAX_ATTEMPTS, RetriesExhaustedError, backoffDelay, chunk, sleep } from './backoff.ts';
import type { RecordTable } from './record-table.ts';

export type WriteRequest = { PutRequest: { Item: Record<string, unknown> } } | { DeleteRequest: { Key: Record<string, unknown> } };
export interface ItemKey {
  pk: string;
  sk: string;
}

const BATCH_SIZE = 25;
const GET_BATCH_SIZE = 100;

const keyOf = (r: WriteRequest) => {
  const k = 'PutRequest' in r ? r.PutRequest.Item : r.DeleteRequest.Key;
  return `${String(k.pk)}\n${String(k.sk)}`;
};

/** Writes every request; a key requested twice keeps its last request (a batch may not repeat a key). */
export async function batchWriteAll(table: RecordTable, requests: WriteRequest[]): Promise<void> {
  const unique = [...new Map(requests.map((r) => [keyOf(r), r])).values()];
  for (const batch of chunk(unique, BATCH_SIZE)) {
    let pending: WriteRequest[] = batch;
    for (let attempt = 0; pending.length > 0; attempt++) {
      if (attempt >= MAX_ATTEMPTS) {
        throw new RetriesExhaustedError(`${pending.length} writes to ${table.tableName} were still unprocessed after ${MAX_ATTEMPTS} attempts`);
      }
      if (attempt > 0) await sleep(backoffDelay(attempt));
      const result = await table.client.send(new BatchWriteCommand({ RequestItems: { [table.tableName]: pending } }));
      pending = (result.UnprocessedItems?.[table.tableName] ?? []) as WriteRequest[];
    }
  }
}

/** The keys among `keys` that exist (eventually consistent: a miss only costs a redundant put). */
export async function findExistingKeys(table: RecordTable, keys: ItemKey[]): Promise<Set<string>> {
  const items = await batchGetItems<ItemKey>(table, keys, 'pk, sk');
  return new Set(items.map((item) => `${String(item.pk)}\n${String(item.sk)}`));
}

export const putRequest = (item: object): WriteRequest => ({ PutRequest: { Item: item as Record<string, unknown> } });
export const deleteRequest = (key: ItemKey): WriteRequest => ({ DeleteRequest: { Key: { pk: key.pk, sk: key.sk } } });

/** Reads items by key, 100 per request, eventually consistent; missing items are left out. */
export async function batchGetItems<T>(table: RecordTable, keys: ItemKey[], projection?: string): Promise<T[]> {
  const items: T[] = [];
  const unique = [...new Map(keys.map((k) => [`${k.pk}\n${k.sk}`, k])).values()];
  for (const batch of chunk(unique, GET_BATCH_SIZE)) {
    let pending: ItemKey[] = batch;
    for (let attempt = 0; pending.length > 0; attempt++) {
      if (attempt >= MAX_ATTEMPTS) throw new RetriesExhaustedError(`${pending.length} reads of ${table.tableName} were still unprocessed after ${MAX_ATTEMPTS} attempts`);
      if (attempt > 0) await sleep(backoffDelay(attempt));
      const result = await table.client.send(new BatchGetCommand({
        RequestItems: { [table.tableName]: { Keys: pending.map((k) => ({ pk: k.pk, sk: k.sk })), ...(projection ? { ProjectionExpression: projection } : {}) } },
      }));
      items.push(...((result.Responses?.[table.tableName] ?? []) as T[]));
      pending = (result.UnprocessedKeys?.[table.tableName]?.Keys ?? []) as ItemKey[];
    }
  }
  return items;
}
