// Names from many cultures on news the rules were not written for: the learned recognizer (with the
// rules' findings as features) through the whole entity pipeline. Every row is our own sentence and
// a real expectation: the named entity must come out with this name and type.
import { describe, expect, it } from 'vitest';
import { entitiesOf, formsOf } from './fixtures/entities/find.ts';

type Kind = 'people' | 'places' | 'organizations';

function names(text: string, kind: Kind): string[] {
  return entitiesOf(text)[kind].map((e) => e.name);
}

describe('people from many cultures, with and without titles', () => {
  it.each([
    // Vietnamese (family name first)
    ['Nguyen Thi Lan, a trader in the market, said prices had doubled.', 'Nguyen Thi Lan'],
    ['Prime Minister Pham Minh Chinh chaired the meeting.', 'Pham Minh Chinh'],
    // Kazakh
    ['Aigerim Tazhibayeva told reporters the plant would reopen.', 'Aigerim Tazhibayeva'],
    ['Foreign Minister Murat Nurtleu arrived in Tokyo on Sunday.', 'Murat Nurtleu'],
    // Chinese (family name first)
    ['Xi Jinping met Wang Yi before the summit.', 'Wang Yi'],
    ['Li Qiang said growth would be steady this year.', 'Li Qiang'],
    // Indonesian (often one name)
    ['Joko Widodo inaugurated the new port in Makassar.', 'Joko Widodo'],
    ['Energy Minister Bahlil Lahadalia said exports would rise.', 'Bahlil Lahadalia'],
    ['Sri Mulyani Indrawati presented the budget to parliament.', 'Sri Mulyani Indrawati'],
    // Arabic
    ['Mohammed bin Salman received the delegation in Riyadh.', 'Mohammed bin Salman'],
    ['Ahmed Aboul Gheit, the league chief, urged restraint.', 'Ahmed Aboul Gheit'],
    // Japanese (given name first in English news)
    ['Fumio Kishida visited the flooded towns.', 'Fumio Kishida'],
    ['Chief Cabinet Secretary Yoshimasa Hayashi declined to comment.', 'Yoshimasa Hayashi'],
    // Portuguese
    ['Luiz Inácio Lula da Silva signed the decree in Brasília.', 'Luiz Inácio Lula da Silva'],
    ['Marcelo Rebelo de Sousa praised the agreement.', 'Marcelo Rebelo de Sousa'],
    // a middle initial does not cut the name
    ['John F. Kennedy Jr. was not mentioned, but Michael J. Fox spoke.', 'Michael J. Fox'],
  ])('%s → %s', (text, name) => {
    expect(names(text, 'people')).toContain(name);
  });

  // Known wrong with the committed model (MODEL_CARD.md, limits): kept here so a model that gets
  // them right says so by failing this table; then move the row back up.
  it.fails.each([
    // "xi" is also a Roman numeral; its word cluster sits with numbering, and the sentence has no other cue.
    ['Xi Jinping met Wang Yi before the summit.', 'Xi Jinping'],
  ])('still wrong: %s → %s', (text, name) => {
    expect(names(text, 'people')).toContain(name);
  });
});

