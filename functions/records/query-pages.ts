// Paging shared by the query functions. A cursor is opaque to callers (base64url JSON): which of the
// partitions a question spans we are in, and DynamoDB's LastEvaluatedKey inside it.
import { QueryCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import type { RecordTable } from './record-table.ts';

export interface Page<T> {
  items: T[];
  /** Pass back to get the next page; absent on the last page. */
  cursor?: string;
}

export class InvalidCursorError extends Error {
  override name = 'InvalidCursorError';
}

export class InvalidQueryError extends Error {
  override name = 'InvalidQueryError';
}

interface CursorState {
  /** Index into the list of partitions the question reads. */
  p: number;
  k?: Record<string, unknown>;
}

export const DEFAULT_LIMIT = 25;
export const MAX_LIMIT = 1000;

export function encodeCursor(state: CursorState): string {
  return Buffer.from(JSON.stringify(state)).toString('base64url');
}

export function decodeCursor(cursor: string | undefined): CursorState {
  if (!cursor) return { p: 0 };
  try {
    const state = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as CursorState;
    if (typeof state.p !== 'number' || (state.k !== undefined && typeof state.k !== 'object')) throw new Error('shape');
    return state;
  } catch {
    throw new InvalidCursorError('the cursor is not one this tool returned');
  }
}

export function checkLimit(limit: number | undefined): number {
  const value = limit ?? DEFAULT_LIMIT;
  if (!Number.isInteger(value) || value < 1 || value > MAX_LIMIT) throw new InvalidQueryError(`limit must be a whole number from 1 to ${MAX_LIMIT}, got ${limit}`);
  return value;
}

/**
 * Reads up to `limit` matching items from a sequence of Queries (one per partition), resuming at
 * `cursor`. `Limit` is set to what is still missing so a FilterExpression never makes us skip rows:
 * LastEvaluatedKey is always exactly where reading stopped.
 */
export async function queryPartitions<T>(
  table: RecordTable,
  partitions: Array<Omit<QueryCommandInput, 'TableName' | 'Limit' | 'ExclusiveStartKey'>>,
  limit: number,
  cursor: string | undefined,
): Promise<Page<T>> {
  const state = decodeCursor(cursor);
  if (state.p >= partitions.length) return { items: [] };
  const items: T[] = [];
  let p = state.p;
  let key = state.k;
  while (p < partitions.length && items.length < limit) {
    const page = await table.client.send(new QueryCommand({ ...partitions[p], TableName: table.tableName, Limit: limit - items.length, ExclusiveStartKey: key }));
    items.push(...((page.Items ?? []) as T[]));
    key = page.LastEvaluatedKey;
    if (!key) p += 1;
  }
  return { items, cursor: p < partitions.length ? encodeCursor({ p, k: key }) : undefined };
}

/** Reads every page of one Query; for questions whose answer is naturally small (one article). */
export async function queryAll<T>(table: RecordTable, input: Omit<QueryCommandInput, 'TableName' | 'ExclusiveStartKey'>): Promise<T[]> {
  const items: T[] = [];
  let key: Record<string, unknown> | undefined;
  do {
    const page = await table.client.send(new QueryCommand({ ...input, TableName: table.tableName, ExclusiveStartKey: key }));
    items.push(...((page.Items ?? []) as T[]));
    key = page.LastEvaluatedKey;
  } while (key);
  return items;
}
