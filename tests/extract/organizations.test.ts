// Organization rules: head nouns with modifiers and complements, acronyms joined to their expansion,
// lists of domains kept inside one name, demonyms and bare heads never organizations.
import { describe, expect, it } from 'vitest';
import { claim, createState, spanText, type SegmentState } from '../../functions/extract/entities/claims.ts';
import { tokenize } from '../../functions/extract/entities/tokens.ts';
import { findOrganizations } from '../../functions/extract/entities/organizations/find-organizations.ts';
import { findAcronyms } from '../../functions/extract/entities/organizations/find-acronyms.ts';
import { findResultTeams } from '../../functions/extract/entities/organizations/find-result-teams.ts';
import { findCoordinatedNames } from '../../functions/extract/entities/find-coordinated-names.ts';
import { findKindExamples } from '../../functions/extract/entities/organizations/find-kind-examples.ts';
import { findKindDescriptors } from '../../functions/extract/entities/organizations/find-kind-descriptors.ts';
import { entitiesOf, entityNamed } from './fixtures/entities/find.ts';

const orgNames = (text: string) => entitiesOf(text).organizations.map((o) => o.name);

/** One segment's rule state, with the words of `claimed` already taken by an earlier rule. */
function ruleState(text: string, claimed?: string): SegmentState {
  const state = createState(tokenize({ text, start: 0 }), text, 0);
  if (claimed) {
    const from = state.tokens.findIndex((t) => t.start === text.indexOf(claimed));
    const to = state.tokens.findIndex((t) => t.end === text.indexOf(claimed) + claimed.length) + 1;
    claim(state, { type: 'organization', from, to });
  }
  return state;
}

/** What the head-noun rule alone finds (not what an earlier rule claimed). */
function headNounOrgs(text: string, claimed?: string): string[] {
  const state = ruleState(text, claimed);
  const before = state.candidates.length;
  findOrganizations(state);
  return state.candidates.slice(before).map((c) => spanText(state, c.from, c.to));
}

describe('organizations around a head noun', () => {
  it.each([
    ['In March 2023, the Ministry of Culture, Sports and Tourism sent a plan.', ['Ministry of Culture, Sports and Tourism']],
    ['according to the Vietnamese Ministry of Foreign Affairs.', ['Ministry of Foreign Affairs']],
    ['candidacy for the United Nations Human Rights Council for the term', ['United Nations Human Rights Council']],
    ['the UNESCO Executive Board and the Intergovernmental Committee for the Safeguarding of Intangible Cultural Heritage',
      ['UNESCO Executive Board', 'Intergovernmental Committee for the Safeguarding of Intangible Cultural Heritage']],
    ['Speaking to Vietnam News Agency ahead of the visit.', ['Vietnam News Agency']],
    ["Vietnam's Sovico Group plans to buy Kazakhstan's Qazaq Air.", ['Sovico Group', 'Qazaq Air']],
    ['In October 2022, Vietjet Air inaugurated the first direct flight.', ['Vietjet Air']],
    ['the United Nations (UN) and the Conference on Interaction and Confidence-Building Measures in Asia.',
      ['United Nations', 'Conference on Interaction and Confidence-Building Measures in Asia']],
    ['The International Monetary Fund said on Tuesday.', ['International Monetary Fund']],
    ['the European Union would increase support.', ['European Union']],
    ['a Việt Nam–Kazakhstan Business Council to boost trade', ['Việt Nam–Kazakhstan Business Council']],
    ['Vice Chairman of the Vietnam National Assembly Uong Chu Luu', ['Vietnam National Assembly']],
    ["Chairman Nguyen Van Phong of the Hanoi People's Committee visited.", ["Hanoi People's Committee"]],
    ["The Vietnam Women's Union met.", ["Vietnam Women's Union"]],
  ])('%s', (text, expected) => {
    expect(orgNames(text)).toEqual(expected);
  });
});

