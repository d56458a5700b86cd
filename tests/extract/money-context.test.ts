// The `$` rule: a prefix decides (`US$`, `C$`); else the one dollar the article names; else USD.
// The same rule reads the other shared forms (`¥`, `pesos`, `cents`).
import { describe, expect, it } from 'vitest';
import { findMoney } from '../../functions/extract/money/find-money.ts';
import { splitSegments } from '../../functions/extract/segments.ts';

// The whole article is the context, as in extractArticle.
const currenciesOf = (text: string) => findMoney(splitSegments(text), text).map((m) => [m.text, m.currency]);

describe('the currency of a bare $', () => {
  it('is USD with no other context', () => {
    expect(currenciesOf('The fund raised $5 million.')).toEqual([['$5 million', 'USD']]);
  });

  it('is the dollar the article names once (an amount)', () => {
    const text = 'Ottawa pledged 5 million Canadian dollars.\n\nA further $3 million follows in June.';
    expect(currenciesOf(text)).toEqual([['5 million Canadian dollars', 'CAD'], ['$3 million', 'CAD']]);
  });

  it('is the dollar the article names once (a name alone)', () => {
    const text = 'The Australian dollar fell on Monday. Miners lost $2 billion in value.';
    expect(currenciesOf(text)).toEqual([['$2 billion', 'AUD']]);
  });

  it('is the dollar of a prefix written elsewhere', () => {
    expect(currenciesOf('HK$3 billion was raised, then $1 billion more.')).toEqual([['HK$3 billion', 'HKD'], ['$1 billion', 'HKD']]);
  });

  it('falls back to USD when the article names two dollars', () => {
    const text = 'C$5 million came from Canada and US$2 million from Washington; $1 million is pending.';
    expect(currenciesOf(text)).toEqual([['C$5 million', 'CAD'], ['US$2 million', 'USD'], ['$1 million', 'USD']]);
  });

  it('reads the word "dollars" by the same rule', () => {
    expect(currenciesOf('Singapore dollars rose. The deal was worth 40 million dollars.')).toEqual([['40 million dollars', 'SGD']]);
    expect(currenciesOf('The deal was worth 40 million dollars.')).toEqual([['40 million dollars', 'USD']]);
  });

  it('never overrides a prefix', () => {
    expect(currenciesOf('The Canadian dollar rose. US$5 million was paid.')).toEqual([['US$5 million', 'USD']]);
  });
});

describe('other shared forms', () => {
  it('reads ¥ as the yuan in an article about the yuan', () => {
    expect(currenciesOf('The yuan weakened. Banks lent ¥500 billion.')).toEqual([['¥500 billion', 'CNY']]);
  });

  it('reads ¥ as the yen by default', () => {
    expect(currenciesOf('Banks lent ¥500 billion.')).toEqual([['¥500 billion', 'JPY']]);
  });

  it('reads pesos as the peso the article names', () => {
    expect(currenciesOf('The Philippine peso slid. Manila spent 3 billion pesos.')).toEqual([['3 billion pesos', 'PHP']]);
  });

  it('reads euro cents in an article in euros', () => {
    expect(currenciesOf('A coffee costs €2. A stamp costs 95 cents.')).toEqual([['€2', 'EUR'], ['95 cents', 'EUR']]);
  });

  it('reads cents of the article’s dollar', () => {
    expect(currenciesOf('Shares in Sydney rose A$2. The dividend rose 50 cents.')).toEqual([['A$2', 'AUD'], ['50 cents', 'AUD']]);
  });
});
