// Place rules: gazetteer names (countries with their alternative names, capitals, cities, regions),
// head nouns, compass regions, lists and "City, Country" apposition; clean spans.
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../functions/extract/entities/tokens.ts';
import { entitiesOf, entityNamed } from './fixtures/entities/find.ts';

const placeNames = (text: string) => entitiesOf(text).places.map((p) => p.name);

describe('places from the gazetteer', () => {
  it.each([
    ['Việt Nam and Kazakhstan set up ties.', ['Việt Nam', 'Kazakhstan']],
    ['He arrived in Hanoi on Sunday.', ['Hanoi']],
    ['its important partner in Central Asia.', ['Central Asia']],
    ['routes between Vietnam, Central Asia, and Europe.', ['Vietnam', 'Central Asia', 'Europe']],
    ['ties with Astana and Almaty.', ['Astana', 'Almaty']],
    ['visited Dhaka, Bangladesh, last week.', ['Dhaka', 'Bangladesh']],
    ['sales in North America rose.', ['North America']],
    ['between Bac Ninh Province and East Kazakhstan.', ['Bac Ninh Province', 'East Kazakhstan']],
    ['trade with Southeast Asian nations and Southeast Asia grew.', ['Southeast Asia']],
    ['an outbreak in the Democratic Republic of the Congo.', ['Democratic Republic of the Congo']],
    ["projects in Ghana, Senegal and Côte d'Ivoire.", ['Ghana', 'Senegal', "Côte d'Ivoire"]],
    ['In Vietnam, exports rose.', ['Vietnam']],
    ["the People's Republic of China and Vietnam", ["People's Republic of China", 'Vietnam']],
    ['spoke at Harvard University in Cambridge, Massachusetts, and flew to Texas.', ['Cambridge', 'Massachusetts', 'Texas']],
    ['cases rose in Tamil Nadu and Kerala.', ['Tamil Nadu', 'Kerala']],
  ])('%s', (text, expected) => {
    expect(placeNames(text)).toEqual(expected);
  });
});

describe('places from head nouns, without adjectives or punctuation', () => {
  it.each([
    ['fires in the Abay region of the country.', ['Abay region']],
    ['the first direct flight between Almaty and Cam Ranh city.', ['Almaty', 'Cam Ranh city']],
    ['the Monument for Heroic Martyrs in Bac Son Street, Ba Dinh District.', ['Bac Son Street', 'Ba Dinh District']],
    ['the East Sea (internationally known as the South China Sea) issue', ['East Sea', 'South China Sea']],
    ['invest in the Gulf of Mexico.', ['Gulf of Mexico']],
    ['cases rose in southern Kerala state.', ['Kerala state']],
  ])('%s', (text, expected) => {
    expect(placeNames(text)).toEqual(expected);
  });

  // Known wrong with the committed model (MODEL_CARD.md, limits); a model that gets it right fails here.
  it.fails.each([
    // Chu Dau is the village itself (no gazetteer lists it); the recognizer reads the two syllables as a name.
    ['visit Chu Dau pottery village in northern Hai Duong Province, one of the most famous.', ['Chu Dau', 'Hai Duong Province']],
  ])('still wrong: %s', (text, expected) => {
    expect(placeNames(text)).toEqual(expected);
  });
});

describe('places from their neighbours', () => {
  it.each([
    ['destinations including Nha Trang, Phu Quoc, and Da Nang.', ['Nha Trang', 'Phu Quoc', 'Da Nang']],
    ['members including Armenia, Belarus, Kyrgyzstan, Russia, and Kazakhstan.', ['Armenia', 'Belarus', 'Kyrgyzstan', 'Russia', 'Kazakhstan']],
    ['director-general of the office in Geneva, Switzerland.', ['Geneva', 'Switzerland']],
    // A town no gazetteer lists at its size, known by the state after it.
    ['The company will build the factory in Taylor, Texas, next year.', ['Taylor', 'Texas']],
  ])('%s', (text, expected) => {
    expect(placeNames(text)).toEqual(expected);
  });

  it('does not make a sentence adverb a place ("Meanwhile, Vietnam")', () => {
    expect(placeNames('Meanwhile, Vietnam has a strength in farming.')).toEqual(['Vietnam']);
  });
});

describe('places after a locative preposition', () => {
  it.each([
    ['In Port-au-Prince, the prime minister did not comment.', ['Port-au-Prince']],
    ['The mission will deploy to Port-au-Prince next month.', ['Port-au-Prince']],
    ['He campaigned against nuclear weapons after visiting Hiroshima in 1963.', ['Hiroshima']],
  ])('a known place the recognizer left after "in", "to", "from" …: %s', (text, expected) => {
    expect(placeNames(text)).toEqual(expected);
  });

  it.each([
    'The band toured in March and again in Split shows.',
    'They danced to Caribbean rhythms all night.',
    'She flew to Kenya Airways headquarters.',
  ])('a month, an English word, a place qualifying a noun or part of a longer name is none: %s', (text) => {
    expect(placeNames(text)).not.toEqual(expect.arrayContaining(['March']));
    expect(placeNames(text)).not.toContain('Caribbean');
    expect(placeNames(text)).not.toContain('Kenya Airways');
  });
});