describe('where the head-noun rule stops', () => {
  it.each([
    ['The bill passed Congress on Tuesday.', []],
    ['The Committee on Monday approved it.', []],
    ['The Conference on Disarmament met in Geneva.', ['Conference on Disarmament']],
  ])('a date is never a complement: %s', (text, expected) => {
    expect(headNounOrgs(text)).toEqual(expected);
  });

  it.each([
    ['He was welcomed at Seoul Air Base in Seongnam.', []],
    ['He led the New Party Sakigake until 1998.', []],
    ['A new Republican Party President was elected.', ['Republican Party']],
    ['He beat incumbent Ontario New Democratic Party Jim Wiseman.', ['Ontario New Democratic Party']],
    ['Major League Baseball said its season would start on time.', []],
    ['She studied at University College London.', []],
    ['He is a World Bank Economist.', []],
    ['The World Bank President arrived.', ['World Bank']],
  ])('a head inside a longer name leaves it to the recognizer, but not before a title or a first name: %s', (text, expected) => {
    expect(headNounOrgs(text)).toEqual(expected);
  });

  it.each([
    ['Mitsubishi Trust and Sumitomo Bank were active buyers.', ['Sumitomo Bank']],
    ['She worked at Xerox PARC and Stanford University.', ['Stanford University']],
    ['He met Trade and Industry Ministry officials.', ['Trade and Industry Ministry']],
    ['Kenya Power and Lighting Company raised tariffs.', ['Kenya Power and Lighting Company']],
    ['The Natural Resources and Environment Ministry said so.', ['Natural Resources and Environment Ministry']],
    ['OCBC and United Overseas Bank were also fined.', ['United Overseas Bank']],
    ['The ICT and Digital Economy Ministry said so.', ['ICT and Digital Economy Ministry']],
  ])('a name on each side of "and" is two organizations, domain words one: %s', (text, expected) => {
    expect(headNounOrgs(text)).toEqual(expected);
  });

  it.each(['He moved to the Russian Federation.', 'Talks with the Republic of Korea resumed.'])(
    'a country named by its official name is no organization, whatever its last word: %s', (text) => {
      expect(headNounOrgs(text)).toEqual([]);
    });

  it.each([
    ['They played Lincoln Center and the Bell Centre.', []],
    ['a report by the National Center for Atmospheric Research', ['National Center for Atmospheric Research']],
  ])('a center is an organization by rule only with a complement: %s', (text, expected) => {
    expect(headNounOrgs(text)).toEqual(expected);
  });

  it.each([
    ['He lost the 1990 United States Senate election in Ohio.', []],
    ['She received the Royal Society Award and the Association for Computing Machinery Prize.', []],
    ['The Academy of Country Music Awards were held in Texas.', []],
    ['The Royal Society and the Association for Computing Machinery met.', ['Royal Society', 'Association for Computing Machinery']],
  ])('an organization that begins an award or event name is not found on its own: %s', (text, expected) => {
    expect(headNounOrgs(text)).toEqual(expected);
  });

  it.each([
    ['The hotel offered Great Service at a fair price.', []],
    ['It happened Three Times last year.', []],
    ['The Liberal Party and the Green Party lost seats.', ['Liberal Party', 'Green Party']],
  ])('a weak head after nothing but adjectives or numbers is a common noun (parties excepted): %s', (text, expected) => {
    expect(headNounOrgs(text)).toEqual(expected);
  });

  it('ends a list of domains at a word an earlier rule claimed (and returns)', () => {
    expect(headNounOrgs('He thanked the Ministry of Culture, PT Pertamina and Tourism.', 'PT Pertamina')).toEqual(['Ministry of Culture']);
  });
});

describe('acronyms', () => {
  it.each([
    [true, ['MATLAB', 'CRISPR']],
    [false, []],
  ])('claims an unknown word in capitals only when told to (the rules alone: %s)', (claimUnknown, expected) => {
    const state = ruleState('They used MATLAB and CRISPR in the lab.');
    findAcronyms(state, new Map(), claimUnknown);
    expect(state.candidates.map((c) => spanText(state, c.from, c.to))).toEqual(expected);
  });

  it('joins a parenthesised acronym and its later bare use to the expansion', () => {
    const { organizations } = entitiesOf('join the International Atomic Energy Agency (IAEA).\n\nThe IAEA agreed.');
    expect(organizations).toHaveLength(1);
    expect(organizations[0].name).toBe('International Atomic Energy Agency');
    expect(organizations[0].aliases).toEqual(['IAEA']);
    expect(organizations[0].mentions).toHaveLength(3);
  });

  it('makes a defined acronym an organization without a head noun ("Electricity of Vietnam (EVN)")', () => {
    const { organizations } = entitiesOf('asked Electricity of Vietnam (EVN) to restore power. EVN said so.');
    expect(organizations.map((o) => [o.name, o.aliases, o.mentions.length])).toEqual([['Electricity of Vietnam', ['EVN'], 3]]);
  });

  it.each([
    'a Free Trade Agreement (FTA) with the bloc',
    'a Comprehensive Strategic Partnership (CSP) was signed',
    'an outbreak in the Democratic Republic of the Congo (DRC) spread',
  ])('no organization from a defined common phrase or place: %s', (text) => {
    expect(orgNames(text)).toEqual([]);
  });

  it('joins an acronym made of the initials of a name in the article', () => {
    const { organizations } = entitiesOf('the Communist Party of Vietnam leads.\n\nThe CPV congress met.');
    expect(organizations).toHaveLength(1);
    expect(organizations[0].aliases).toEqual(['CPV']);
  });

  it.each([
    ['They expressed support for ASEAN’s stance.', 'ASEAN'],
    ['coordination at the UN as well as at regional forums.', 'UN'],
    ['NATO allies met.', 'NATO'],
  ])('%s → %s', (text, name) => {
    expect(orgNames(text)).toEqual([name]);
  });

  it('does not take a currency code or a shouted dateline for an organization', () => {
    expect(orgNames('VIETNAM, August 18 - HÀ NỘI — trade reached 400 million USD in 2022.')).toEqual([]);
  });
});

