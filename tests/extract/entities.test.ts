// The entity step as a whole: my own test articles (other countries and topics than the samples),
// span offsets, one entity per key, and speed against compromise's own people()/places()/organizations().
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nlp } from '../../functions/extract/nlp.ts';
import { findEntities } from '../../functions/extract/entities/find-entities.ts';
import { splitSegments } from '../../functions/extract/segments.ts';
import { foldText } from '../../functions/extract/keys.ts';
import type { Entity } from '../../functions/extract/types.ts';
import { entitiesOf, entityNamed, formsOf } from './fixtures/entities/find.ts';

const FIXTURES = join(import.meta.dirname, 'fixtures/entities');
const TYPES = ['people', 'places', 'organizations'] as const;

interface Expected {
  people: string[][];
  places: string[][];
  organizations: string[][];
  never: string[];
}

const articles = readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')).map((f) => ({
  name: f,
  text: readFileSync(join(FIXTURES, f), 'utf8'),
  expected: JSON.parse(readFileSync(join(FIXTURES, f.replace(/\.txt$/, '.json')), 'utf8')) as Expected,
}));
const samples = readdirSync('samples').filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join('samples', f), 'utf8'));

function findByAliases(entities: Entity[], aliases: string[]): Entity[] {
  const wanted = new Set(aliases.map(foldText));
  return entities.filter((e) => [e.name, ...e.aliases].some((n) => wanted.has(foldText(n))));
}

describe.each(articles)('test article $name', ({ text, expected }) => {
  const found = entitiesOf(text);

  it.each(TYPES.flatMap((type) => expected[type].map((aliases) => [type, aliases] as const)))('finds %s %j exactly once', (type, aliases) => {
    expect(findByAliases(found[type], aliases)).toHaveLength(1);
  });

  it('finds nothing else than expected (precision)', () => {
    for (const type of TYPES) {
      const extra = found[type].filter((e) => !expected[type].some((aliases) => findByAliases([e], aliases).length > 0));
      expect(extra.map((e) => e.name), type).toEqual([]);
    }
  });

  it.each(expected.never)('never outputs "%s" as an entity', (word) => {
    for (const type of TYPES) expect(formsOf(found[type])).not.toContain(foldText(word));
  });
});

describe('spans', () => {
  it.each([...samples, ...articles.map((a) => a.text)].map((t, i) => [i, t]))('text %i: every mention is text.slice(start, end), without edge punctuation', (_, text) => {
    const found = entitiesOf(text as string);
    for (const type of TYPES) {
      for (const e of found[type]) {
        expect(e.key).toBeTruthy();
        for (const m of e.mentions) {
          expect((text as string).slice(m.start, m.end)).toBe(m.text);
          expect(m.text).not.toMatch(/^[\s\p{P}]|[\s\p{P}]$|['’]s$/u);
        }
      }
    }
  });

  it('gives each key one entity per type', () => {
    for (const text of samples) {
      const found = entitiesOf(text);
      for (const type of TYPES) {
        const keys = found[type].map((e) => e.key);
        expect(new Set(keys).size).toBe(keys.length);
      }
    }
  });

  it('gives a later surname-only mention to the full name across paragraphs', () => {
    const { people } = entitiesOf(samples[1]);
    expect(entityNamed(people, 'Kassym-Jomart Tokayev')?.aliases).toContain('Tokayev');
  });
});

describe('speed', () => {
  const corpus = samples.join('\n\n');

  it('is no slower than compromise people()/places()/organizations() on the same text', () => {
    const segments = splitSegments(corpus);
    const time = (fn: () => void) => {
      let best = Infinity;
      for (let i = 0; i < 3; i++) { const t = performance.now(); fn(); best = Math.min(best, performance.now() - t); }
      return best;
    };
    const ours = time(() => findEntities(segments));
    const theirs = time(() => {
      for (const s of segments) { const d = nlp(s.text); d.people().json(); d.places().json(); d.organizations().json(); }
    });
    console.log(`entities: ${ours.toFixed(1)} ms; compromise people/places/organizations: ${theirs.toFixed(1)} ms`);
    expect(ours).toBeLessThanOrEqual(theirs);
  });

  it('finishes a 1 MB article in seconds, linear in size', () => {
    const small = corpus.repeat(Math.ceil(100_000 / corpus.length));
    const big = corpus.repeat(Math.ceil(1_000_000 / corpus.length));
    let t = performance.now();
    findEntities(splitSegments(small));
    const tSmall = performance.now() - t;
    t = performance.now();
    const found = findEntities(splitSegments(big));
    const tBig = performance.now() - t;
    console.log(`entities: ${(small.length / 1e3).toFixed(0)} KB in ${tSmall.toFixed(0)} ms, ${(big.length / 1e6).toFixed(2)} MB in ${tBig.toFixed(0)} ms`);
    expect(tBig).toBeLessThan(10_000);
    // Ten times the text may take at most ~25 times as long (generous for a shared, noisy machine).
    expect(tBig).toBeLessThan(25 * Math.max(tSmall, 20) * (big.length / small.length) / 10);
    expect(found.people.length).toBeGreaterThan(10);
  }, 60_000);
});
