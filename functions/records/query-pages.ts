// Paging shared by the query functions. A question reads one or more *streams* (a Query of one
// partition, e.g. one shard of a sharded key) and returns their items merged in sort-key order, a
// page at a time. The cursor is opaque to callers (base64url JSON): which group of streams we are in
// and, per stream, where it stopped (or that it is done) — a composite cursor.
//
// Merging: each round reads up to the missing number of items from every open stream, in parallel;
// an item is returned only when no open stream can still produce one that sorts before it (its sort
// key is past every open stream's LastEvaluatedKey), so the merged order is exact. Each stream is asked
// for twice its share of the page; items read but not returned are read again on the next page.
import { QueryCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import { PermanentError } from '../errors.ts';
import type { RecordTable } from './record-table.ts';

export interface Page<T> {
  items: T[];
  /** Pass back to get the next page; absent on the last page. */
  cursor?: string;
}

export class InvalidCursorError extends PermanentError {
  override name = 'InvalidCursorError';
}

export class InvalidQueryError extends PermanentError {
  override name = 'InvalidQueryError';
}

export const DEFAULT_LIMIT = 25;
export const MAX_LIMIT = 1000;

export function checkLimit(limit: number | undefined): number {
  const value = limit ?? DEFAULT_LIMIT;
  if (!Number.isInteger(value) || value < 1 || value > MAX_LIMIT) throw new InvalidQueryError(`limit must be a whole number from 1 to ${MAX_LIMIT}, got ${limit}`);
  return value;
}

export type StreamQuery = Omit<QueryCommandInput, 'TableName' | 'Limit' | 'ExclusiveStartKey'>;

export interface Stream {
  /** Stable name of the stream in the cursor (its partition key). */
  id: string;
  query: StreamQuery;
}

type Key = Record<string, unknown>;
interface CursorState {
  /** Index of the group being read. */
  g: number;
  /** Per stream id of that group: where to resume, or null when done. */
  s: Record<string, Key | null>;
}

function encodeCursor(state: CursorState): string {
  return Buffer.from(JSON.stringify(state)).toString('base64url');
}

function decodeCursor(cursor: string | undefined): CursorState {
  if (!cursor) return { g: 0, s: {} };
  try {
    const state = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as CursorState;
    if (typeof state.g !== 'number' || typeof state.s !== 'object' || state.s === null) throw new Error('shape');
    return state;
  } catch {
    throw new InvalidCursorError('the cursor is not one this tool returned');
  }
}

export interface MergeOptions<T> {
  limit: number;
  cursor?: string;
  /** Newest/largest first (every stream must be read with ScanIndexForward: false). */
  descending?: boolean;
  /** Turns an item into zero or more results (e.g. a dates item into its matching values). */
  expand?: (item: Key, groupIndex: number) => T[];
}

/**
 * Reads the groups one after the other; inside a group its streams are merged by sort key `sk`.
 * `limit` counts items read from the table; `expand` may turn them into more or fewer results.
 */
export async function readMerged<T>(table: RecordTable, groups: Stream[][], options: MergeOptions<T>): Promise<Page<T>> {
  const state = decodeCursor(options.cursor);
  const expand = options.expand ?? ((item: Key) => [item as T]);
  const before = (a: string, b: string) => (options.descending ? a > b : a < b);
  const results: T[] = [];
  let taken = 0;
  let g = state.g;
  let positions: Record<string, Key | null> = state.s;
  while (g < groups.length && taken < options.limit) {
    const group = groups[g];
    const open = group.filter((s) => positions[s.id] !== null);
    if (!open.length) {
      g += 1;
      positions = {};
      continue;
    }
    const need = options.limit - taken;
    // Each shard holds about 1/n of the answer: ask each for twice its share, not for the whole page,
    // so a large page over many shards does not read (and discard) n pages.
    const perStream = Math.min(need, Math.max(8, Math.ceil((2 * need) / open.length)));
    const reads = await Promise.all(open.map(async (stream) => {
      const page = await table.client.send(new QueryCommand({ ...stream.query, TableName: table.tableName, Limit: perStream, ExclusiveStartKey: positions[stream.id] ?? undefined }));
      return { stream, items: (page.Items ?? []) as Key[], last: page.LastEvaluatedKey as Key | undefined };
    }));
    // A stream that stopped at LastEvaluatedKey X can still produce anything sorting after X, so only
    // items up to the earliest such X are certain of their place.
    const limits = reads.filter((r) => r.last).map((r) => String(r.last!.sk));
    const bound = limits.length ? limits.reduce((a, b) => (before(b, a) ? b : a)) : undefined;
    const merged = reads.flatMap((r) => r.items.map((item) => ({ r, item, sk: String(item.sk) })))
      .filter((x) => bound === undefined || !before(bound, x.sk))
      .sort((a, b) => (a.sk === b.sk ? 0 : before(a.sk, b.sk) ? -1 : 1));
    let cut = Math.min(need, merged.length);
    // Equal sort keys (one article found through two names) stay on one page.
    while (cut > 0 && cut < merged.length && merged[cut].sk === merged[cut - 1].sk) cut += 1;
    const chosen = merged.slice(0, cut);
    for (const x of chosen) results.push(...expand(x.item, g));
    taken += chosen.length;
    for (const r of reads) {
      const mine = chosen.filter((x) => x.r === r);
      if (mine.length === r.items.length) positions[r.stream.id] = r.last ?? null;
      else if (mine.length) positions[r.stream.id] = { pk: mine[mine.length - 1].item.pk, sk: mine[mine.length - 1].item.sk };
    }
  }
  const more = g < groups.length && (groups[g].some((s) => positions[s.id] !== null) || g + 1 < groups.length);
  return { items: results, cursor: more ? encodeCursor({ g, s: positions }) : undefined };
}

/** Reads every page of one Query; for questions whose answer is naturally bounded. */
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
