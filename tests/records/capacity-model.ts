// Write units computed from item sizes with AWS's published rules, because DynamoDB Local under-reports
// ConsumedCapacity for TransactWriteItems. Sizes: attribute names + values (strings as UTF-8, numbers
// ~1 byte per two significant digits + 1, lists/maps 3 bytes + 1 per element); one write unit per 1 KB
// (rounded up) per item, doubled for transactional writes; every index an item is in costs a write of
// its projected size (ALL here), two when an update moves the item within the index.
import type { ArticleItems } from '../../functions/records/build-items.ts';

function valueBytes(value: unknown): number {
  if (typeof value === 'string') return Buffer.byteLength(value);
  if (typeof value === 'number') return Math.ceil(String(Math.abs(value)).replace(/[.\-e+]/g, '').replace(/^0+|0+$/g, '').length / 2) + 1;
  if (typeof value === 'boolean' || value === null) return 1;
  if (Array.isArray(value)) return 3 + value.reduce((n: number, v) => n + 1 + valueBytes(v), 0);
  if (typeof value === 'object') return 3 + Object.entries(value as object).reduce((n, [k, v]) => n + 1 + Buffer.byteLength(k) + valueBytes(v), 0);
  return 0;
}

export function itemBytes(item: object): number {
  return Object.entries(item).reduce((n, [k, v]) => n + Buffer.byteLength(k) + valueBytes(v), 0);
}

const units = (item: object) => Math.max(1, Math.ceil(itemBytes(item) / 1024));
const indexes = (item: object) => ['gsi1pk', 'gsi2pk'].filter((k) => k in item).length;

/** A counter update: small item, transactional, moves within gsi2 (its sort key is the count). */
const COUNTER_UPDATE = 2 * 1 + 2;

/** Units to write an article into an empty partition (claim, children, counters, article item). */
export function modelFirstWrite({ article, children }: ArticleItems): number {
  let total = 1; // the claim
  for (const child of children) {
    if (child.kind === 'entity') total += 2 * units(child) + indexes(child) * units(child) + COUNTER_UPDATE;
    else total += units(child) + indexes(child) * units(child);
  }
  return total + units(article) + indexes(article) * units(article);
}

/** Units to remove it: every child deleted (entities with their counters), a tombstone written. */
export function modelRemoval({ article, children }: ArticleItems): number {
  let total = 1 + 1 + 1; // the claim, the tombstone, the article's status index entry removed
  for (const child of children) {
    if (child.kind === 'entity') total += 2 * units(child) + indexes(child) * units(child) + COUNTER_UPDATE;
    else total += units(child) + indexes(child) * units(child);
  }
  return total + 0 * units(article);
}
