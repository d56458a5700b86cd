// Things that must NOT be money: percentages, bare numbers, measures, weights, code-like words.
import { describe, expect, it } from 'vitest';
import { findMoney } from '../../functions/extract/money/find-money.ts';
import { splitSegments } from '../../functions/extract/segments.ts';

describe('not money', () => {
  it.each([
    'its economy grew by 4.8%',
    'accounted for 10 percent of trade',
    'an area of more than 2.7 million square kilometers',
    'around 50 Vietnamese people live there',
    'arrivals reaching approximately 150,000 annually',
    'a frequency of 33 per week',
    'the population is 19 million',
    'he lost 2 pounds of weight',
    'ALL 5 MEMBERS AGREED',
    'TOP 10 destinations',
    'prices in 2015 dollars rose',
    'the first visit in 12 years',
    'a 30-day visa',
    'in the 1990s',
    'the dollar rose 2 percent',
    'dollars and euros were traded',
    '5 million real estate agents',
    'Euro 2024 kicks off',
    'a 5 km race',
    'COVID 19 cases',
    'an A380 fleet',
    'it often costs more',
    'tenge and dong weakened',
    'a 1.5-hour meeting',
  ])('%s', (text) => {
    expect(findMoney(splitSegments(text), text)).toEqual([]);
  });
});
