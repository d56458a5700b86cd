// Period families, one table each, against a pinned reference day: Saturday 2026-03-14. Each family
// has its negatives beside it: the same words when they are a duration, a score or a label.
import { describe, expect, it } from 'vitest';
import { findDates } from '../../functions/extract/dates/find-dates.ts';
import { splitSegments } from '../../functions/extract/segments.ts';

const REF = '2026-03-14'; // a Saturday

function valuesOf(text: string, publishedAt: string | null = REF): string[] {
  const found = findDates(splitSegments(text), { publishedAt });
  for (const d of found) expect(text.slice(d.start, d.end)).toBe(d.text);
  return found.map((d) => d.value);
}
const spansOf = (text: string) => findDates(splitSegments(text), { publishedAt: REF }).map((d) => d.text);

describe('month ranges', () => {
  it.each([
    ['Exports rose 4% in January-April 2025.', ['2025-01/2025-04']],
    ['Exports rose 4% in Jan.–Nov. 2025.', ['2025-01/2025-11']],
    ['Exports rose 4% in January-February.', ['2026-01/2026-02']],
    ['Imports fell in October–December.', ['2025-10/2025-12']],
    ['The festival will run in June-August.', ['2026-06/2026-08']],
    ['Arrivals in November-February fell.', ['2025-11/2026-02']],
    ['Arrivals in November-February 2025 fell.', ['2024-11/2025-02']],
    ['between January and March 2025', ['2025-01/2025-03']],
    ['in January and March 2025', ['2025-01', '2025-03']],
  ])('%s', (text, expected) => expect(valuesOf(text)).toEqual(expected));

  it.each(['Mar-a-Lago', 'Jan-Erik met May', 'director Bong Jun-Ho'])('not a range: %s', (text) => {
    expect(valuesOf(text).filter((v) => v.includes('/'))).toEqual([]);
  });

  it('is unresolved without a reference', () => expect(valuesOf('in January-April', null)).toEqual([]));
});

describe('runs of months and halves', () => {
  it.each([
    ['in the first three months of the year', ['2026-01/2026-03']],
    ['in the first nine months of 2025', ['2025-01/2025-09']],
    ['Sales grew in nine months of 2025.', ['2025-01/2025-09']],
    ['over the last two months of 2024', ['2024-11/2024-12']],
    ['in the latter half of 2019', ['2019-07/2019-12']],
    ['in the second half of the year', ['2026-07/2026-12']],
    ['in the first half of next year', ['2027-01/2027-06']],
  ])('%s', (text, expected) => expect(valuesOf(text)).toEqual(expected));

  it.each([
    'in the first three months of his term',
    'sentenced to nine months of prison',
    'sentenced to nine months',
    'in the latter half of the match',
    'in the second half',
  ])('not a period: %s', (text) => expect(valuesOf(text)).toEqual([]));
});

describe('quarters', () => {
  it.each([
    ['Profit rose in the final quarter of 2025.', ['2025-10/2025-12']],
    ['Profits fell in the final quarter.', ['2025-10/2025-12']],
    ['Profit will rise in the final quarter.', ['2026-10/2026-12']],
    ['in the third quarter of the year', ['2026-07/2026-09']],
    ['in the last quarter of 2024', ['2024-10/2024-12']],
    ['Q3 2025 results', ['2025-07/2025-09']],
  ])('%s', (text, expected) => expect(valuesOf(text)).toEqual(expected));

  it.each([
    'He scored 12 points in the final quarter.',
    'The Lakers led the game in the third quarter.',
    'a quarter of the votes',
    'in the last quarter',
  ])('not a period: %s', (text) => expect(valuesOf(text)).toEqual([]));
});

describe('a month with a relative year', () => {
  it.each([
    ['in March of the year before', ['2025-03']],
    ['in June of the previous year', ['2025-06']],
    ['in March last year', ['2025-03']],
    ['in May this year', ['2026-05']],
    ['in January next year', ['2027-01']],
    ['in February of the following year', ['2027-02']],
  ])('%s', (text, expected) => expect(valuesOf(text)).toEqual(expected));
});

describe('offsets from the story', () => {
  it.each([
    // Against the previous date in the paragraph when there is one.
    ['The dam broke on March 3, 2025. Two days earlier, engineers had warned.', ['2025-03-03', '2025-03-01']],
    ['Exports rose in the first quarter of 2025 from a year earlier.', ['2025-01/2025-03', '2024-01/2024-03']],
    ['In March 2025 sales rose 5% on the same period last year.', ['2025-03', '2024-03']],
    ['Talks began on 2 June 2024 and ended three weeks later.', ['2024-06-02', '2024-06-23']],
    ['The dam broke on 3 March 2025. The next day, rescuers arrived.', ['2025-03-03', '2025-03-04']],
    ['Talks opened on Monday 2 June 2025 and closed the following week.', ['2025-06-02', '2025-06-09/2025-06-15']],
    ['He was cleared in May 2024; the month before, he had resigned.', ['2024-05', '2024-04']],
    ['Voters went to the polls in 2019 and again the following year.', ['2019', '2020']],
    ["Q4'24 revenue beat Q4'23.", ['2024-10/2024-12', '2023-10/2023-12']],
    ['Q3 FY25 results', ['2025']],
    // Else against the reference day.
    ['Profit fell from a year earlier.', ['2025']],
    ['up 3% on the same period last year', ['2025']],
  ])('%s', (text, expected) => expect(valuesOf(text)).toEqual(expected));

  it.each([
    // `the next day` with no earlier date in the paragraph says nothing about the calendar.
    'The next day, rescuers arrived.',
    'Two days earlier, the army had moved in.',
    'Three weeks later, the talks collapsed.',
    'a week before the vote',
    'two days of talks',
    'for a year',
    'the same period',
  ])('not an offset: %s', (text) => expect(valuesOf(text)).toEqual([]));
});

describe('fiscal years (value = the calendar year named)', () => {
  it.each([
    ['FY2024 revenue', ['2024'], ['FY2024']],
    ['guidance for FY25', ['2025'], ['FY25']],
    ['in FY2024/25', ['2024/2025'], ['FY2024/25']],
    ['in fiscal 2025', ['2025'], ['fiscal 2025']],
    ['for fiscal year 2024-25', ['2024/2025'], ['fiscal year 2024-25']],
  ])('%s', (text, expected, spans) => {
    expect(valuesOf(text)).toEqual(expected);
    expect(spansOf(text)).toEqual(spans);
  });

  it.each(['model FY200 printer', 'FY2024X chip', 'FY 3'])('not a fiscal year: %s', (text) => expect(valuesOf(text)).toEqual([]));
});

describe('centuries (as TimeML: the 19th century is 1800/1899)', () => {
  it.each([
    ['in the 19th century', ['1800/1899']],
    ['since the early 20th century', ['1900/1999']],
    ['in the twenty-first century', ['2000/2099']],
    ['The 16th century saw', ['1500/1599']],
  ])('%s', (text, expected) => expect(valuesOf(text)).toEqual(expected));

  it.each(['a 21st-century approach', 'his 19th century novel', 'the 19th floor'])('not a century: %s', (text) => expect(valuesOf(text)).toEqual([]));
});

describe('negatives around the new families', () => {
  it.each([
    'a 12-month sentence',
    'aged 25 years',
    'grew 12% in nine months',
    'call 2024-2512 now',
    'the score was 3-1 in the final',
    'No. 10 Downing Street',
    'model X-2025 and Z-2026',
  ])('%s', (text) => expect(valuesOf(text)).toEqual([]));
});
