// The entity step as a whole: my own test articles (other countries and topics than the samples),
// span offsets and one entity per key. (Speed is measured by `npm run bench`, not asserted here.)
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { foldText } from '../../functions/extract/keys.ts';
import type { Entity, EntityType } from '../../functions/extract/types.ts';
import { claim, createState, spanText, type SegmentState } from '../../functions/extract/entities/claims.ts';
import { tokenize } from '../../functions/extract/entities/tokens.ts';
import { unifyNameTypes } from '../../functions/extract/entities/unify-name-types.ts';
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

describe('one type per name', () => {
  /** Segments of one article with the given words claimed as the given types. */
  function article(lines: Array<[string, Array<[string, EntityType]>]>): SegmentState[] {
    let start = 0;
    return lines.map(([text, claims]) => {
      const state = createState(tokenize({ text, start }), text, start);
      for (const [words, type] of claims) {
        const from = state.tokens.findIndex((t) => t.start - start === text.indexOf(words));
        claim(state, { type, from, to: from + words.split(' ').length });
      }
      start += text.length + 1;
      return state;
    });
  }
  const typesOf = (states: SegmentState[]) => states.flatMap((s) => s.candidates.map((c) => `${spanText(s, c.from, c.to)}:${c.type}`));

  it('a name written with several types takes the type most of its mentions have', () => {
    const states = article([
      ['Tinkoff said on Monday.', [['Tinkoff', 'organization']]],
      ['Tinkoff shares rose.', [['Tinkoff', 'place']]],
      ['Analysts expect Tinkoff to grow.', [['Tinkoff', 'organization']]],
    ]);
    unifyNameTypes(states);
    expect(typesOf(states)).toEqual(['Tinkoff:organization', 'Tinkoff:organization', 'Tinkoff:organization']);
  });

  it('a tie is left as the recognizer read it, and a place taken over keeps its gazetteer key', () => {
    const tie = article([['Jordan met Jordan.', [['Jordan', 'person']]], ['He left Jordan.', [['Jordan', 'place']]]]);
    unifyNameTypes(tie);
    expect(typesOf(tie)).toEqual(['Jordan:person', 'Jordan:place']);
    const states = article([['Viet Nam grew.', [['Viet Nam', 'organization']]], ['In Viet Nam, prices rose.', [['Viet Nam', 'place']]], ['Viet Nam exports.', [['Viet Nam', 'place']]]]);
    unifyNameTypes(states);
    expect(states[0].candidates[0]).toMatchObject({ type: 'place', key: 'vietnam' });
  });

  it('but a tie between a person and an organization goes to the organization', () => {
    const states = article([["Moody cuts Pakistan's outlook.", [['Moody', 'person']]], ['Grace Lim, an analyst at Moody, said so.', [['Moody', 'organization']]]]);
    unifyNameTypes(states);
    expect(typesOf(states)).toEqual(['Moody:organization', 'Moody:organization']);
  });
});
