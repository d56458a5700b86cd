// Weekdays, bare months and day-months follow the tense of the verb that governs them: past and
// reported speech look back, future (`will`, `is due to`) forward, otherwise the nearest date.
// Reference: Saturday 2026-03-14.
import { describe, expect, it } from 'vitest';
import { findDates } from '../../functions/extract/dates/find-dates.ts';
import { splitSegments } from '../../functions/extract/segments.ts';

const REF = '2026-03-14'; // a Saturday
const valuesOf = (text: string, publishedAt = REF) => findDates(splitSegments(text), { publishedAt }).map((d) => d.value);

describe('weekdays', () => {
  it.each([
    ['The minister told reporters on Monday that talks would resume.', ['2026-03-09']],
    ['The ministry said on Wednesday that it had no plans.', ['2026-03-11']],
    ['On Thursday, the central bank raised rates.', ['2026-03-12']],
    ['The company will report results on Monday.', ['2026-03-16']],
    ['The plant is due to reopen on Tuesday.', ['2026-03-17']],
    ['Talks resume on Monday.', ['2026-03-16']],
    ['Talks resumed on Monday.', ['2026-03-09']],
    ['The leaders will meet on Saturday.', ['2026-03-14']],
    ['The leaders met on Saturday.', ['2026-03-14']],
    ['The vote will be held on Thursday.', ['2026-03-19']],
    ['The parliament has approved the plan on Tuesday.', ['2026-03-10']],
    ['On Tuesday, the minister resigned.', ['2026-03-10']],
    ['On Tuesday, the minister will resign.', ['2026-03-17']],
    ['They could meet on Tuesday.', ['2026-03-17']],
    ['He said talks would resume on Wednesday.', ['2026-03-11']],
    ["Norway's premier will visit Hanoi, the ministry said on Wednesday.", ['2026-03-11']],
    ["Monday's meeting was tense.", ['2026-03-09']],
    ['They are meeting again on Tuesday.', ['2026-03-17']],
  ])('%s', (text, expected) => expect(valuesOf(text)).toEqual(expected));
});

describe('bare months', () => {
  it.each([
    ['Sales fell in August.', ['2025-08']],
    ['Sales will recover in August.', ['2026-08']],
    ['The new line is set to open in February.', ['2027-02']],
    ['The new line opened in February.', ['2026-02']],
    ['Sales fell in March.', ['2026-03']],
    // No verb (a headline): the nearest August.
    ['Inflation in August', ['2026-08']],
  ])('%s', (text, expected) => expect(valuesOf(text)).toEqual(expected));
});

describe('day-month dates', () => {
  it.each([
    ['The court ruled on 28 January.', ['2026-01-28']],
    ['The court will rule on 28 January.', ['2027-01-28']],
    ['Voters went to the polls on November 30.', ['2025-11-30']],
    ['The election will be held on November 30.', ['2026-11-30']],
    ['The summit opens on March 20.', ['2026-03-20']],
    ['Elections are scheduled for November 30.', ['2026-11-30']],
    ['Elections were scheduled for November 30.', ['2025-11-30']],
    ['The report is due on 2 February.', ['2027-02-02']],
  ])('%s', (text, expected) => expect(valuesOf(text)).toEqual(expected));
});

describe('the weekend', () => {
  it.each([
    // Reference Wednesday 2026-03-11.
    ['Protesters marched over the weekend.', '2026-03-11', ['2026-03-07/2026-03-08']],
    ['Protesters will march over the weekend.', '2026-03-11', ['2026-03-14/2026-03-15']],
    ['Talks this coming weekend', '2026-03-11', ['2026-03-14/2026-03-15']],
    ['Talks this past weekend', '2026-03-11', ['2026-03-07/2026-03-08']],
    // On a Saturday it is that weekend, whatever the tense.
    ['Protesters marched over the weekend.', '2026-03-14', ['2026-03-14/2026-03-15']],
  ])('%s (published %s)', (text, publishedAt, expected) => expect(valuesOf(text, publishedAt)).toEqual(expected));
});

it('an explicit modifier wins over the tense', () => {
  expect(valuesOf('They said they would meet next Monday.')).toEqual(['2026-03-16']);
  expect(valuesOf('It will be as cold as last Friday.')).toEqual(['2026-03-13']);
});
