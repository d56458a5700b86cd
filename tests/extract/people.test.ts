// People rules: names found from roles and apposition, titles never part of a name, later short
// mentions joined to the full name.
import { describe, expect, it } from 'vitest';
import { createState } from '../../functions/extract/entities/claims.ts';
import { findBracketedNationals } from '../../functions/extract/entities/people/find-bracketed-nationals.ts';
import { tokenize } from '../../functions/extract/entities/tokens.ts';
import { entitiesOf, entityNamed } from './fixtures/entities/find.ts';

describe('people found from titles and roles', () => {
  it.each([
    ['State President Vo Van Thuong hosted a reception.', 'Vo Van Thuong'],
    ['Kazakh President Kassym-Jomart Tokayev arrived on Sunday.', 'Kassym-Jomart Tokayev'],
    ['talks with Party General Secretary Tô Lâm in Astana.', 'Tô Lâm'],
    ['visits by Minister of Foreign Affairs Nguyen Manh Cam in 1994.', 'Nguyen Manh Cam'],
    ['and PM Vo Van Kiet in June 1994.', 'Vo Van Kiet'],
    ['Chairwoman of the Vietnam National Assembly Nguyen Thi Kim Ngan in October.', 'Nguyen Thi Kim Ngan'],
    ['Deputy Prime Minister and Minister of Foreign Affairs of the Republic of Kazakhstan Mukhtar Tileuberdi in August.', 'Mukhtar Tileuberdi'],
    ['Chairman of the Communist Party of Vietnam (CPV) Commission for External Relations Hoang Binh Quan in April.', 'Hoang Binh Quan'],
    ["Kazakh Parliament's Lower House Speaker Zhakupov Kabibolla Kabenovich in March.", 'Zhakupov Kabibolla Kabenovich'],
    ['at the invitation of his Vietnamese counterpart Vo Van Thuong.', 'Vo Van Thuong'],
    ['welcomed by Deputy Minister of Foreign Affairs Le Thi Thu Hang, along with diplomats.', 'Le Thi Thu Hang'],
    ['Minister of Health Budi Gunadi Sadikin said vaccines had arrived.', 'Budi Gunadi Sadikin'],
    ['Cambodian Minister of Commerce Cham Nimul signed the deal.', 'Cham Nimul'],
    ['Minister of Science and Technology Huynh Thanh Dat spoke first.', 'Huynh Thanh Dat'],
    ['Minister of Justice Le Thanh Long spoke first.', 'Le Thanh Long'],
    ['Minister of Health Do Xuan Tuyen spoke first.', 'Do Xuan Tuyen'],
    ['Deputy Prime Minister Ho Duc Phoc opened the forum.', 'Ho Duc Phoc'],
    ['DBS said chief executive Tan Su Shan would lead the review.', 'Tan Su Shan'],
    ['Secretary of War William Howard Taft met the prime minister.', 'William Howard Taft'],
    ['Minister of Oil Ali Al-Naimi spoke first.', 'Ali Al-Naimi'],
    ['Vietnamese Ambassador to Kazakhstan Pham Thai Nhu Mai said.', 'Pham Thai Nhu Mai'],
    ['led by former President Nursultan Nazarbayev in 2011.', 'Nursultan Nazarbayev'],
    ['U.S. Secretary of State Antony Blinken joined the talks.', 'Antony Blinken'],
    ['Brazilian President Luiz Inácio Lula da Silva met reporters.', 'Luiz Inácio Lula da Silva'],
    ['German Chancellor Olaf Scholz met the press.', 'Olaf Scholz'],
    ['Mayor of London Sadiq Khan opened the bridge.', 'Sadiq Khan'],
    ['Mayor of Florence Dario Nardella opened the bridge.', 'Dario Nardella'],
    ['It was a New Deal program of U.S. President Franklin D. Roosevelt in the 1930s.', 'Franklin D. Roosevelt'],
    ['Senator John F. Kennedy spoke in Boston.', 'John F. Kennedy'],
    ['State party chief D.K. Shivakumar is a contender for the top job.', 'D.K. Shivakumar'],
    ['Telkomsat chief executive Lukman Hakim Abd. Rauf told reporters.', 'Lukman Hakim Abd. Rauf'],
    ['the visit of General Secretary To Lam to Kazakhstan next week.', 'To Lam'],
    ['after meeting Egyptian President Abdel Fattah al-Sisi at the palace.', 'Abdel Fattah al-Sisi'],
    ["The agency's Director-General Tedros Adhanom Ghebreyesus warned of an outbreak.", 'Tedros Adhanom Ghebreyesus'],
  ])('%s → %s', (text, name) => {
    const { people } = entitiesOf(text);
    expect(people.map((p) => p.name)).toEqual([name]);
  });
});

