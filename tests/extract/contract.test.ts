// The public contract (../shared/CONTRACT.md) on every sample and on texts chosen to break offsets,
// keys and value formats: whatever the extractor finds, what it emits must be well-formed.
import currencyCodes from 'currency-codes';
import { describe, expect, it } from 'vitest';
import { entityKey, extractArticle, type Extraction, type Span } from '../../functions/extract/index.ts';
import { loadSamples } from '../../bench/samples.ts';

const ISO_CODES = new Set(currencyCodes.codes());
const ISO_PART = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** True for `2023`, `2023-08`, `2023-08-18` naming a real calendar month/day. */
function isIsoPart(value: string): boolean {
  const m = ISO_PART.exec(value);
  if (!m) return false;
  if (m[2] === undefined) return true;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return false;
  if (m[3] === undefined) return true;
  const day = Number(m[3]);
  return day >= 1 && day <= new Date(Date.UTC(Number(m[1]), month, 0)).getUTCDate();
}

function isIsoValue(value: string): boolean {
  const parts = value.split('/');
  if (parts.length > 2 || !parts.every(isIsoPart)) return false;
  // An interval runs forwards: compare on the common prefix precision.
  return parts.length === 1 || parts[0] <= parts[1] || parts[1].startsWith(parts[0]);
}

/** Every violation of the contract in one extraction, as readable strings (empty when valid). */
function findViolations(text: string, out: Extraction): string[] {
  const problems: string[] = [];
  const checkSpan = (where: string, span: Span) => {
    if (!Number.isInteger(span.start) || !Number.isInteger(span.end) || span.start < 0 || span.end > text.length || span.start >= span.end) {
      problems.push(`${where}: bad offsets ${span.start}-${span.end}`);
    } else if (text.slice(span.start, span.end) !== span.text) {
      problems.push(`${where}: "${span.text}" but the text at ${span.start}-${span.end} is "${text.slice(span.start, span.end)}"`);
    }
  };
  if (out.publishedAt !== null && !/^\d{4}-\d{2}-\d{2}$/.test(out.publishedAt)) problems.push(`publishedAt "${out.publishedAt}"`);
  for (const type of ['people', 'places', 'organizations'] as const) {
    const keys = new Set<string>();
    for (const e of out[type]) {
      const where = `${type} "${e.name}"`;
      if (e.key !== entityKey(e.name)) problems.push(`${where}: key "${e.key}" is not entityKey(name) "${entityKey(e.name)}"`);
      if (keys.has(e.key)) problems.push(`${where}: duplicate key "${e.key}"`);
      keys.add(e.key);
      if (e.aliases.includes(e.name)) problems.push(`${where}: the name is also an alias`);
      if (new Set(e.aliases).size !== e.aliases.length) problems.push(`${where}: repeated aliases ${JSON.stringify(e.aliases)}`);
      if (!e.mentions.length) problems.push(`${where}: no mentions`);
      e.mentions.forEach((m) => checkSpan(where, m));
    }
  }
  for (const d of out.dates) {
    checkSpan(`date "${d.text}"`, d);
    if (!isIsoValue(d.value)) problems.push(`date "${d.text}": value "${d.value}" is not ISO 8601 YYYY[-MM[-DD]][/…]`);
  }
  for (const m of out.money) {
    checkSpan(`money "${m.text}"`, m);
    if (!ISO_CODES.has(m.currency)) problems.push(`money "${m.text}": currency "${m.currency}" is not an ISO 4217 code`);
    if (typeof m.amount !== 'number' || !Number.isFinite(m.amount) || m.amount < 0) problems.push(`money "${m.text}": amount ${m.amount}`);
    if (m.amountHigh !== undefined && !(Number.isFinite(m.amountHigh) && m.amountHigh >= m.amount)) problems.push(`money "${m.text}": amountHigh ${m.amountHigh} below amount ${m.amount}`);
  }
  return problems;
}

describe('every sample article produces contract-valid output', () => {
  const samples = loadSamples();
  it('has samples to check', () => expect(samples.length).toBeGreaterThan(0));
  it.each(samples.map((s) => [s.id, s.text]))('%s', (_id, text) => {
    const out = extractArticle(text);
    expect(findViolations(text, out)).toEqual([]);
    // publishedAt comes from the `date YYYY-MM-DD` header when there is one (one sample has none).
    expect(out.publishedAt).toBe(/^\s*date (\d{4}-\d{2}-\d{2})/.exec(text)?.[1] ?? null);
    expect(out.people.length + out.places.length + out.organizations.length).toBeGreaterThan(0);
    expect(out.dates.length).toBeGreaterThan(0);
  });
});