describe('organizations compromise knows by name', () => {
  it.each([
    ['Like us on Facebook or follow us on Twitter.', ['Facebook', 'Twitter']],
    ['Analysts at Goldman Sachs said markets fell.', ['Goldman Sachs']],
  ])('%s', (text, expected) => {
    expect(orgNames(text)).toEqual(expected);
  });

  it.each([
    ['Samsung Electronics said on Tuesday its profit fell.', 'Samsung Electronics'],
    ['Shares of Samsung Electronics Co Ltd rose.', 'Samsung Electronics Co Ltd'],
  ])('with the trade words and legal form that follow the name: %s', (text, name) => {
    expect(orgNames(text)).toEqual([name]);
  });

  it('does not take a sentence-initial common word the lexicon lists ("Visa exemption")', () => {
    expect(orgNames('Visa exemption applies for 30 days.')).toEqual([]);
  });
});

describe('bare heads and demonyms are not organizations', () => {
  it.each([
    'the Party chief will pay a state visit.',
    'the first by a Vietnamese Party leader to Kazakhstan',
    'The Ministry said nothing.',
    'a visa waiver program and a Free Trade Agreement',
    'elevated their relations to a Strategic Partnership',
    'Energy and mining were identified as key growth areas.',
    'The ministers hailed the Thailand Strategic Partnership.',
  ])('%s', (text) => {
    expect(orgNames(text)).toEqual([]);
  });

  it.each([
    ['The bill passed Congress on Tuesday.', ['Congress']],
    ['The Committee said on Tuesday that the bill passed.', []],
  ])('a kind noun is a name mid-sentence without a determiner, never after one: %s', (text, expected) => {
    expect(orgNames(text)).toEqual(expected);
  });

  it.each([
    ['The European Parliament voted on Tuesday.', 'European Parliament'],
    ['In the Scottish Parliament, the party won 64 seats.', 'Scottish Parliament'],
    ['He addressed the Kazakh Parliament in Astana.', 'Kazakh Parliament'],
  ])('a demonym and a legislature name that body: %s', (text, name) => {
    expect(orgNames(text)).toContain(name);
  });

  it('keeps the place named after "in" inside an organization as a place too (nested policy)', () => {
    const { places } = entitiesOf('the Conference on Interaction and Confidence-Building Measures in Asia met.');
    expect(entityNamed(places, 'Asia')).toBeDefined();
  });
});

describe('teams in sports results and standings', () => {
  it.each([
    ['Results on Saturday:\nCeltic 2 Hearts 0\nMotherwell 0 Kilmarnock 3', ['Celtic', 'Hearts', 'Motherwell', 'Kilmarnock']],
    ['Leeds United 1 Chelsea 1', ['Leeds United', 'Chelsea']],
    ['Standings:\nRangers 10 7 2 1 23 8 23', ['Rangers']],
    ['Los Angeles 6 MONTREAL 5 ( 10 innings )', ['Los Angeles', 'MONTREAL']],
  ])('a line of names and scores names teams: %j', (text, teams) => {
    expect(orgNames(text)).toEqual(teams);
  });

  it('a country in a results line is a national side, keyed to its country', () => {
    const e = entitiesOf('Japan 2 Syria 1');
    expect(e.places.map((p) => p.name)).toEqual(['Japan', 'Syria']);
    expect(e.organizations).toEqual([]);
  });

  it.each([
    'Celtic beat Hearts 2-0 on Saturday.',
    'Celtic 2 Hearts 0 was the score at half time.',
    'Population 2010 2015 2020',
    'Windows 11 and Office 365',
  ])('prose, years and product versions are no results line: %s', (text) => {
    const state = ruleState(text);
    findResultTeams(state);
    expect(state.candidates).toEqual([]);
  });
});