describe('people named without a role', () => {
  it.each([
    ['John Smith, a spokesman for the ministry, declined to comment.', 'John Smith'],
    ['Ursula von der Leyen spoke in Strasbourg.', 'Ursula von der Leyen'],
  ])('%s → %s', (text, name) => {
    expect(entitiesOf(text).people.map((p) => p.name)).toContain(name);
  });
});

describe('people introduced by an apposition', () => {
  it.each([
    ['Nguyen Van Binh, director of the provincial health department, said so.', 'Nguyen Van Binh'],
    ['Tran Thi Lan, a senior official at the ministry, agreed.', 'Tran Thi Lan'],
    ['Kim Min-jae, the Foreign Ministry spokesman, told reporters.', 'Kim Min-jae'],
  ])('%s → %s', (text, name) => {
    expect(entitiesOf(text).people.map((p) => p.name)).toEqual([name]);
  });

  it.each([
    'Kazakhstan, the most dynamic economy in Central Asia, grew.',
    'Foreign Affairs, the ministry said, will lead.',
  ])('not a person: %s', (text) => {
    expect(entitiesOf(text).people).toEqual([]);
  });
});

describe('later short mentions join the full name', () => {
  it.each([
    ['Kazakh President Kassym-Jomart Tokayev arrived. Tokayev later met students.', 'Kassym-Jomart Tokayev', 'Tokayev'],
    ['General Secretary Tô Lâm spoke.\n\nParty chief Lâm said ties were strong. Lâm’s visit ended.', 'Tô Lâm', 'Lâm'],
    ['Ambassador Pham Thai Nhu Mai said so.\n\nAccording to Ambassador Mai, trade grew.', 'Pham Thai Nhu Mai', 'Mai'],
    ['President Vo Van Thuong met guests.\n\nPresident Thuong will chair the ceremony.', 'Vo Van Thuong', 'Thuong'],
    ['Chinese leader Xi Jinping met guests. Xi said trade grew.', 'Xi Jinping', 'Xi'],
    ['Commission President Ursula von der Leyen spoke. Von der Leyen said so.', 'Ursula von der Leyen', 'Von der Leyen'],
  ])('%s', (text, full, short) => {
    const { people } = entitiesOf(text);
    expect(people).toHaveLength(1);
    expect(people[0].name).toBe(full);
    expect(people[0].aliases).toContain(short);
    expect(people[0].mentions.length).toBeGreaterThanOrEqual(2);
  });

  it('does not take a grammar word for a family name written first ("To" of "To Lam")', () => {
    const { people } = entitiesOf('General Secretary To Lam arrived. To boost trade, both sides signed deals.');
    expect(people[0].mentions).toHaveLength(1);
  });

  it('makes a word shared by two full names no third person: it joins the one named last before it', () => {
    const { people } = entitiesOf('President Nguyen Van An met Minister Tran Van An. An spoke first.');
    expect(people.map((p) => p.name).sort()).toEqual(['Nguyen Van An', 'Tran Van An']);
    expect(people.find((p) => p.name === 'Nguyen Van An')!.mentions.map((m) => m.text)).toEqual(['Nguyen Van An']);
  });
});

