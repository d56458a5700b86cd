// Date rules, one table per family, against a pinned reference day: Monday 2023-08-21.
import { describe, expect, it } from 'vitest';
import { findDates } from '../../functions/extract/dates/find-dates.ts';
import { splitSegments } from '../../functions/extract/segments.ts';

const REF = '2023-08-21'; // a Monday

function datesOf(text: string, publishedAt: string | null = REF) {
  const found = findDates(splitSegments(text), { publishedAt });
  for (const d of found) expect(text.slice(d.start, d.end)).toBe(d.text);
  return found;
}
const valuesOf = (text: string, publishedAt: string | null = REF) => datesOf(text, publishedAt).map((d) => d.value);

describe('absolute dates', () => {
  it.each([
    ['They set up ties on June 29, 1992.', ['1992-06-29']],
    ['They set up ties on 29 June 1992.', ['1992-06-29']],
    ['on the 29th of June, 1992', ['1992-06-29']],
    ['signed on Sept. 15, 2009 in Hanoi', ['2009-09-15']],
    ['on Tuesday, August 22, 2023, the talks', ['2023-08-22']],
    ['filed on 2023-08-18 at noon', ['2023-08-18']],
    ['filed on 2023/08/18', ['2023-08-18']],
    ['filed on 2023.08.18', ['2023-08-18']],
    ['posted 2023-08-18T09:30:00Z', ['2023-08-18']],
    ['Sat, 5 Feb 2000', ['2000-02-05']],
    ['The deadline is August 10 2012', ['2012-08-10']],
    ['issued 29/06/1992', ['1992-06-29']],
    ['issued 29.06.1992', ['1992-06-29']],
    // Day first unless only month-first is a valid date.
    ['issued 03/04/2020', ['2020-04-03']],
    ['issued 06/29/1992', ['1992-06-29']],
    ['data as of 2023-08', ['2023-08']],
  ])('%s', (text, expected) => {
    expect(valuesOf(text)).toEqual(expected);
  });
});

describe('month-year and year', () => {
  it.each([
    ['In July 2008, the embassy opened.', ['2008-07']],
    ['since Sept. 2009', ['2009-09']],
    ['in early March 2023', ['2023-03']],
    ['from January-April 2023', ['2023-01/2023-04']],
    ['Trade reached a record in 2022.', ['2022']],
    ['the 2023 visit by the president', ['2023']],
    ['raise trade to US$5 billion by 2030', ['2030']],
    ['relations established in 1992', ['1992']],
    ['growth slowed in mid-2023', ['2023']],
    ['reforms of the 1990s', ['1990/1999']],
    // A round hundred before 2000 is the century as news uses it; the 2000s are the decade.
    ['in the early 1900s', ['1900/1999']],
    ['in the 2000s', ['2000/2009']],
    ['the 1066 invasion', ['1066']],
    ["2022's harvest", ['2022']],
  ])('%s', (text, expected) => {
    expect(valuesOf(text)).toEqual(expected);
  });
});

describe('ranges', () => {
  it.each([
    ['visit from August 20-22', ['2023-08-20/2023-08-22']],
    ['visit from August 20-22, 2024', ['2024-08-20/2024-08-22']],
    ['visit on 20-22 August', ['2023-08-20/2023-08-22']],
    ['from August 30 - September 2', ['2023-08-30/2023-09-02']],
    ['from December 30 - January 2, 2024', ['2023-12-30/2024-01-02']],
    ['scheduled from June 11 to 13 this year', ['2023-06-11/2023-06-13']],
    ['for the 2023-2025 term', ['2023/2025']],
    ['nearly 1 billion USD by 2023–2024', ['2023/2024']],
    ['the 2023-24 season', ['2023/2024']],
    ['the 2009-10 season', ['2009/2010']],
    ['from 2005 to 2009', ['2005/2009']],
    ['between 2010 and 2015', ['2010/2015']],
    ['from Sunday to Tuesday', ['2023-08-20/2023-08-22']],
    ['Monday-Friday', ['2023-08-21/2023-08-25']],
    ['from June 2019 to March 2020', ['2019-06/2020-03']],
    ['May 8, 2013 - May 10, 2013', ['2013-05-08/2013-05-10']],
    ['between March and May', ['2023-03/2023-05']],
    ['from 1 June 2020 until 3 July 2021', ['2020-06-01/2021-07-03']],
  ])('%s', (text, expected) => {
    expect(valuesOf(text)).toEqual(expected);
  });
});

describe('parts of a year', () => {
  it.each([
    ['profits in Q1 2023', ['2023-01/2023-03']],
    ['in the third quarter of 2022', ['2022-07/2022-09']],
    ['in the fourth quarter', ['2023-10/2023-12']],
    ['in the first half of this year', ['2023-01/2023-06']],
    ['H2 2024 guidance', ['2024-07/2024-12']],
    ['in the first four months of 2023', ['2023-01/2023-04']],
    ['in the last three months of 2022', ['2022-10/2022-12']],
  ])('%s', (text, expected) => {
    expect(valuesOf(text)).toEqual(expected);
  });
});

