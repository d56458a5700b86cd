// How amounts are written: hyphenated scales, subunits, one unit in words, HTML-decoded symbols, and
// unknown scale words (no amount rather than a wrong one). Each row: text → [span, amount, currency].
import { describe, expect, it } from 'vitest';
import { rowsOf } from './fixtures/money/money-rows.ts';

describe('hyphenated scales', () => {
  it.each([
    ['a ₱40-billion plan', '₱40-billion', 40e9, 'PHP'],
    ['a 12.5-billion-baht plant', '12.5-billion-baht', 12.5e9, 'THB'],
    ['a 30.1-billion yen budget', '30.1-billion yen', 30.1e9, 'JPY'],
    ['a $5-million grant', '$5-million', 5e6, 'USD'],
    ['a 2-trillion-dong bridge', '2-trillion-dong', 2e12, 'VND'],
  ])('%s', (text, span, amount, currency) => expect(rowsOf(text)).toEqual([[span, amount, currency]]));
});

describe('subunits', () => {
  it.each([
    ['it cost 15 dollars and 20 cents', '15 dollars and 20 cents', 15.2, 'USD'],
    ['it cost $3.50', '$3.50', 3.5, 'USD'],
    ['five pennies on the floor', 'five pennies', 0.05, 'GBP'],
    ['a 25¢ fee', '25¢', 0.25, 'USD'],
    ['a 40-cent stamp', '40-cent', 0.4, 'USD'],
    ['20 pence a litre', '20 pence', 0.2, 'GBP'],
    ['it costs a euro.', 'a euro', 1, 'EUR'],
    ['it costs a dollar a day', 'a dollar', 1, 'USD'],
    ['5 pounds 50 pence', '5 pounds 50 pence', 5.5, 'GBP'],
  ])('%s', (text, span, amount, currency) => expect(rowsOf(text)).toEqual([[span, amount, currency]]));

  it('keeps two amounts apart when the cents are not part of the first', () => {
    expect(rowsOf('$15 million and 20 cents per share')).toEqual([['$15 million', 15e6, 'USD'], ['20 cents', 0.2, 'USD']]);
  });
});

describe('fractions and grouping', () => {
  it.each([
    ['half a million dollars', 'half a million dollars', 5e5, 'USD'],
    ['a quarter of a billion dollars', 'a quarter of a billion dollars', 2.5e8, 'USD'],
    ['half a dollar', 'half a dollar', 0.5, 'USD'],
    ['a hundred dollars', 'a hundred dollars', 100, 'USD'],
    ['Rs 1,00,000', 'Rs 1,00,000', 1e5, 'INR'],
    ['Rs 2,50,00,000', 'Rs 2,50,00,000', 2.5e7, 'INR'],
    ['Rp 1.500.000', 'Rp 1.500.000', 1.5e6, 'IDR'],
    ['€1.5 milliard', '€1.5 milliard', 1.5e9, 'EUR'],
    // Extra spaces before the scale still scale the amount.
    ['QAR 301.2   billion', 'QAR 301.2   billion', 301.2e9, 'QAR'],
    ['NPR 5 billion', 'NPR 5 billion', 5e9, 'NPR'],
  ])('%s', (text, span, amount, currency) => expect(rowsOf(text)).toEqual([[span, amount, currency]]));

  it.each([
    // A third has no exact value; a decimal comma's convention is unknown.
    'a third of a million dollars',
    '€ 1,5 milliard',
    '1,50 dollars',
  ])('gives no amount for %s', (text) => expect(rowsOf(text)).toEqual([]));
});

describe('an unknown or misspelt scale word gives no amount', () => {
  it.each(['$50 bilion', '50 bilion dollars', '€3 milion', '$2 trilion', '50 zillion dollars', '$5 gazillion', 'R$ 5 bilhões', 'Rp 10 juta', 'VND 5 tỷ', '€3 Mrd'])('%s', (text) => {
    expect(rowsOf(text)).toEqual([]);
  });

  it.each([
    ['$5 each', '$5', 5],
    ['$5 million lakes', '$5 million', 5e6],
    ['$5 billion in bonds', '$5 billion', 5e9],
  ])('but a real word after the amount is fine: %s', (text, span, amount) => expect(rowsOf(text)).toEqual([[span, amount, 'USD']]));
});

describe('negatives: durations, ages, percentages, phone numbers, model numbers, scores, labels', () => {
  it.each([
    'a 30-day visa',
    'aged 25 years',
    'grew 4.8% in 2025',
    'call +84 24 3825 1234',
    'the A320neo and the 737-800',
    'won 3-1 on Sunday',
    'No. 10 Downing Street',
    'a 5-billion-year-old star',
    'rates rose 25 basis points',
    'on the NPR 100 list',
  ])('%s', (text) => expect(rowsOf(text)).toEqual([]));
});