describe('companies with and without legal suffixes, and one-word organizations', () => {
  it.each([
    ['PT Pertamina raised fuel prices on Monday.', 'PT Pertamina'],
    ['Shares of Vale SA fell after the report.', 'Vale SA'],
    ['The loan came from Maybank Islamic Bhd and two other lenders.', 'Maybank Islamic Bhd'],
    // Spans never carry the sentence's punctuation, so the abbreviation's dot stays outside.
    ['Samsung Electronics Co., Ltd. reported higher profit.', 'Samsung Electronics Co., Ltd'],
    ['Kazatomprom JSC said output rose.', 'Kazatomprom JSC'],
    ['The audit was done by Ernst & Young LLP for the board.', 'Ernst & Young LLP'],
    ['Bank Mandiri and Bank Indonesia published new figures.', 'Bank Mandiri'],
    ['Bank Mandiri and Bank Indonesia published new figures.', 'Bank Indonesia'],
    ['State lender Bank Mandiri raised its rates.', 'Bank Mandiri'],
    ['Fitch Ratings kept its rating unchanged.', 'Fitch Ratings'],
    ['The Karachi-based brokerage Topline Securities said foreign investors sold shares.', 'Topline Securities'],
    ['Rival Samsung Electronics Co. said profit fell.', 'Samsung Electronics Co'],
    ['General Motors Co. said sales rose.', 'General Motors Co'],
    ['AT&T Inc fell after reporting fewer new subscribers.', 'AT&T Inc'],
    ['Rival BYD Co. and Tata Motors dominate the market.', 'BYD Co'],
    ['Scientists at Imperial College London built the magnetometer.', 'Imperial College London'],
    ['Major League Baseball said its season would start on time.', 'Major League Baseball'],
  ])('%s → %s', (text, name) => {
    expect(names(text, 'organizations')).toContain(name);
  });

  it('a company named later without its legal form is the same organization', () => {
    const e = entitiesOf('PT Pertamina raised fuel prices on Monday.\nPertamina said the refinery would restart next week.');
    expect(e.organizations.map((o) => [o.name, ...o.aliases])).toEqual([['PT Pertamina', 'Pertamina']]);
    expect(e.people).toEqual([]);
  });

  it('a name that starts with an article lends no "The" to the rest of the article', () => {
    const e = entitiesOf('Songs came out on The Marshall Mathers LP last year.\nThe tour began in May, and The crowd was large.');
    const mentions = e.organizations.flatMap((o) => o.mentions.map((m) => m.text));
    expect(mentions).toContain('The Marshall Mathers LP');
    expect(mentions).not.toContain('The');
  });

  it('a headline naming a company by a word that is also a city is the same organization', () => {
    // Toyota is a city in Aichi as well; the headline's mention was typed an organization, so it joins.
    const e = entitiesOf('Toyota to build battery plant\nTOKYO (Reuters) - Toyota Motor Corp said on Tuesday it would invest $1 billion.');
    expect(e.organizations.filter((o) => o.name !== 'Reuters').map((o) => [o.name, ...o.aliases])).toEqual([['Toyota Motor Corp', 'Toyota']]);
  });

  it('a company named later by its first name word is the same organization', () => {
    const e = entitiesOf('PT Vale Indonesia Tbk said output rose.\nVale expects prices to recover.');
    expect(e.organizations.map((o) => [o.name, ...o.aliases])).toEqual([['PT Vale Indonesia Tbk', 'Vale']]);
    expect(e.people).toEqual([]);
  });
});

