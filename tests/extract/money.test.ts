// Money rules, one table per family. Each row: text → [span text, amount, currency, extras].
import { describe, expect, it } from 'vitest';
import { moneyOf, rowsOf } from './fixtures/money/money-rows.ts';

describe('currency before the number', () => {
  it.each([
    ['Trade reached US$584 million in 2022', 'US$584 million', 584e6, 'USD'],
    ['and $124.1 million in the first four months', '$124.1 million', 124.1e6, 'USD'],
    ['a €5bn fund', '€5bn', 5e9, 'EUR'],
    ['a £21m deal', '£21m', 21e6, 'GBP'],
    ['worth VND 2 trillion', 'VND 2 trillion', 2e12, 'VND'],
    ['worth VND2 trillion', 'VND2 trillion', 2e12, 'VND'],
    ['a ₸500 billion plan', '₸500 billion', 500e9, 'KZT'],
    ['costing Rs 10 crore', 'Rs 10 crore', 1e8, 'INR'],
    ['costing Rs. 3 lakh', 'Rs. 3 lakh', 3e5, 'INR'],
    ['a Rs 2.5 lakh crore package', 'Rs 2.5 lakh crore', 2.5e12, 'INR'],
    ['worth $1.5 billion.', '$1.5 billion', 1.5e9, 'USD'],
    ['USD 5 million in aid', 'USD 5 million', 5e6, 'USD'],
    ['raised A$10m', 'A$10m', 10e6, 'AUD'],
    ['raised C$10 million', 'C$10 million', 10e6, 'CAD'],
    ['raised HK$3.2bn', 'HK$3.2bn', 3.2e9, 'HKD'],
    ['raised S$2 billion', 'S$2 billion', 2e9, 'SGD'],
    ['raised NZ$3m', 'NZ$3m', 3e6, 'NZD'],
    ['a ¥100 billion loan', '¥100 billion', 100e9, 'JPY'],
    ['a ₹500 crore project', '₹500 crore', 5e9, 'INR'],
    ['a $1.5tn economy', '$1.5tn', 1.5e12, 'USD'],
    ['a $5M seed round', '$5M', 5e6, 'USD'],
    ['paid $1,500,000 in fines', '$1,500,000', 1.5e6, 'USD'],
    ['a ₫50,000 note', '₫50,000', 50000, 'VND'],
    ['costs US $5 million', 'US $5 million', 5e6, 'USD'],
    ['EUR 1.5bn in bonds', 'EUR 1.5bn', 1.5e9, 'EUR'],
    ['€ 5 per ticket', '€ 5', 5, 'EUR'],
  ])('%s', (text, span, amount, currency) => {
    expect(rowsOf(text)).toEqual([[span, amount, currency]]);
  });
});