describe('titles are never people', () => {
  it.each([
    'The Kazakh President’s official visit to Việt Nam takes place this week.',
    'Thanking the President and the Kazakh government for their support.',
    'At the invitation of President Kassym-Jomart Tokayev, the Party chief will pay a state visit.',
    'the first by a General Secretary of the Communist Party of Việt Nam to Kazakhstan since 1992',
    'He served as acting president, foreign minister and prime minister.',
    'director-general of the United Nations Office at Geneva, Switzerland.',
    'paid a visit to President Ho Chi Minh Mausoleum.',
  ])('%s', (text) => {
    const names = entitiesOf(text).people.map((p) => p.name);
    expect(names.filter((n) => /president|secretary|chief|minister|general|party|geneva|mausoleum/i.test(n))).toEqual([]);
  });

  it.each([
    ['The talk show was hosted by Larry King on CNN for years.', 'Larry King'],
    ['The concert featured B.B. King and Eric Clapton.', 'B.B. King'],
    ['She quoted Alexander Pope in her speech.', 'Alexander Pope'],
  ])('but a title word is a surname after a first name or an initial: %s', (text, name) => {
    expect(entitiesOf(text).people.map((p) => p.name)).toContain(name);
  });

  it('a title with no first name before it is still no person (Crown Prince, the King)', () => {
    expect(entitiesOf('Crown Prince Mohammed bin Salman met the King.').people.map((p) => p.name)).toEqual(['Mohammed bin Salman']);
  });
});

describe('storms are named like people but are none', () => {
  it.each([
    'Floods caused by Storm Boris killed at least 16 people in Poland. Boris also hit Austria.',
    'Typhoon Yagi hit Hanoi on Saturday. Yagi killed 20 people, officials said.',
    'Tropical Storm Helene made landfall in Florida on Thursday.',
  ])('%s', (text) => {
    expect(entitiesOf(text).people.map((p) => p.name)).toEqual([]);
  });

  it('a storm is no organization either', () => {
    const e = entitiesOf('Floods caused by Storm Daniel have killed more than 5,000 people in eastern Libya, officials said on Tuesday.');
    expect(e.organizations.map((o) => o.name)).toEqual([]);
    expect(e.people).toEqual([]);
  });

  it('a person who shares the name of a storm is still a person', () => {
    const names = entitiesOf('Storm Boris flooded the valley. Boris Johnson visited the town.').people.map((p) => p.name);
    expect(names).toEqual(['Boris Johnson']);
  });
});

describe('a middle word of one full name is that person', () => {
  it('Lula is Luiz Inácio Lula da Silva', () => {
    const { people } = entitiesOf('Lula meets Milei at summit\nBrazilian President Luiz Inácio Lula da Silva met Argentine President Javier Milei on Friday.');
    expect(people.map((p) => [p.name, ...p.aliases])).toEqual([['Luiz Inácio Lula da Silva', 'Lula'], ['Javier Milei', 'Milei']]);
  });
});

describe('players on a cricket scorecard', () => {
  it.each([
    ['Saeed Anwar c Croft b Cork 176', ['Saeed Anwar', 'Croft', 'Cork']],
    ['Ijaz Ahmed lbw b Mullally 61', ['Ijaz Ahmed', 'Mullally']],
    ['Moin Khan c & b Salisbury 0', ['Moin Khan', 'Salisbury']],
    ['Inzamam-ul-Haq run out 35', ['Inzamam-ul-Haq']],
    ['Salim Malik not out 24', ['Salim Malik']],
  ])('each name between the dismissal notation is a person, a town too: %s', (text, names) => {
    const e = entitiesOf(text);
    expect(e.people.map((p) => p.name)).toEqual(names);
    expect(e.places).toEqual([]);
  });

  it.each([
    'Extras ( b 4 , lb 2 , nb 5 ) 11',
    'Total ( for 5 wickets ) 326',
    'He was out for 12 after rain in Cork 2',
  ])('extras, totals and prose are no batting line: %s', (text) => {
    expect(entitiesOf(text).people).toEqual([]);
  });
});