describe('places in datelines and prose', () => {
  it.each([
    ['MOROWALI, Indonesia — Nickel output rose again this year.', 'Indonesia'],
    ['HANOI, Vietnam (AP) — The government approved the plan.', 'Vietnam'],
    ['Flights between Almaty and Seoul resume in May.', 'Almaty'],
    ['Flights between Almaty and Seoul resume in May.', 'Seoul'],
  ])('%s → %s', (text, name) => {
    expect(names(text, 'places')).toContain(name);
  });

  it('a name between "the" and a lower-case kind of place is that place, not a person', () => {
    const e = entitiesOf('David Bar-Illan told Israel Radio the meeting would take place at the Erez crossing between Israel and the Gaza Strip.');
    expect(e.places.map((p) => p.name)).toContain('Erez');
    expect(e.people.map((p) => p.name)).toEqual(['David Bar-Illan']);
  });

  it.each([
    'MOROWALI, Indonesia — Nickel output rose again this year.',
    'JAKARTA, Indonesia — Bank Indonesia kept its rate unchanged.',
    'ASTANA — The talks ended on Friday.',
  ])('a dateline city is a place, not a person or organization: %s', (text) => {
    const city = text.split(/[,\s]/)[0].toLowerCase();
    const e = entitiesOf(text);
    expect(formsOf(e.places)).toContain(city);
    expect([...formsOf(e.people), ...formsOf(e.organizations)]).not.toContain(city);
  });

  it.each([
    ['LONDON 1996-08-30\nShares fell on Friday.', 'london'],
    ['BANGKOK, Aug 14 (Reuters) - Thailand’s court removed the premier.', 'bangkok'],
    ['KOCHI, India — Heavy rains killed dozens.', 'kochi'],
    // Wire copy written with spaces around its punctuation.
    ['AL-AIN , United Arab Emirates 1996-12-06\nJapan won the match.', 'al ain'],
  ])('a dateline with its day or agency names its city: %s', (text, city) => {
    expect(formsOf(entitiesOf(text).places)).toContain(city);
  });

  it.each([
    ['BANGKOK, Aug 14 (Reuters) - Thailand’s court removed the premier.', 'Reuters'],
    ['HANOI, Vietnam (AP) — The government approved the plan.', 'AP'],
    ['SYDNEY, May 4 (AP) — Voters went to the polls.', 'AP'],
  ])('the agency in a dateline is an organization: %s', (text, agency) => {
    expect(names(text, 'organizations')).toContain(agency);
  });

  it('an agency written in lower case (dpa) still closes the dateline', () => {
    const e = entitiesOf('BERLIN (dpa) - The government said the plan was ready.');
    expect(formsOf(e.places)).toContain('berlin');
  });

  it('a shouted headline with a dash is no dateline: its first word is no place', () => {
    expect(formsOf(entitiesOf('SOCCER - LEEDS BEAT CHELSEA IN THE OPENER\nThe match ended late.').places)).not.toContain('soccer');
  });

  it('a legal suffix is no place: Vale SA', () => {
    expect(formsOf(entitiesOf('Shares of Vale SA fell after the report.').places)).not.toContain('sa');
  });
});

describe('capitalised common words and shouted headlines', () => {
  it.each([
    ['Exports rose in March, the ministry said.'],
    ['Shares fell sharply on Friday.'],
    ['Prices of rice climbed again.'],
  ])('a sentence-initial common word is no entity: %s', (text) => {
    const e = entitiesOf(text);
    expect([...e.people, ...e.places, ...e.organizations].map((x) => x.name)).toEqual([]);
  });

  it.each([
    ['VIETNAM AND KAZAKHSTAN SIGN TRADE DEAL', 'places', 'VIETNAM'],
    ['TOKAYEV VISITS HANOI\nPresident Tokayev arrived in Hanoi on Sunday.', 'people', 'Tokayev'],
  ] as Array<[string, Kind, string]>)('a name in a shouted headline is found: %s', (text, kind, form) => {
    expect(formsOf(entitiesOf(text)[kind])).toContain(form.toLowerCase());
  });

  it.each([
    ['RUSSIA - YELTSIN BACK AT WORK\nPresident Boris Yeltsin returned to the Kremlin on Monday.', 'people', 'Boris Yeltsin', 'YELTSIN'],
    ['BUNDESBANK LEAVES RATES UNCHANGED\nThe Bundesbank left its key rates unchanged on Thursday.', 'organizations', 'Bundesbank', 'BUNDESBANK'],
    ['SOCCER - CHELSEA HELD AT HOME\nChelsea were held 1-1 by Everton on Saturday.', 'organizations', 'Chelsea', 'CHELSEA'],
    ['SOCCER - LEEDS BEAT CHELSEA\nLeeds United beat Chelsea 2-1 on Saturday.', 'organizations', 'Leeds United', 'LEEDS'],
    ["GERMANY'S KOHL SAYS TIMETABLE WILL HOLD\nChancellor Helmut Kohl said Germany would meet the criteria.", 'places', 'Germany', 'GERMANY'],
  ] as Array<[string, Kind, string, string]>)('a shouted word naming an entity of the story is a mention of it: %s', (text, kind, name, shouted) => {
    const entity = entitiesOf(text)[kind].find((e) => e.name === name);
    expect(entity?.mentions.map((m) => m.text)).toContain(shouted);
  });

  it('a title-case headline lends its capitalised common words to no place', () => {
    const e = entitiesOf('Scientists Discover New Species Of Giant Tortoise On Remote Galápagos Island\nResearchers said a tortoise found on Fernandina Island belongs to it.');
    expect(e.places.map((p) => p.name)).toEqual(['Galápagos Island', 'Fernandina Island']);
  });

  it('a shouted family name joins the person the story names in full, as the bare mentions do', () => {
    const e = entitiesOf('RUSSIA - YELTSIN BACK AT WORK\nRussian President Boris Yeltsin returned on Monday.\nYeltsin met the prime minister and discussed the budget.');
    const yeltsins = e.people.filter((p) => p.mentions.some((m) => /yeltsin/i.test(m.text)));
    expect(yeltsins.map((p) => [p.name, p.mentions.length])).toEqual([['Boris Yeltsin', 3]]);
  });

  it('a kind noun of the story is no name in its headline', () => {
    const e = entitiesOf('SENATE PASSES BUDGET\nThe bill passed Senate on Tuesday after a long debate.');
    expect(e.organizations.flatMap((o) => o.mentions.map((m) => m.text))).not.toContain('SENATE');
  });
});

