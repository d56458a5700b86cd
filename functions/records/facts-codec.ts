// The facts item's payload: JSON, Brotli-compressed (Node's zlib, no dependency). Mentions and contexts
// compress about 3:1, and the item is written once per version, so this is where bytes are cheapest to
// save. A digest of each item lets a rewrite skip what has not changed.
import { createHash } from 'node:crypto';
import { brotliCompressSync, brotliDecompressSync, constants } from 'node:zlib';
import { PermanentError } from '../errors.ts';
import type { ArticleFacts, FactsPayload } from './model.ts';

/** Far below DynamoDB's 400 KB item limit, with room for the keys and attributes around it. */
export const MAX_FACTS_BYTES = 350 * 1024;

export class FactsTooLargeError extends PermanentError {
  override name = 'FactsTooLargeError';
}

/** Key order does not matter to DynamoDB, so digests are of canonical JSON. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value instanceof Uint8Array) return JSON.stringify(Buffer.from(value).toString('base64'));
  if (value && typeof value === 'object') {
    return `{${Object.keys(value).sort().filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export const digestOf = (value: unknown) => createHash('sha256').update(canonical(value)).digest('base64url').slice(0, 8);

const compress = (json: string) => brotliCompressSync(Buffer.from(json), {
  params: { [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_SIZE_HINT]: Buffer.byteLength(json) },
});

/** Fewer mentions per fact: the first `n` of each, in text order (mentionCount keeps the truth). */
function keepMentions(facts: ArticleFacts, n: number): ArticleFacts {
  const cut = <T extends { mentions: unknown[] }>(list: T[]) => list.map((f) => ({ ...f, mentions: f.mentions.slice(0, n) }));
  return { ...facts, people: cut(facts.people), places: cut(facts.places), organizations: cut(facts.organizations), dates: cut(facts.dates), money: cut(facts.money) };
}

/** Compresses the payload, keeping fewer mentions per fact until it fits one item. */
export function encodeFacts(payload: FactsPayload): Uint8Array {
  let size = 0;
  for (const keep of [Number.POSITIVE_INFINITY, 64, 16, 4, 1, 0]) {
    const facts = Number.isFinite(keep) ? keepMentions(payload.facts, keep) : payload.facts;
    const bytes = compress(JSON.stringify({ ...payload, facts }));
    if (bytes.length <= MAX_FACTS_BYTES) return new Uint8Array(bytes);
    size = bytes.length;
  }
  throw new FactsTooLargeError(`the article's facts take ${size.toLocaleString('en-US')} bytes compressed even without mentions; split the article`);
}

export function decodeFacts(z: Uint8Array): FactsPayload {
  return JSON.parse(brotliDecompressSync(z).toString('utf8')) as FactsPayload;
}