describe('teams in match reports', () => {
  it.each([
    ['Leeds United beat Chelsea 2-1 on Saturday.', ['Leeds United', 'Chelsea']],
    ['Chelsea were held 1-1 by Everton at Stamford Bridge.', ['Chelsea', 'Everton']],
    ['Leeds went top after a 2-0 win at Southampton.', ['Southampton']],
    ['Bayern Munich lost 2-1 to Borussia Dortmund on Friday.', ['Bayern Munich', 'Borussia Dortmund']],
    ['Real Madrid beat Borussia Dortmund 2–0 at Wembley Stadium on Saturday.', ['Real Madrid', 'Borussia Dortmund']],
    ['Juventus beat Inter Milan 1-0 in Turin, and AC Milan drew 0-0 with Parma.', ['Juventus', 'Inter Milan', 'AC Milan', 'Parma']],
    ['Rangers stretched their lead with a 4-1 victory over Motherwell.', ['Motherwell']],
    ['In Italy, Juventus won 1-0 at Lazio and AC Milan lost at home to Udinese.', ['Juventus', 'AC Milan', 'Udinese']],
    ['Barcelona, coached by Bobby Robson, drew 1-1 at Valencia.', ['Barcelona', 'Valencia']],
    ['Wasps moved up to second after beating Harlequins 30-17 at Loftus Road.', ['Harlequins']],
    ['Barcelona went top after a 2-0 win over Real Sociedad at the Nou Camp.', ['Real Sociedad']],
  ])('a result verb or noun with a score names the sides: %s', (text, teams) => {
    expect(orgNames(text)).toEqual(expect.arrayContaining(teams));
  });

  it('a club named once in a report is the club wherever the article names it, but not as a place', () => {
    const e = entitiesOf('Liverpool beat Coventry 3-1.\nLiverpool manager Roy Evans praised his side.\nFans in Coventry were quiet.');
    expect(entityNamed(e.organizations, 'Liverpool')?.mentions).toHaveLength(2);
    expect(e.places.map((p) => p.name)).toContain('Coventry');
  });

  it('a club named after its town is that club by its first word too', () => {
    const e = entitiesOf('Leeds United beat Chelsea 2-1 on Saturday.\nThe win left Leeds two points clear of Everton.');
    expect(entityNamed(e.organizations, 'Leeds United')?.mentions.map((m) => m.text)).toEqual(['Leeds United', 'Leeds']);
  });

  it('a club names its staff, and a fixture with one club names the other', () => {
    const e = entitiesOf('Chelsea drew 1-1 with Everton.\nChelsea manager Ruud Gullit was unhappy.\nLiverpool, who play Everton on Monday, are second.');
    expect(e.organizations.map((o) => o.name)).toEqual(expect.arrayContaining(['Chelsea', 'Everton', 'Liverpool']));
    expect(e.people.map((p) => p.name)).toEqual(['Ruud Gullit']);
  });

  it.each([
    ['Vieira made his debut on Wednesday. Arsenal manager Bruce Rioch was sacked this month.', 'Arsenal'],
    ['Aston Villa coach Brian Little was pleased.', 'Aston Villa'],
  ])('a club named by its staff is one without a match, an English word the corpora write capitalised too: %s', (text, club) => {
    expect(orgNames(text)).toContain(club);
  });

  it.each([
    'Caretaker manager Joe Smith took charge.',
    'Football manager Alan Smith retired.',
  ])('a person noun or a common word before a manager is no club: %s', (text) => {
    expect(orgNames(text)).toEqual([]);
  });

  it.each([
    ['Australia beat Pakistan 2-1 in Sydney.', ['Australia', 'Pakistan']],
    ['England drew 0-0 with Scotland at Wembley.', ['England', 'Scotland']],
  ])('a country, state or home nation is a national side, which stays the place: %s', (text, places) => {
    const e = entitiesOf(text);
    expect(e.places.map((p) => p.name)).toEqual(expect.arrayContaining(places));
    for (const place of places) expect(orgNames(text)).not.toContain(place);
  });

  it.each([
    ['Sampras beat Ivanisevic 6-4 6-4 to reach the final in Hannover.', ['Sampras', 'Ivanisevic']],
    ['Federer beat Nadal 6-4 to reach the final in Paris.', ['Federer', 'Nadal']],
    ['Carlsen beat Caruana 9-6 in the rapid games in London.', ['Carlsen', 'Caruana']],
    ['Clinton won 52-48 in Ohio, while Trump carried Florida.', ['Clinton', 'Ohio']],
    ['The Supreme Court ruled 5-4 against Texas on Monday.', ['Texas']],
    ['Shares in Leeds lost 2-3 percent against London on Friday.', ['Leeds', 'London']],
    ["Police in Leeds made two arrests after Saturday's 2-0 win.", ['Leeds']],
    ['Supporters travelled from Liverpool to London for the 1-1 draw.', ['Liverpool', 'London']],
    ['English defender Kyle Walker was booked after a 2-0 lead.', ['English']],
  ])('players, votes, ranges and places named in a report are no teams: %s', (text, names) => {
    for (const name of names) expect(orgNames(text)).not.toContain(name);
  });
});