describe('one entity per place', () => {
  it('joins Viet Nam, Vietnam and VIETNAM under one key', () => {
    const { places } = entitiesOf('VIETNAM — Việt Nam and Viet Nam and Vietnam are one country.');
    expect(places).toHaveLength(1);
    expect(places[0].key).toBe('vietnam');
    expect(places[0].mentions.map((m) => m.text)).toEqual(['VIETNAM', 'Việt Nam', 'Viet Nam', 'Vietnam']);
  });

  it('joins an official name to the country ("Republic of Kazakhstan")', () => {
    const { places } = entitiesOf('Kazakhstan is large. The Republic of Kazakhstan borders Russia.');
    const kz = entityNamed(places, 'Kazakhstan');
    expect(kz?.mentions).toHaveLength(2);
  });

  it('joins a province written with and without its head noun', () => {
    const { places } = entitiesOf('Floods hit Quang Ninh Province on Monday. Quang Ninh has closed schools.');
    expect(places).toHaveLength(1);
    expect(places[0].mentions.map((m) => m.text)).toEqual(['Quang Ninh Province', 'Quang Ninh']);
  });

  it.each([
    ['The court in The Hague ruled on Friday.', 'The Hague', 'hague'],
    ['Officials flew to The Gambia on Monday.', 'The Gambia', 'gambia'],
    ['The Netherlands signed the deal.', 'Netherlands', 'netherlands'],
  ])('keeps a capitalised "The" in mid-sentence, never a sentence-initial one: %s', (text, mention, key) => {
    const { places } = entitiesOf(text);
    expect(places.map((p) => [p.mentions[0].text, p.key])).toEqual([[mention, key]]);
  });

  it('joins initials to the country they abbreviate ("U.S.")', () => {
    const { places } = entitiesOf('Talks in the U.S. ended. U.S.-based firms and the United States agreed.');
    expect(places).toHaveLength(1);
    expect(places[0].key).toBe('united states');
    expect(places[0].mentions).toHaveLength(3);
  });

  it('keeps Hà Nội and Hanoi together', () => {
    const { places } = entitiesOf('HÀ NỘI — The embassy in Hà Nội opened. Hanoi welcomed it.');
    expect(places).toHaveLength(1);
    expect(places[0].name).toBe('Hà Nội');
  });
});

describe('places named like organizations', () => {
  it.each([
    ['The Soviet Union sent tanks into Hungary in 1956.', 'Soviet Union'],
    ['Settlers moved into the West Bank near Hebron.', 'West Bank'],
  ])('a kind noun after a word that is no place, read by the recognizer as that place, is the place: %s', (text, place) => {
    const e = entitiesOf(text);
    expect(e.places.map((p) => p.name)).toContain(place);
    expect(e.organizations.map((o) => o.name)).not.toContain(place);
  });

  it('the organizations the recognizer reads as such stay organizations', () => {
    const e = entitiesOf('The European Union and the African Union met in Addis Ababa.');
    expect(e.organizations.map((o) => o.name)).toEqual(['European Union', 'African Union']);
  });
});

describe('places a hyphen joins', () => {
  it.each([
    ['The US-China trade war hurt exports.', ['US', 'China']],
    ['The India-Pakistan border was closed for a week.', ['India', 'Pakistan']],
    ['Việt Nam-Kazakhstan ties are strong.', ['Việt Nam', 'Kazakhstan']],
    ['A Japan-South Korea summit was held in Seoul.', ['Japan', 'South Korea', 'Seoul']],
    ['They agreed to speed up the Vientiane-Hà Nội expressway.', ['Vientiane', 'Hà Nội']],
  ])('countries or cities joined before the noun they qualify are each a place: %s', (text, places) => {
    const found = entitiesOf(text).places;
    expect(found.map((p) => p.name)).toEqual(places);
    for (const m of found.flatMap((p) => p.mentions)) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it.each([
    ['Austria-Hungary declared war on Serbia.', 'Austria-Hungary'],
    ['He flew to Guinea-Bissau on Monday.', 'Guinea-Bissau'],
  ])('a compound used as a noun, or one the gazetteer knows, is one place: %s', (text, place) => {
    expect(entitiesOf(text).places.map((p) => p.name)).toContain(place);
  });

  it.each([
    ['The United Nations-backed tribunal ruled on Tuesday.', 'organizations', 'United Nations'],
    ['A European Union-funded project began in Hanoi.', 'organizations', 'European Union'],
    ['The company, a US-based lender, cut rates.', 'places', 'US'],
    ['Kremlin-backed separatists shelled Donetsk.', 'places', 'Donetsk'],
  ])('a name with a lower-case participle hyphened on is whole: %s', (text, type, name) => {
    const e = entitiesOf(text);
    expect(e[type as 'places' | 'organizations'].map((x) => x.name)).toContain(name);
    for (const m of [...e.places, ...e.organizations].flatMap((x) => x.mentions)) expect(m.text).not.toMatch(/-/);
  });

  it('a given name with a lower-case second part stays one word', () => {
    expect(tokenize({ text: 'Chiang Kai-shek and Lee Teng-hui met.', start: 0 }).map((t) => t.text)).toEqual(['Chiang', 'Kai-shek', 'and', 'Lee', 'Teng-hui', 'met']);
  });

  it('a compound inside a longer name stays in it', () => {
    const e = entitiesOf('The Việt Nam-Kazakhstan Business Forum opened in Hanoi.');
    expect(e.organizations.map((o) => o.name)).toContain('Việt Nam-Kazakhstan Business Forum');
  });
});

describe('words that look like places but are not', () => {
  it.each([
    'Two-way trade reached US$584 million in 2022.',
    'In March 2023, the plan was sent.',
    'the Central Asian country opened its embassy',
    'the UN as well as regional forums',
    'Saudi Aramco will invest more.',
    'Garuda Indonesia added flights.',
    'Prices Rise As Storm Hits Coast',
    'Thousands of Residents were evacuated as Experts warned.',
    'The Lao officials and the Lao side agreed.',
    'Like us on Facebook or follow us on Twitter.',
  ])('%s', (text) => {
    expect(placeNames(text)).toEqual([]);
  });
});