describe('lists split into members', () => {
  it.each([
    ['dialogues in 2005, 2007 and 2009', ['2005', '2007', '2009']],
    ['dialogues in 2005,2007,2009, 2011, 2012, and 2017', ['2005', '2007', '2009', '2011', '2012', '2017']],
    ['visits in September 2009 and May 2015', ['2009-09', '2015-05']],
    ['in 2019 and 2021', ['2019', '2021']],
    ['in March and May', ['2023-03', '2023-05']],
    ['on June 3, July 9 and August 1, 2022', ['2022-06-03', '2022-07-09', '2022-08-01']],
    ['on 3 June and 9 July 2021', ['2021-06-03', '2021-07-09']],
  ])('%s', (text, expected) => {
    expect(valuesOf(text)).toEqual(expected);
  });
});

describe('relative expressions against Monday 2023-08-21', () => {
  it.each([
    ['hosted a reception on August 21.', ['2023-08-21']],
    ['talks on Tuesday', ['2023-08-22']],
    ['arrived on Sunday afternoon', ['2023-08-20']],
    ['said on Friday', ['2023-08-18']],
    ['last Friday', ['2023-08-18']],
    ['last Monday', ['2023-08-14']],
    ['next Monday', ['2023-08-28']],
    ['"We agree," he said today.', ['2023-08-21']],
    ['arrived yesterday', ['2023-08-20']],
    ['leaves tomorrow', ['2023-08-22']],
    ['talks this week', ['2023-08-21/2023-08-27']],
    ['a visit next week', ['2023-08-28/2023-09-03']],
    ['met last week', ['2023-08-14/2023-08-20']],
    ['earlier this month', ['2023-08']],
    ['last month', ['2023-07']],
    ['next month', ['2023-09']],
    ['in the first four months of this year', ['2023-01/2023-04']],
    ['last night', ['2023-08-20']],
    ['meet next Fri', ['2023-08-25']],
    ['since last Wed.', ['2023-08-16']],
    ['this weekend', ['2023-08-26/2023-08-27']],
    ['next weekend', ['2023-09-02/2023-09-03']],
    ['five years from now', ['2028']],
    ['on Christmas Day', ['2023-12-25']],
    ["on New Year's Eve 2022", ['2022-12-31']],
    ["on Valentine’s Day", ['2024-02-14']],
    ['last year', ['2022']],
    ['next year', ['2024']],
    ['two days ago', ['2023-08-19']],
    ['three years ago', ['2020']],
    ['3 months ago', ['2023-05']],
    ['In March, a delegation arrived.', ['2023-03']],
    ['since May', ['2023-05']],
    ['last December', ['2022-12']],
    ['next March', ['2024-03']],
    ['in early June', ['2023-06']],
  ])('%s', (text, expected) => {
    expect(valuesOf(text)).toEqual(expected);
  });

  it('resolves "next week" from a Sunday to the following Monday-Sunday week', () => {
    expect(valuesOf('will visit Kazakhstan next week', '2025-05-04')).toEqual(['2025-05-05/2025-05-11']);
  });

  it.each([
    // The year that puts the date nearest the reference day; the earlier one on a tie.
    ['hit a high on Dec. 28', '2024-01-03', ['2023-12-28']],
    ['opens on January 5', '2023-12-20', ['2024-01-05']],
    ['in January', '2023-12-20', ['2024-01']],
    ['in March', '2023-08-21', ['2023-03']],
    ['on 1st March', '2024-06-12', ['2024-03-01']],
  ])('%s (published %s)', (text, publishedAt, expected) => {
    expect(valuesOf(text, publishedAt)).toEqual(expected);
  });

  it('reads a weekday on the reference day as that day', () => {
    expect(valuesOf('in Astana on Tuesday', '2025-05-06')).toEqual(['2025-05-06']);
  });
});

describe('without a publication date, relative expressions are left out', () => {
  it.each([
    ['talks on Tuesday', []],
    ['In March, a delegation arrived.', []],
    ['hosted a reception on August 21.', []],
    ['from June 11 to 13 this year', []],
    ['next week', []],
    ['from Sunday to Tuesday', []],
    ['two days ago', []],
    ['ties since June 29, 1992 and in 2019', ['1992-06-29', '2019']],
  ])('%s', (text, expected) => {
    expect(valuesOf(text, null)).toEqual(expected);
  });
});

describe('spans', () => {
  it('covers exactly the words, with offsets into the whole document', () => {
    const text = 'date 2023-08-18 HEADLINE\n\nIn March 2015 the embassy opened.\nTalks on August 20-22.';
    expect(datesOf(text, '2023-08-18').map((d) => [d.text, d.start, d.value])).toEqual([
      ['2023-08-18', 5, '2023-08-18'],
      ['March 2015', 29, '2015-03'],
      ['August 20-22', 69, '2023-08-20/2023-08-22'],
    ]);
  });
});
