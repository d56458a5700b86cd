// The invariants of the record model, checked against the whole test table (a Scan is fine here, in
// a test only): every item outside an article's partition is listed in that article's facts, every
// listed item exists with the listed digest, and top-N equals a count over the articles' facts.
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { expect } from 'vitest';
import { decodeFacts, digestOf } from '../../functions/records/facts-codec.ts';
import { topEntities } from '../../functions/records/aggregates.ts';
import { articlePk, indexedId } from '../../functions/records/keys.ts';
import type { LocalTestStack } from './local-test-stack.ts';

type Item = Record<string, unknown> & { pk: string; sk: string };

export async function scanTable(stack: Pick<LocalTestStack, 'documentClient' | 'tableName'>): Promise<Item[]> {
  const items: Item[] = [];
  let key: Record<string, unknown> | undefined;
  do {
    const page = await stack.documentClient.send(new ScanCommand({ TableName: stack.tableName, ExclusiveStartKey: key, ConsistentRead: true }));
    items.push(...((page.Items ?? []) as Item[]));
    key = page.LastEvaluatedKey;
  } while (key);
  return items;
}

export async function expectExactRecords(stack: Pick<LocalTestStack, 'documentClient' | 'tableName' | 'table'>): Promise<void> {
  const items = await scanTable(stack);
  const byKey = new Map(items.map((i) => [`${i.pk}\n${i.sk}`, i]));
  const listed = new Map<string, string>();
  const counts = new Map<string, number>();
  for (const facts of items.filter((i) => i.sk === 'FACTS')) {
    const head = byKey.get(`${facts.pk}\nARTICLE`);
    // Only finished records must be exact; one whose write is still open is the next delivery's job.
    if (!head || head.claim || head.factsDigest !== facts.digest) continue;
    const payload = decodeFacts(facts.z as Uint8Array);
    for (const [pk, sk, digest] of payload.index) listed.set(`${pk}\n${sk}`, digest);
    if (head.kind === 'article' && head.status === 'extracted') {
      for (const e of [...payload.facts.people, ...payload.facts.places, ...payload.facts.organizations]) counts.set(`${e.type}#${e.indexKey}`, (counts.get(`${e.type}#${e.indexKey}`) ?? 0) + 1);
    }
  }
  // Corpus-wide items (vocabulary, bucket names) belong to no article.
  const foreign = items.filter((i) => !i.pk.startsWith('ART#') && !i.pk.startsWith('V#') && !i.pk.startsWith('B#'));
  expect(foreign.map((i) => `${i.pk}\n${i.sk}`).sort()).toEqual([...listed.keys()].sort());
  for (const item of foreign) expect(digestOf(item), `${item.pk} ${item.sk}`).toBe(listed.get(`${item.pk}\n${item.sk}`));
  for (const type of ['person', 'place', 'organization'] as const) {
    const top = await topEntities(stack.table, type, 1000);
    const expected = [...counts].filter(([k]) => k.startsWith(`${type}#`)).map(([k, n]) => [k.slice(type.length + 1), n]).sort();
    expect(top.map((t) => [t.entityKey, t.articles]).sort()).toEqual(expected);
  }
}

/** Everything recorded about one article, with its id and digests written out, to compare two articles. */
export async function snapshotArticle(stack: Pick<LocalTestStack, 'documentClient' | 'tableName'>, bucket: string, key: string): Promise<unknown[]> {
  const id = indexedId(bucket, key);
  const items = (await scanTable(stack)).filter((i) => i.pk === articlePk(bucket, key) || i.sk.includes(`#${id}`));
  // Ids and processing times differ between two articles by design.
  const normal = (value: unknown) => JSON.parse(JSON.stringify(value).split(id).join('ID').split(`${bucket}/${key}`).join('ID').replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z/g, 'TIME'));
  return items.map((i) => {
    // What differs between two keys by design: the key, the shard its hash picks, and what an earlier
    // version left to retire (expectExactRecords checks that those are gone).
    const { claimedAt: _c, leaseUntil: _l, digest: _d, factsDigest: _f, order: _o, sequencer: _s, key: _k, eventTime: _e, etag: _t, versionId: _v, z, ...rest } = i;
    const shardless = (pk: string) => pk.replace(/#\d+$/, '#n');
    const decoded = z ? decodeFacts(z as Uint8Array) : undefined;
    const facts = decoded ? { ...decoded, index: decoded.index.map(([p, s]) => [shardless(p), s]).sort(), retired: undefined } : undefined;
    return normal({ ...rest, pk: shardless(i.pk), ...(facts ? { facts } : {}) });
  }).sort((a, b) => `${a.pk}\n${a.sk}`.localeCompare(`${b.pk}\n${b.sk}`));
}
