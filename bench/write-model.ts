// Write units and stored bytes of the record model, from item sizes with AWS's published rules
// (DynamoDB Local under-reports some requests, and prices follow these rules):
//  - item size = attribute names + values (strings as UTF-8, binary as its bytes, numbers about one
//    byte per two significant digits + 1, lists/maps 3 bytes + 1 per element);
//  - a write costs 1 unit per started KB of the item, per item (a batch is billed per item);
//    a replace or update is sized on the larger of the item before and after; a delete on the item;
//  - transactional writes cost double (the model has none); every secondary index an item is in costs
//    a write of its projected size (the table has none: base items are keyed for each question);
//  - storage = item bytes + 100 bytes of overhead per item (per index too).
import { buildFactsItem, buildRemoval, type BuiltRecord, type ObjectVersion } from '../functions/records/index.ts';

function valueBytes(value: unknown): number {
  if (typeof value === 'string') return Buffer.byteLength(value);
  if (value instanceof Uint8Array) return value.length;
  if (typeof value === 'number') return Math.ceil(String(Math.abs(value)).replace(/[.\-e+]/g, '').replace(/^0+|0+$/g, '').length / 2) + 1;
  if (typeof value === 'boolean' || value === null) return 1;
  if (Array.isArray(value)) return 3 + value.reduce((n: number, v) => n + 1 + valueBytes(v), 0);
  if (typeof value === 'object') return 3 + Object.entries(value as object).reduce((n, [k, v]) => n + 1 + Buffer.byteLength(k) + valueBytes(v), 0);
  return 0;
}

export function itemBytes(item: object): number {
  return Object.entries(item).filter(([, v]) => v !== undefined).reduce((n, [k, v]) => n + Buffer.byteLength(k) + valueBytes(v), 0);
}

export const writeUnits = (item: object) => Math.max(1, Math.ceil(itemBytes(item) / 1024));
export const STORAGE_OVERHEAD_BYTES = 100;

export interface WriteBill {
  /** Write units by item kind (head counts the claim and the finalize). */
  byKind: Record<string, number>;
  /** Items written, by kind. */
  items: Record<string, number>;
  /** Bytes stored by kind (item bytes + 100 each). */
  storedBytes: Record<string, number>;
  total: number;
  stored: number;
}

/** Item kind by key prefix (index items carry no kind attribute: it would cost bytes on every one). */
export const kindOf = (item: { pk: string }) => ({ L: 'activity', E: 'mention', D: 'dates', M: 'money', V: 'term', B: 'bucket' } as Record<string, string>)[item.pk.split('#')[0]] ?? 'other';

const add = (map: Record<string, number>, key: string, n: number) => { map[key] = (map[key] ?? 0) + n; };

/** The claim item a first write creates before the head exists. */
const claimItem = (record: BuiltRecord) => ({ pk: record.head.pk, sk: record.head.sk, claim: record.head.pk.slice(0, 49), claimedAt: new Date(0).toISOString(), leaseUntil: new Date(0).toISOString() });

/**
 * Units to write a record into an empty article partition. `newTerms` is how many of the record's
 * vocabulary items the corpus does not have yet (all of them for the first article naming them).
 */
export function billFirstWrite(version: ObjectVersion, record: BuiltRecord, newTerms: number = record.terms.length): WriteBill {
  const bill: WriteBill = { byKind: {}, items: {}, storedBytes: {}, total: 0, stored: 0 };
  const head = { ...record.head, factsDigest: 'x'.repeat(8) };
  const facts = buildFactsItem(version, record).item;
  add(bill.byKind, 'head', writeUnits(claimItem(record)) + Math.max(writeUnits(claimItem(record)), writeUnits(head)));
  add(bill.items, 'head', 1);
  add(bill.storedBytes, 'head', itemBytes(head) + STORAGE_OVERHEAD_BYTES);
  add(bill.byKind, 'facts', writeUnits(facts));
  add(bill.items, 'facts', 1);
  add(bill.storedBytes, 'facts', itemBytes(facts) + STORAGE_OVERHEAD_BYTES);
  for (const item of record.index) {
    add(bill.byKind, kindOf(item), writeUnits(item));
    add(bill.items, kindOf(item), 1);
    add(bill.storedBytes, kindOf(item), itemBytes(item) + STORAGE_OVERHEAD_BYTES);
  }
  const terms = record.terms.slice(0, newTerms);
  for (const t of terms) {
    add(bill.byKind, kindOf(t), writeUnits(t));
    add(bill.items, kindOf(t), 1);
    add(bill.storedBytes, kindOf(t), itemBytes(t) + STORAGE_OVERHEAD_BYTES);
  }
  bill.total = Object.values(bill.byKind).reduce((a, b) => a + b, 0);
  bill.stored = Object.values(bill.storedBytes).reduce((a, b) => a + b, 0);
  return bill;
}

/**
 * Units to remove it: the claim on the head, the facts replaced by the retired list (a replace is sized
 * on the larger item), every index item deleted (sized on the item), the tombstone put over the head,
 * then the facts deleted.
 */
export function billRemoval(version: ObjectVersion, record: BuiltRecord): number {
  const head = writeUnits({ ...record.head, factsDigest: 'x'.repeat(8) });
  const stored = buildFactsItem(version, record);
  const retiring = buildFactsItem(version, buildRemoval(version, new Date(0)), stored.payload.index).item;
  return head + Math.max(writeUnits(stored.item), writeUnits(retiring)) + record.index.reduce((n, i) => n + writeUnits(i), 0) + head + writeUnits(retiring);
}
