// Which parts of a name are looked up, per type: the vocabulary's rules (functions/records/name-terms.ts).
import { describe, expect, it } from 'vitest';
import { indexKeyOf, listNameTerms, listQueryWords } from '../../functions/records/name-terms.ts';

describe('index keys', () => {
  it.each([
    ['Kassym-Jomart Tokayev', 'kassymjomarttokayev'],
    ['Kassym Jomart Tokayev', 'kassymjomarttokayev'],
    ['kassym-jomart tokayev', 'kassymjomarttokayev'],
    ['Việt Nam', 'vietnam'],
    ['Vietnam', 'vietnam'],
    ['Đà Nẵng', 'danang'],
    ['the United Nations', 'unitednations'],
    ['!!!', ''],
  ])('%s → %s', (name, key) => {
    expect(indexKeyOf(name)).toBe(key);
  });
});

describe('vocabulary terms', () => {
  it.each([
    ['person', 'Kassym-Jomart Tokayev', [], ['kassym', 'jomart', 'tokayev', 'kassymjomart']],
    ['person', 'Ursula von der Leyen', [], ['ursula', 'leyen']],
    ['person', 'Tô Lâm', [], ['to', 'lam']],
    ['person', 'Le Khanh Hai', [], ['le', 'khanh', 'hai']],
    ['person', 'Luiz Inácio Lula da Silva', [], ['luiz', 'inacio', 'lula', 'silva']],
    ['person', 'Van Morrison', [], ['van', 'morrison']],
    ['person', 'J. Smith', [], ['smith']],
    ['organization', 'PT Pertamina', [], ['pertamina']],
    ['organization', 'Bank of America', [], ['america']],
    ['organization', 'Asian Development Bank', ['ADB'], ['asian', 'development', 'adb']],
    ['organization', 'Sovico Group', [], ['sovico']],
    ['place', 'Ho Chi Minh City', ['Saigon'], ['saigon']],
    ['place', 'Việt Nam', ['Vietnam', 'Viet Nam'], []],
  ] as const)('%s %s (aliases %j) → %j', (type, name, aliases, terms) => {
    expect(listNameTerms(type, name, aliases).sort()).toEqual([...terms].sort());
  });

  it('never lists the name\'s own index key', () => {
    expect(listNameTerms('person', 'Tokayev', ['Tokayev'])).toEqual([]);
  });

  it('splits a query into the words worth looking up alone', () => {
    expect(listQueryWords('Kassym-Jomart  TOKAYEV')).toEqual(['kassym', 'jomart', 'tokayev']);
    expect(listQueryWords('PT Pertamina')).toEqual(['pertamina']);
  });
});