describe('organizations named by their staff, their trade or their form', () => {
  it.each([
    ['Commerzbank economist Peter Pietsch said a cut was unlikely.', 'Commerzbank'],
    ['Maybank analyst Lee Heng Guie said growth would slow.', 'Maybank'],
    ['Kremlin spokesman Dmitry Peskov said the talks would continue.', 'Kremlin'],
    ['The official Xinhua news agency said Premier Li Qiang would attend.', 'Xinhua'],
    ['He told the Interfax news agency that he would run.', 'Interfax'],
    ['The Bundesbank left its key rates unchanged on Thursday.', 'Bundesbank'],
    ['Sberbank and Vietcombank raised their deposit rates.', 'Vietcombank'],
    ["Uzbekistan's Kapitalbank agreed to cooperate.", 'Kapitalbank'],
    ['Shares of Vale and Itaú Unibanco rose on the exchange.', 'Itaú Unibanco'],
    ['Shares of Vale and Itaú Unibanco rose on the exchange.', 'Vale'],
    ['Nissan shares fell 4.9% in Tokyo.', 'Nissan'],
    ['MIND ID agreed to buy a stake in Tokopedia from Sinar Mas.', 'Tokopedia'],
    ['The satellite will serve remote islands, Telkomsat chief executive Lukman Hakim told reporters.', 'Telkomsat'],
    ['Analysts at Bernstein said competition would be tough.', 'Bernstein'],
    ['Kim Jin-wook, an economist at Citi in Seoul, expects a cut.', 'Citi'],
    ['Analysts at ABN AMRO and ING Barings welcomed the move.', 'ABN AMRO'],
    ['Lula will visit Beijing with executives from JBS, BRF and Embraer.', 'BRF'],
    ['Analysts at SSI Securities and VNDirect said the results beat expectations.', 'SSI Securities'],
    ['Analysts at SSI Securities and VNDirect said the results beat expectations.', 'VNDirect'],
  ])('an employer before a role and a name, a news agency, a compound ending in "bank": %s', (text, name) => {
    expect(orgNames(text)).toContain(name);
  });

  it.each([
    ['Moscow spokesman Ivan Petrov declined to comment.', 'Moscow'],
    ['Tokyo-based analyst Hiroshi Sato said the yen would weaken.', 'Tokyo'],
    ['Senior analyst Mary Jones expects a cut.', 'Senior'],
    ['Obama spokesman Josh Earnest spoke on Friday.', 'Obama'],
    ['Indonesian president Joko Widodo opened the plant.', 'Indonesian'],
    ['Christian Social Union in Bavaria chairman Markus Soeder spoke.', 'Bavaria'],
    ['Riverbank erosion worried farmers near the Mekong.', 'Riverbank'],
    ['Analysts expect the company to raise prices.', 'Analysts'],
    ['Traders at Jakarta said the rupiah fell.', 'Jakarta'],
    ['An engineer at Intel Labs in Oregon said so.', 'Intel'],
    ['Shares in Tokyo fell while London shares rose.', 'Tokyo'],
    ['Officials from Vietnam and executives from Japan met.', 'Japan'],
    ['Shares in Tokyo fell while London shares rose.', 'London'],
    ['It shares borders with Zamfara State.', 'It'],
    ['Its shares closed up 1.2% in Mumbai.', 'Its'],
  ])('a place, a person, a description or a common word there is no organization: %s', (text, name) => {
    expect(orgNames(text)).not.toContain(name);
  });
});

describe('organizations named as examples of their kind', () => {
  /** What the examples step claims or retypes, with `place` already read as a place. */
  function examples(text: string, place?: string): string[] {
    const state = createState(tokenize({ text, start: 0 }), text, 0);
    if (place) {
      const from = state.tokens.findIndex((t) => t.start === text.indexOf(place));
      claim(state, { type: 'place', from, to: from + place.split(' ').length });
    }
    findKindExamples(state);
    return state.candidates.filter((c) => c.type === 'organization').map((c) => spanText(state, c.from, c.to));
  }

  it.each([
    ['Mongolian firms such as Erdenes Mongol and MCS Group want to invest.', 'Erdenes Mongol', ['Erdenes Mongol', 'MCS Group']],
    ['Lenders including Sberbank, VTB and Gazprombank raised rates.', undefined, ['Sberbank', 'VTB', 'Gazprombank']],
    ['He toured with bands like Slipknot.', undefined, ['Slipknot']],
  ])('the names after a plural kind noun and "such as", "including" or "like": %s', (text, place, names) => {
    expect(examples(text, place)).toEqual(names);
  });

  it.each([
    'Exporters to countries such as Japan and Vietnam gained.',
    'Studios such as Pixar in the 1990s and festivals such as Cannes Film Festival grew.',
    'Companies such as the Duchy of Lancaster hold land.',
    'Firms like these rarely say so.',
    'Bands such as Andy Kirk toured the South.',
  ])('countries, events, people, part of a longer name and common words are none: %s', (text) => {
    expect(examples(text).filter((n) => n !== 'Pixar')).toEqual([]);
  });
});