describe('competitors with their country in brackets', () => {
  it.each([
    ['Monica Seles ( U.S. ) beat Anne-Gaelle Sidot ( France ) 6-0 6-4', ['Monica Seles', 'Anne-Gaelle Sidot']],
    ['Steffi Graf (Germany) beat Monica Seles (U.S.) 6-0 6-4', ['Steffi Graf', 'Monica Seles']],
    ['68 Miguel Angel Jimenez ( Spain ), Thomas Bjorn ( Denmark )', ['Miguel Angel Jimenez', 'Thomas Bjorn']],
    ['65 Greg Norman ( Australia ) , Nick Price ( Zimbabwe )', ['Greg Norman', 'Nick Price']],
    ['69 Tiger Woods ( U.S. ) , Justin Leonard ( U.S. ) , Colin Montgomerie', ['Tiger Woods', 'Justin Leonard', 'Colin Montgomerie']],
  ])('a first-name-led name before a bracketed country is a person, and so is any other name of that list: %s', (text, names) => {
    expect(entitiesOf(text).people.map((p) => p.name)).toEqual(expect.arrayContaining(names));
  });

  it.each([
    'Ajax ( Netherlands ) beat Porto ( Portugal ) 2-0',
    'The Grace Foundation (Kenya) gave grants.',
  ])('a club or a body before a bracketed country is no person: %s', (text) => {
    expect(entitiesOf(text).people).toEqual([]);
  });
  it('a line of clubs names nobody by a first name, so the rule claims none of them', () => {
    const text = 'Dynamo Kiev ( Ukraine ) 3 Red Star ( Yugoslavia ) 1';
    const state = createState(tokenize({ text, start: 0 }), text, 0);
    findBracketedNationals(state);
    expect(state.candidates).toEqual([]);
  });
});

describe('people named right after their occupation or their kin', () => {
  it.each([
    ['Brazilian striker Ronaldo, signed from PSV Eindhoven, missed a penalty.', 'Ronaldo'],
    ['The album features the singer Sting on two songs.', 'Sting'],
    ['The Turkish novelist Orhan Pamuk won the prize.', 'Orhan Pamuk'],
    ['His novels drew on the life of his son Hikari, who was born with brain damage.', 'Hikari'],
    ['Levy met Palestinian negotiator Saeb Erekat at the ministry.', 'Saeb Erekat'],
    ['The Kenyan activist Boniface Mwangi was detained on Sunday.', 'Boniface Mwangi'],
  ])('%s → %s', (text, name) => {
    expect(entitiesOf(text).people.map((p) => p.name)).toContain(name);
  });

  it.each([
    'The writer Today said nothing.',
    "The singer's Paris concert was cancelled.",
    'The actor President of the guild spoke.',
  ])('a common word, a possessive or a title after the occupation is none: %s', (text) => {
    expect(entitiesOf(text).people).toEqual([]);
  });
});

describe('honorifics are no part of the name', () => {
  it.each([
    ['Prime Minister Datuk Seri Anwar Ibrahim said the economy grew.', 'Anwar Ibrahim'],
    ['Tan Sri Muhyiddin Yassin denied the charges.', 'Muhyiddin Yassin'],
    ["Dato' Sri Najib Razak was released on Friday.", 'Najib Razak'],
    ['Tun Dr Mahathir Mohamad spoke in Putrajaya.', 'Mahathir Mohamad'],
    ['Prime Minister Shri Narendra Modi inaugurated the bridge.', 'Narendra Modi'],
    ['Finance Minister Smt. Nirmala Sitharaman presented the budget.', 'Nirmala Sitharaman'],
  ])('%s → %s', (text, name) => {
    expect(entitiesOf(text).people.map((p) => p.name)).toContain(name);
  });

  it.each([
    ['DBS said chief executive Tan Su Shan would lead the review.', 'Tan Su Shan'],
    ['Finance Minister Sri Mulyani Indrawati presented the budget.', 'Sri Mulyani Indrawati'],
  ])('"Tan" and "Sri" alone are names: %s', (text, name) => {
    expect(entitiesOf(text).people.map((p) => p.name)).toContain(name);
  });
});