// Texts that stress offsets (astral characters, combining marks, CRLF, tabs), keys (diacritics,
// possessives, repeated names), value formats (ranges, lists, relative dates) and size (no line breaks).
const longParagraph = Array.from({ length: 400 }, (_, i) =>
  `Minister Nguyen Van An met Sarah O'Neill in Hà Nội on March ${(i % 28) + 1}, 2021 and pledged $${i + 1}.5 million.`).join(' ');
const TRICKY: Array<[string, string, string | null]> = [
  ['empty', '', null],
  ['whitespace only', ' \n\t\n ', null],
  ['no entities', 'the cat sat on the mat and then it slept for a while.', null],
  ['emoji before names (surrogate pairs shift UTF-16 offsets)', '😀😀 🇻🇳 President Vo Van Thuong met Kassym-Jomart Tokayev in Astana on August 20, 2023. 👍 Tokayev said €5bn.', null],
  ['combining diacritics (NFD)', 'Vie\u0302\u0323t Nam and Viet Nam and Vietnam signed a deal worth VND 2 trillion with Ha\u0300 No\u0323i officials in 2022.', null],
  ['CRLF and tabs', 'date 2023-08-18\r\n\r\nOn Tuesday,\tthe Ministry of Culture, Sports and Tourism said\r\nit spent £21m last month.\r\n', null],
  ['relative dates without a header', 'On Tuesday the World Bank said it would lend $5-6 billion next week, up from nearly $4 billion in March.', null],
  ['relative dates with publishedAt', 'On Tuesday the World Bank said it would lend $5-6 billion next week, up from nearly $4 billion in March.', '2024-02-29'],
  ['ranges and lists', 'The forum ran August 20-22 and in 2005, 2007 and 2009; the plan covers 2023–2024 and 29/06/1992.', '2023-08-18'],
  ['possessives and punctuation', "Kazakhstan's President Tokayev, Russia's Putin and the U.S. State Department's spokesman (Matthew Miller) spoke.", null],
  ['percentages and bare numbers', 'Growth was 5.2% and 300 people attended; 2,000 visitors came in 12 years.', null],
  ['one long paragraph without line breaks', longParagraph, '2021-01-01'],
];

describe('tricky texts produce contract-valid output', () => {
  it.each(TRICKY)('%s', (_name, text, publishedAt) => {
    const out = extractArticle(text, { publishedAt });
    expect(findViolations(text, out)).toEqual([]);
    expect(out.publishedAt).toBe(publishedAt ?? (/^date (\d{4}-\d{2}-\d{2})/.exec(text)?.[1] ?? null));
  });

  it('finds nothing in an empty text', () => {
    expect(extractArticle('')).toEqual({ publishedAt: null, publishedAtSource: null, people: [], places: [], organizations: [], dates: [], money: [] });
  });
});

describe('the checker itself rejects broken output', () => {
  const text = 'Tokayev paid $5 million on 2023-08-18.';
  const valid = (): Extraction => ({
    publishedAt: null,
    publishedAtSource: null,
    people: [{ name: 'Tokayev', key: 'tokayev', aliases: [], mentions: [{ text: 'Tokayev', start: 0, end: 7 }] }],
    places: [],
    organizations: [],
    dates: [{ text: '2023-08-18', start: 27, end: 37, value: '2023-08-18' }],
    money: [{ text: '$5 million', start: 13, end: 23, amount: 5e6, currency: 'USD' }],
  });
  it.each<[string, (o: Extraction) => void]>([
    ['shifted span', (o) => { o.people[0].mentions[0].start += 1; }],
    ['key not entityKey(name)', (o) => { o.people[0].key = 'Tokayev'; }],
    ['alias equal to name', (o) => { o.people[0].aliases = ['Tokayev']; }],
    ['duplicate key', (o) => { o.people.push({ ...o.people[0] }); }],
    ['non-ISO date', (o) => { o.dates[0].value = '18/08/2023'; }],
    ['impossible day', (o) => { o.dates[0].value = '2023-02-30'; }],
    ['backwards interval', (o) => { o.dates[0].value = '2024/2023'; }],
    ['symbol instead of code', (o) => { o.money[0].currency = '$'; }],
    ['non-finite amount', (o) => { o.money[0].amount = Number.NaN; }],
  ])('%s', (_name, breakIt) => {
    expect(findViolations(text, valid())).toEqual([]);
    const broken = valid();
    breakIt(broken);
    expect(findViolations(text, broken)).not.toEqual([]);
  });
});