describe('organizations named with their kind', () => {
  /** What the kind step makes an organization, with `person` and `place` already read as such. */
  function described(text: string, read: Record<string, 'person' | 'place'> = {}): string[] {
    const state = createState(tokenize({ text, start: 0 }), text, 0);
    for (const [name, type] of Object.entries(read)) {
      const from = state.tokens.findIndex((t) => t.start === text.indexOf(name));
      claim(state, { type, from, to: from + name.split(' ').length });
    }
    findKindDescriptors(state);
    return state.candidates.filter((c) => c.type === 'organization').map((c) => spanText(state, c.from, c.to));
  }

  it.each([
    ['Indonesian ride-hailing firm Gojek said it would merge.', { Gojek: 'person' }, ['Gojek']],
    ['It agreed to buy e-commerce giant Tokopedia for $18 billion.', { Tokopedia: 'place' }, ['Tokopedia']],
    ['The Japanese newspaper Nikkei reported the talks.', {}, ['Nikkei']],
    ['South Korean chipmaker SK Hynix raised its forecast.', {}, ['SK Hynix']],
    ['Japanese carmaker Toyota recalled 1 million cars.', { Toyota: 'place' }, ['Toyota']],
    ['He sang with the band Boom Boom Satellites.', {}, ['Boom Boom Satellites']],
    ['He coached Japanese side Nagoya Grampus Eight.', { Nagoya: 'place' }, ['Nagoya Grampus Eight']],
    ['The presidential press service Akorda said so.', { Akorda: 'person' }, ['Akorda']],
    ["Kazakhstan's sovereign wealth fund Samruk-Kazyna signed the deal.", { 'Samruk-Kazyna': 'place' }, ['Samruk-Kazyna']],
  ] as const)('a name right after a singular kind noun: %s', (text, read, names) => {
    expect(described(text, read)).toEqual(names);
  });

  it.each([
    ['Keidanren, Japan’s biggest business lobby, welcomed the deal.', { Keidanren: 'person' }, ['Keidanren']],
    ['Reliance Industries, the conglomerate controlled by Mukesh Ambani, will list its unit.', {}, ['Reliance Industries']],
    ['Shares in Julius Baer, the Swiss bank, fell.', { 'Julius Baer': 'person' }, ['Julius Baer']],
    ['Cabot, a subsidiary of Tata Steel, closed.', {}, ['Cabot']],
    ['Sarawak’s own oil company, Petros, is in talks.', { Petros: 'person' }, ['Petros']],
    ['Microsoft bought their earlier company, Adallom.', { Adallom: 'place' }, ['Adallom']],
    ['Antam, another state miner, fell 1 percent.', { Antam: 'person' }, ['Antam']],
    ["Safaricom, the country's largest telecoms operator, raised prices.", { Safaricom: 'person' }, ['Safaricom']],
    ['He met leaders of Keidanren, the Japan Business Federation.', { Keidanren: 'place' }, ['Keidanren']],
    ['Gavi, the Vaccine Alliance, said it would fund doses.', {}, ['Gavi']],
  ] as const)('a name with a kind noun in apposition, or with the organization\'s own name: %s', (text, read, names) => {
    expect(described(text, read)).toEqual(names);
  });

  it.each([
    ['Veteran broadcaster David Attenborough narrated it.', {}],
    ['The team Brazil fielded was young.', { Brazil: 'place' }],
    ['He ran for the party’s Ottawa nomination.', {}],
    ['The group Tuesday said nothing.', {}],
    ['The company President said so.', {}],
    ['Jane Smith, a party official, said so.', { 'Jane Smith': 'person' }],
    ['Tim Cook, the company’s chief executive, spoke.', { 'Tim Cook': 'person' }],
    ['John Lee, a member of the band, left.', { 'John Lee': 'person' }],
    ['The band Tears for Fears toured.', {}],
    ['He campaigned with the group Article 9 Association.', {}],
    ['It is a good company, Peter Jones said.', { 'Peter Jones': 'person' }],
    ['Jane Smith, the Labour Party candidate, said so.', { 'Jane Smith': 'person' }],
    ["Nguyen Van An, the Communist Party's envoy, said so.", { 'Nguyen Van An': 'person' }],
  ] as const)('a person, a country, a possessive, a date, a common word, a title or a longer name is none: %s', (text, read) => {
    expect(described(text, read)).toEqual([]);
  });

  it('the stated type is the type of every mention of the name in the article', () => {
    const e = entitiesOf('Indonesian ride-hailing firm Gojek said on Tuesday it would merge.\nGojek drivers protested.\nTalks with Gojek stalled.');
    expect(e.organizations.map((o) => [o.name, o.mentions.length])).toEqual([['Gojek', 3]]);
    expect(e.people).toEqual([]);
  });
});

