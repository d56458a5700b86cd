// BatchWriteItem in chunks of 25 with UnprocessedItems retried with backoff. Nothing is dropped: when
// the retries run out the error is thrown, the message fails, and SQS delivers it again.
import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import { MAX_ATTEMPTS, RetriesExhaustedError, backoffDelay, chunk, sleep } from './backoff.ts';
import type { RecordTable } from './record-table.ts';

type WriteRequest = { PutRequest: { Item: Record<string, unknown> } } | { DeleteRequest: { Key: Record<string, unknown> } };

const BATCH_SIZE = 25;

export async function batchWriteAll(table: RecordTable, requests: WriteRequest[]): Promise<void> {
  for (const batch of chunk(requests, BATCH_SIZE)) {
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

export const putRequest = (item: object): WriteRequest => ({ PutRequest: { Item: item as Record<string, unknown> } });
export const deleteRequest = (key: { pk: string; sk: string }): WriteRequest => ({ DeleteRequest: { Key: { pk: key.pk, sk: key.sk } } });
