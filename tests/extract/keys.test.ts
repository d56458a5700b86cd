// entityKey is part of the contract: the table and the query tool fold names the same way.
import { describe, expect, it } from 'vitest';
import { entityKey, foldText, matchKey } from '../../functions/extract/keys.ts';

describe('entityKey', () => {
  it.each([
    ['Việt Nam', 'vietnam'], ['Viet Nam', 'vietnam'], ['Vietnam', 'vietnam'], ['VIETNAM', 'vietnam'],
    ['Hà Nội', 'hanoi'], ['Ha Noi', 'hanoi'], ['Hanoi', 'hanoi'],
    ['Tô Lâm', 'tolam'], ['To Lam', 'tolam'],
    ['Kassym-Jomart Tokayev', 'kassym-jomart tokayev'], ['Guinea‑Bissau', 'guinea-bissau'], ["Rolls-Royce's", 'rolls-royce'],
    ['Tokayev--who', 'tokayev who'], ['pre- and post-war', 'pre and post-war'], ['The Hague', 'hague'],
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

describe('matchKey', () => {
  it.each([
    ['Kassym-Jomart Tokayev', 'Kassym Jomart Tokayev'], ['Nur-Sultan', 'Nur Sultan'], ['Việt-Nam', 'Vietnam'],
  ])('%s matches %s, though their entityKeys differ', (a, b) => {
    expect(matchKey(a)).toBe(matchKey(b));
    expect(entityKey(a)).not.toBe(entityKey(b));
  });

  it.each(['Việt Nam', 'Central Asia', 'the United Nations', 'Đà Nẵng'])('is entityKey for %s, which has no hyphen', (name) => {
    expect(matchKey(name)).toBe(entityKey(name));
  });
});