describe('organizations joined to an organization', () => {
  /** The names the coordination step adds beside the organization `claimed`. */
  function coordinated(text: string, claimed: string): string[] {
    const state = ruleState(text, claimed);
    findCoordinatedNames(state);
    return state.candidates.slice(1).map((c) => `${spanText(state, c.from, c.to)}:${c.type}`).sort();
  }

  it.each([
    ['Hoechst and Bayer were little changed.', 'Bayer', ['Hoechst:organization']],
    ['Shares in Bayer and Hoechst were little changed.', 'Bayer', ['Hoechst:organization']],
    ['Sberbank, Gazprombank and VTB raised rates.', 'VTB', ['Gazprombank:organization']],
    ['Orders went to Embraer, Airbus or Boeing.', 'Airbus', ['Boeing:organization', 'Embraer:organization']],
    ['The largest parties were Golkar, Nahdlatul Ulama, the Muslim Party and the National Party.', 'Nahdlatul Ulama', ['Golkar:organization']],
  ])('an unknown name beside an organization in a list is one too: %s', (text, claimed, found) => {
    expect(coordinated(text, claimed)).toEqual(found);
  });

  it.each([
    ['Trade and Industry Ministry officials met.', 'Industry Ministry'],
    ['On Monday and Tuesday the Senate sat.', 'Senate'],
    ["Samsung's and Apple's phones sold well.", 'Apple'],
    ['Officials from Bayer and Regional Development met.', 'Bayer'],
    ['Engineers from Google and Larry Ellison met.', 'Google'],
    ['Separately, Berkshire Hathaway Inc, the conglomerate run by Warren Buffett, cut its stake.', 'Berkshire Hathaway Inc'],
  ])('common words, calendar words, first names, possessives and longer names are no such list: %s', (text, claimed) => {
    expect(coordinated(text, claimed)).toEqual([]);
  });

  it.each([
    ['Engines come from Safran and General Electric.', 'General Electric', 'Safran', 'organization'],
    ['Executives from Lukoil and Uzbekneftegaz met.', 'Lukoil', 'Uzbekneftegaz', 'organization'],
    ['Engineers from Google and Larry met.', 'Google', 'Larry', 'person'],
    ['Officials from Bayer, Schmidt and others met.', 'Bayer', 'Schmidt', 'person'],
  ])('a one-word person "and" joins to an organization is one too, unless a first name or a comma: %s', (text, claimed, person, type) => {
    const state = ruleState(text, claimed);
    const from = state.tokens.findIndex((t) => t.text === person);
    claim(state, { type: 'person', from, to: from + 1 });
    findCoordinatedNames(state);
    expect(state.candidates.find((c) => c.from === from)?.type).toBe(type);
  });
});

