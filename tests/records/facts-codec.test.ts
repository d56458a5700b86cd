// The facts item's payload: compressed, trimmed of mentions before it could pass DynamoDB's item
// limit, and refused (a permanent error the handler records) when even that is not enough.
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { PermanentError } from '../../functions/errors.ts';
import { FactsTooLargeError, MAX_FACTS_BYTES, decodeFacts, digestOf, encodeFacts } from '../../functions/records/facts-codec.ts';
import type { EntityFact, FactsPayload } from '../../functions/records/model.ts';

const entity = (name: string, mentions: number): EntityFact => ({
  type: 'person', name, entityKey: name.toLowerCase(), indexKey: name.toLowerCase(), aliases: [], mentionCount: mentions,
  mentions: Array.from({ length: mentions }, (_, i) => ({ text: name, start: i * 10, end: i * 10 + name.length })), context: `… ${name} …`,
});
const payload = (people: EntityFact[]): FactsPayload => ({ facts: { people, places: [], organizations: [], dates: [], money: [] }, index: [], retired: [] });

describe('facts codec', () => {
  it('round-trips a payload', () => {
    const p = payload([entity('Ana Lima', 3)]);
    expect(decodeFacts(encodeFacts(p))).toEqual(p);
  });

  it('keeps fewer mentions (never the count) when the payload would not fit one item', () => {
    // Incompressible mention texts: 2,000 entities × 100 mentions of 16 random characters.
    const people = Array.from({ length: 2000 }, () => entity(randomBytes(8).toString('hex'), 100)).map((e) => ({ ...e, mentions: e.mentions.map((m) => ({ ...m, text: randomBytes(8).toString('hex') })) }));
    const bytes = encodeFacts(payload(people));
    expect(bytes.length).toBeLessThanOrEqual(MAX_FACTS_BYTES);
    const decoded = decodeFacts(bytes).facts.people;
    expect(decoded[0].mentionCount).toBe(100);
    expect(decoded[0].mentions.length).toBeLessThan(100);
  });

  it('refuses facts that cannot fit even without mentions, as a permanent error', () => {
    const people = Array.from({ length: 20_000 }, () => entity(randomBytes(16).toString('hex'), 0));
    expect(() => encodeFacts(payload(people))).toThrow(FactsTooLargeError);
    expect(() => encodeFacts(payload(people))).toThrow(PermanentError);
  });

  it('digests ignore key order', () => {
    expect(digestOf({ a: 1, b: [1, { c: 2, d: 3 }] })).toBe(digestOf({ b: [1, { d: 3, c: 2 }], a: 1 }));
    expect(digestOf({ a: 1 })).not.toBe(digestOf({ a: 2 }));
  });
});