describe('currency after the number', () => {
  it.each([
    ['from over 400 million USD in 2022', '400 million USD', 400e6, 'USD'],
    ['GDP of 450 billion USD by 2029', '450 billion USD', 450e9, 'USD'],
    ['a loan of 2 trillion đồng', '2 trillion đồng', 2e12, 'VND'],
    ['a loan of 2 trillion dong', '2 trillion dong', 2e12, 'VND'],
    ['a fund of 500 billion tenge', '500 billion tenge', 500e9, 'KZT'],
    ['it costs ten dollars', 'ten dollars', 10, 'USD'],
    ['a million dollars', 'a million dollars', 1e6, 'USD'],
    ['twenty-five euros each', 'twenty-five euros', 25, 'EUR'],
    ['three hundred pounds', 'three hundred pounds', 300, 'GBP'],
    ['5 million US dollars', '5 million US dollars', 5e6, 'USD'],
    ['5 million Hong Kong dollars', '5 million Hong Kong dollars', 5e6, 'HKD'],
    ['3,000 yen', '3,000 yen', 3000, 'JPY'],
    ['100 yuan', '100 yuan', 100, 'CNY'],
    ['2 billion rupiah', '2 billion rupiah', 2e9, 'IDR'],
    ['3 lakh rupees', '3 lakh rupees', 3e5, 'INR'],
    ['50 euro', '50 euro', 50, 'EUR'],
    ['5 €', '5 €', 5, 'EUR'],
    ['10 million Swiss francs', '10 million Swiss francs', 10e6, 'CHF'],
    ['a fare of 50 cents', '50 cents', 0.5, 'USD'],
    ['2.3 billion Swedish kronor', '2.3 billion Swedish kronor', 2.3e9, 'SEK'],
    ['200 million pounds sterling', '200 million pounds sterling', 200e6, 'GBP'],
    ['10 billion shekels', '10 billion shekels', 10e9, 'ILS'],
    ['3 million reais', '3 million reais', 3e6, 'BRL'],
    ['40 million roubles', '40 million roubles', 40e6, 'RUB'],
    ['3.38 trillion yuan', '3.38 trillion yuan', 3.38e12, 'CNY'],
    ['20 pence a litre', '20 pence', 0.2, 'GBP'],
    ['5,000 EUR', '5,000 EUR', 5000, 'EUR'],
    ['$1.5 million dollars', '$1.5 million dollars', 1.5e6, 'USD'],
  ])('%s', (text, span, amount, currency) => {
    expect(rowsOf(text)).toEqual([[span, amount, currency]]);
  });
});

describe('ranges: amount is the low end, amountHigh the high end, both scaled', () => {
  it.each([
    ['$5-6 billion', 5e9, 6e9, 'USD'],
    ['$5 billion to $6 billion', 5e9, 6e9, 'USD'],
    ['$500 million to $1 billion', 500e6, 1e9, 'USD'],
    ['5 to 6 million euros', 5e6, 6e6, 'EUR'],
    ['€10–12bn', 10e9, 12e9, 'EUR'],
    ['$1 billion and $1.5 billion', 1e9, 1.5e9, 'USD'],
  ])('%s', (text, amount, amountHigh, currency) => {
    const [m] = moneyOf(`worth between ${text}`.replace('between $5-6', '$5-6'));
    expect(m).toMatchObject({ text, amount, amountHigh, currency });
  });

  it('is not a range when the second number is something else', () => {
    expect(moneyOf('gave $5 million to 10 schools').map((m) => [m.text, m.amount, m.amountHigh])).toEqual([['$5 million', 5e6, undefined]]);
  });
});

describe('qualifiers are a field, outside the span and the amount', () => {
  it.each([
    ['nearly US$600 million', 'nearly'],
    ['almost $600 million', 'nearly'],
    ['about $600 million', 'about'],
    ['around $600 million', 'about'],
    ['approximately $600 million', 'about'],
    ['an estimated $600 million', 'about'],
    ['over $600 million', 'over'],
    ['more than $600 million', 'over'],
    ['in excess of $600 million', 'over'],
    ['up to $600 million', 'up to'],
    ['as much as $600 million', 'up to'],
    ['at least $600 million', 'at least'],
    ['no more than $600 million', 'at most'],
    ['less than $600 million', 'under'],
  ])('%s', (text, qualifier) => {
    const [m] = moneyOf(text);
    expect(m).toMatchObject({ amount: 600e6, currency: 'USD', qualifier });
    expect(m.text).toMatch(/^US\$|^\$/);
  });

  it('has no qualifier when none is written', () => {
    expect(moneyOf('reached $600 million')[0].qualifier).toBeUndefined();
  });
});

describe('several amounts in a sentence keep their own offsets', () => {
  it('finds each one', () => {
    const text = 'Trade rose from US$584 million in 2022 to $1.5 billion in 2023.\n\nExports were 525 million USD.';
    expect(moneyOf(text).map((m) => [m.text, m.start, m.amount])).toEqual([
      ['US$584 million', 16, 584e6],
      ['$1.5 billion', 42, 1.5e9],
      ['525 million USD', 78, 525e6],
    ]);
  });
});