describe('an organization named without its kind noun', () => {
  it('is the organization the article names with it', () => {
    const e = entitiesOf('The opposition Labour Party won the seat on Thursday.\nLabour leader Keir Starmer thanked voters.');
    expect(e.organizations.map((o) => [o.name, o.mentions.length])).toEqual([['Labour Party', 2]]);
  });

  it("a company's first word that is also an English word is the company where it is capitalised mid-sentence", () => {
    const e = entitiesOf("Grab Holdings agreed to buy GoTo.\nShares of GoTo fell 4% in Jakarta, while Grab's shares were flat.\nThey will grab a coffee.");
    expect(e.organizations.find((o) => o.name === 'Grab Holdings')?.mentions.map((m) => m.text)).toEqual(['Grab Holdings', 'Grab']);
  });

  it('or without every kind noun that ends its name', () => {
    const e = entitiesOf("DBS Group Holdings, Southeast Asia's largest bank, raised its dividend.\nShares of DBS rose 2.5% in Singapore.");
    expect(e.organizations.map((o) => [o.name, o.mentions.length])).toContainEqual(['DBS Group Holdings', 2]);
    expect(e.organizations.map((o) => o.name)).not.toContain('DBS');
  });

  it('a company’s first word before its trade word is the company wherever the article writes it, but not the start of another name', () => {
    const e = entitiesOf('Reliance Industries will spin off Reliance Retail.\nRegulators asked Reliance for details.\nReliance declined to comment.');
    expect(e.organizations.map((o) => [o.name, o.mentions.length])).toContainEqual(['Reliance Industries', 3]);
    const globe = entitiesOf('Globe Telecom sold its towers.\nGlobe president Ernest Cu said the deal would close.');
    expect(globe.organizations.map((o) => [o.name, o.mentions.length])).toEqual([['Globe Telecom', 2]]);
    expect(globe.people.map((p) => p.name)).toEqual(['Ernest Cu']);
  });

  it('a company named after a town is the company by its first word where the recognizer read the town', () => {
    const e = entitiesOf('Nissan Motor Co and Honda Motor Co called off merger talks on Wednesday.\nThe talks failed after Honda proposed making Nissan a subsidiary.');
    expect(entityNamed(e.organizations, 'Honda Motor Co')?.mentions).toHaveLength(2);
    expect(e.places).toEqual([]);
  });

  it('a company’s name after its opening demonym joins it where it is typed an organization', () => {
    const e = entitiesOf('The Saudi Press Agency reported the talks.\nSaudi Aramco and QatarEnergy also signed an agreement on gas shipping, a statement said. Aramco chief executive Amin Nasser said the deal would help.');
    expect(entityNamed(e.organizations, 'Saudi Aramco')?.mentions.map((m) => m.text)).toEqual(['Saudi Aramco', 'Aramco']);
  });

  it('but not a common word or an adjective before the trade word', () => {
    const e = entitiesOf('General Motors cut jobs.\nGeneral Lee surrendered.\nWorld Group met.\nWorld leaders spoke.');
    expect(e.organizations.flatMap((o) => o.mentions.map((m) => m.text))).not.toContain('General');
    expect(e.organizations.flatMap((o) => o.mentions.map((m) => m.text))).not.toContain('World');
  });

  it('a company named after a town is the company by that name where it is not used as a place', () => {
    const e = entitiesOf('Vinamilk and Masan Group reported higher quarterly profits on Monday.\nMasan, which owns the WinMart supermarket chain, said revenue rose 8%.');
    expect(entityNamed(e.organizations, 'Masan Group')?.mentions).toHaveLength(2);
    expect(e.places.map((p) => p.name)).not.toContain('Masan');
  });

  it('the one name in brackets after an organization is its short name, but not its country', () => {
    const e = entitiesOf('Vietnam Dairy Products JSC (Vinamilk) reported higher profits.\nVinamilk said exports had grown.');
    expect(entityNamed(e.organizations, 'Vietnam Dairy Products JSC')?.mentions.map((m) => m.text)).toEqual(['Vietnam Dairy Products JSC', 'Vinamilk', 'Vinamilk']);
    expect(e.people).toEqual([]);
    const country = entitiesOf('Mitsubishi Electric (Japan) won the order.');
    expect(country.places.map((p) => p.name)).toEqual(['Japan']);
  });

  it('a company’s name without its legal form and kind noun joins it, but an organization named on its own stays apart', () => {
    const e = entitiesOf("Malaysia's national oil company Petronas won a contract.\nThe deal would lift Petronas Chemicals Group Bhd's earnings. Shares of Petronas Chemicals rose 2.4%.");
    expect(e.organizations.map((o) => [o.name, o.mentions.length])).toEqual([['Petronas', 1], ['Petronas Chemicals Group Bhd', 2]]);
  });

  it('but not a place, and not when two organizations share the short form', () => {
    const e = entitiesOf('Vietnam Airlines added flights.\nVietnam said exports rose.');
    expect(e.places.map((p) => p.name)).toContain('Vietnam');
    const two = entitiesOf('The Green Party and the Green Group met.\nGreen officials said little.');
    expect(two.organizations.every((o) => o.name !== 'Green')).toBe(true);
  });
});

describe('honours', () => {
  it.each([
    ['She received the Order of Australia in 2010.', 'Order of Australia'],
    ['He was awarded the Order of Lenin in 1965.', 'Order of Lenin'],
    ['The president received Kazakhstan’s Order of Dostyk at the ceremony.', 'Order of Dostyk'],
  ])('an order named bare, or after its possessor, is an honour, no organization: %s', (text, honour) => {
    expect(orgNames(text).some((o) => o.includes(honour))).toBe(false);
  });

  it('a fraternal order is an organization', () => {
    expect(orgNames('He joined the Fraternal Order of Eagles in Seattle.')).toContain('Fraternal Order of Eagles');
  });
});

describe('organizations named by common words', () => {
  it.each([
    ['He later joined Veterans for Peace and spoke at rallies.', 'Veterans for Peace'],
    ['Volunteers from the Red Cross handed out water.', 'Red Cross'],
    ['He campaigned with Club for Growth against the tax.', 'Club for Growth'],
  ])('in mid-sentence, common words the recognizer reads as an organization are its name: %s', (text, name) => {
    expect(orgNames(text)).toContain(name);
  });

  it('so are three or more at the start of a sentence', () => {
    expect(orgNames('Human Rights Watch said the arrest was a step toward justice.')).toContain('Human Rights Watch');
  });

  it.each([
    'Both sides signed the Free Trade Agreement in Hanoi.',
    'The two leaders upgraded ties to a Comprehensive Strategic Partnership.',
    'Officials discussed the Action Plan and the Joint Statement.',
  ])('a document, agreement or plan of common words is none: %s', (text) => {
    expect(orgNames(text)).toEqual([]);
  });
});