describe('what the rest of the article says a name is', () => {
  it.each([
    ['SEOUL (Yonhap) -- The figures were compiled by Yonhap Infomax, a financial news service.', 'organizations', 'Yonhap Infomax'],
    ['Henry Ford founded Ford Motor Co. in 1903.', 'people', 'Henry Ford'],
    ['Members of the Dante Alighieri Society read Dante Alighieri aloud.', 'people', 'Dante Alighieri'],
  ] as Array<[string, Kind, string]>)('a person opening with an organization\'s first word is that organization, but not a given name or a namesake: %s', (text, kind, name) => {
    expect(names(text, kind)).toContain(name);
  });

  it('a name the recognizer read across a lower-case noun is the names on either side of it', () => {
    const e = entitiesOf('Electric carmaker VinFast, a unit of Vietnamese conglomerate Vingroup, opened a plant in India.');
    expect(e.organizations.map((o) => o.name)).toContain('Vingroup');
    expect([...e.places, ...e.organizations].map((x) => x.name).filter((n) => n.includes('conglomerate'))).toEqual([]);
  });

  it("a name before an organization's possessive and a role is a person", () => {
    expect(names("Tamil Nadu Chief Minister M.K. Stalin attended the ceremony with Pham Nhat Vuong, Vingroup's founder and chairman.", 'people')).toContain('Pham Nhat Vuong');
  });

  it('a one-word person that is an organization without its kind noun is that organization, unless a person bears the word', () => {
    const e = entitiesOf('Sheinbaum, of the ruling Morena party, won easily.\nInvestors worried that Morena would win a majority in Congress.');
    expect(e.people.map((p) => p.name)).not.toContain('Morena');
    const carter = entitiesOf('Former President Jimmy Carter founded the Carter Center in 1982.\nCarter said the center would monitor elections.');
    expect(carter.people.find((p) => p.name === 'Jimmy Carter')?.mentions.length).toBe(2);
  });

  it('a legal form left on its own is no company', () => {
    const e = entitiesOf("SK hynix Inc., the world's second-largest memory chipmaker, said Thursday its profit doubled. Shares of SK hynix rose.");
    expect(e.organizations.map((o) => o.name)).not.toContain('Inc');
  });

  it('a kind of land or water ends a place, never a person', () => {
    const e = entitiesOf('Chinese ships blocked Philippine boats near Second Thomas Shoal on Monday.');
    expect(e.people).toEqual([]);
    expect(e.places.map((p) => p.name)).toContain('Thomas Shoal');
  });
});
