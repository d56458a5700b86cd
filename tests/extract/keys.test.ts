// entityKey is part of the contract: the table and the query tool fold names the same way.
import { describe, expect, it } from 'vitest';
import { entityKey, foldText } from '../../functions/extract/keys.ts';

describe('entityKey', () => {
  it.each([
    ['Việt Nam', 'vietnam'], ['Viet Nam', 'vietnam'], ['Vietnam', 'vietnam'], ['VIETNAM', 'vietnam'],
    ['Hà Nội', 'hanoi'], ['Ha Noi', 'hanoi'], ['Hanoi', 'hanoi'],
    ['Tô Lâm', 'tolam'], ['To Lam', 'tolam'],
    ['Kassym-Jomart Tokayev', 'kassym jomart tokayev'],
    ['the United Nations', 'united nations'],
    ['Đà Nẵng', 'danang'], ['Da Nang', 'danang'],
    ["Kazakhstan's", 'kazakhstan'],
    ['Ministry of Culture, Sports and Tourism', 'ministry of culture sports and tourism'],
  ])('%s → %s', (name, key) => {
    expect(entityKey(name)).toBe(key);
  });

  it('keeps words apart when they are not short syllables', () => {
    expect(entityKey('Central Asia')).toBe('central asia');
  });

  it('foldText folds case, marks and đ', () => {
    expect(foldText('Đồng Nai')).toBe('dong nai');
  });
});

describe('the gazetteer fast key', () => {
  it.each(['Ho Chi Minh City', "Côte d'Ivoire", 'Da Nang', 'The Hague', "St. John's", 'Winston-Salem', 'Ha Noi', 'Nur-Sultan', 'A Coruna', 'Xi an'])('%s keys as entityKey', async (name) => {
    const { dataKey } = await import('../../functions/extract/entities/places/gazetteer.ts');
    expect(dataKey(name)).toBe(entityKey(name));
  });
});
