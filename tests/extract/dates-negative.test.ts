// Things that must NOT be dates: durations, ages, counts, measures, labels, named days, words.
import { describe, expect, it } from 'vitest';
import { findDates } from '../../functions/extract/dates/find-dates.ts';
import { splitSegments } from '../../functions/extract/segments.ts';

describe('not dates', () => {
  it.each([
    'stays up to 30 days',
    'the first visit in 12 years',
    'on a three-day visit',
    'to mark 30 years of diplomatic ties',
    'allowing 30-day visa-free entry',
    'a 2000-year-old temple',
    '2,500 people attended',
    'exceed 300,000 annually',
    'approximately 150,000 annually',
    'some 2000 people marched',
    'about 1500 troops',
    'grew by 4.8%',
    'grew by 2019 percent',
    'an area of 2024 km',
    'a budget of $2023',
    'cost 2023 million dong',
    'certified to ISO 9001',
    'see No. 2019 of the series',
    'flight 1992 landed',
    'room 2012 on the second floor',
    'a population of 1,992',
    'rose to 2023.5 points',
    'scored 3/4 of the votes',
    'the score was 10/12',
    'it may rain',
    'they march on',
    'Good Friday services',
    'Super Tuesday results',
    'closed on Sundays',
    'according to USA Today',
    'over the past week',
    'in recent years',
    'in the near future',
    'a few days ago',
    'he is 1500 metres away',
    'version 2.2020',
    'Johnson and May agreed',
    'Prime Minister Theresa May said',
    'in the second half of the match',
    'over the last three months',
    'a 24-hour strike',
    'read it in the Sun on Sat',
    '1,500 people were evacuated and 2000 homes damaged',
    'Building 2019, Highway 1955',
    'Call 1800 123 456 for help',
    'The Boeing 747-400 and the Airbus A320neo',
    'On 9/11, 2,977 people were killed',
    'Christmas trees and Halloweens',
  ])('%s', (text) => {
    expect(findDates(splitSegments(text), { publishedAt: '2023-08-21' })).toEqual([]);
  });
});
