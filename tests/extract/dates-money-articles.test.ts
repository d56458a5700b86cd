// Whole articles written for these tests (fixtures/dates-money/*.txt), each with the complete list
// of dates and money it must yield, in order, through the real pipeline entry point.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../functions/extract/index.ts';

const DIR = path.join(import.meta.dirname, 'fixtures/dates-money');
const articles = fs.readdirSync(DIR).filter((f) => f.endsWith('.txt')).map((f) => f.replace(/\.txt$/, ''));

interface Expected {
  publishedAt: string | null;
  dates: [string, string][];
  money: [string, number, string, string | null, number | null][];
}

describe.each(articles)('article %s', (name) => {
  const text = fs.readFileSync(path.join(DIR, `${name}.txt`), 'utf8');
  const expected = JSON.parse(fs.readFileSync(path.join(DIR, `${name}.expected.json`), 'utf8')) as Expected;
  const result = extractArticle(text);

  it('resolves against the expected publication date', () => {
    expect(result.publishedAt).toBe(expected.publishedAt);
  });

  it('finds every date and nothing else', () => {
    expect(result.dates.map((d) => [d.text, d.value])).toEqual(expected.dates);
  });

  it('finds every amount and nothing else', () => {
    expect(result.money.map((m) => [m.text, m.amount, m.currency, m.qualifier ?? null, m.amountHigh ?? null])).toEqual(expected.money);
  });

  it('keeps exact offsets', () => {
    for (const span of [...result.dates, ...result.money]) expect(text.slice(span.start, span.end)).toBe(span.text);
  });
});
