// The top-N counters must stay exact: each counter equals the number of entity items with its
// (type, key), and every such (type, key) has one. A Scan is fine here: it checks the whole test table.
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { expect } from 'vitest';
import type { LocalTestStack } from './local-test-stack.ts';

export async function expectExactCounters(stack: Pick<LocalTestStack, 'documentClient' | 'tableName'>): Promise<void> {
  const items: Record<string, unknown>[] = [];
  let key: Record<string, unknown> | undefined;
  do {
    const page = await stack.documentClient.send(new ScanCommand({ TableName: stack.tableName, ExclusiveStartKey: key, ConsistentRead: true }));
    items.push(...(page.Items ?? []));
    key = page.LastEvaluatedKey;
  } while (key);
  const actual = new Map<string, number>();
  for (const i of items.filter((i) => i.kind === 'entity')) actual.set(`${i.type}#${i.entityKey}`, (actual.get(`${i.type}#${i.entityKey}`) ?? 0) + 1);
  const counters = new Map(items.filter((i) => i.kind === 'counter').map((c) => [`${c.type}#${c.entityKey}`, c.gsi2sk as number]));
  for (const [k, n] of actual) expect(counters.get(k), k).toBe(n);
  for (const [k, n] of counters) expect(n, k).toBe(actual.get(k) ?? 0);
}
