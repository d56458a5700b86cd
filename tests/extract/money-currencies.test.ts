// Currencies from data: ISO 4217 codes current and historic, CLDR names and symbols, country
// adjectives from world-countries, and the local spellings news writes. Each row: text → the one
// mention expected [span, amount, currency].
import { describe, expect, it } from 'vitest';
import { rowsOf } from './fixtures/money/money-rows.ts';

describe('local names and symbols', () => {
  it.each([
    ['a VNĐ 5 billion fund', 'VNĐ 5 billion', 5e9, 'VND'],
    ['a fund of 5 billion VNĐ', '5 billion VNĐ', 5e9, 'VND'],
    ['tickets cost 50.000đ', '50.000đ', 50000, 'VND'],
    ['a loan of 2 trillion đồng', '2 trillion đồng', 2e12, 'VND'],
    ['wages of 5 million soums', '5 million soums', 5e6, 'UZS'],
    ['wages of 3 million sum', '3 million sum', 3e6, 'UZS'],
    ['wages of 2 million som', '2 million som', 2e6, 'UZS'],
    ['a fee of 500 billion tenge', '500 billion tenge', 500e9, 'KZT'],
    ['a RM5 billion project', 'RM5 billion', 5e9, 'MYR'],
    ['a 3 billion ringgit project', '3 billion ringgit', 3e9, 'MYR'],
    ['worth Rp 10 trillion', 'Rp 10 trillion', 10e12, 'IDR'],
    ['worth 10 trillion rupiah', '10 trillion rupiah', 10e12, 'IDR'],
    ['a 5 billion baht deal', '5 billion baht', 5e9, 'THB'],
    ['tickets at ฿500', '฿500', 500, 'THB'],
    ['a ₱40 billion plan', '₱40 billion', 40e9, 'PHP'],
    ['costing Rs 5 crore', 'Rs 5 crore', 5e7, 'INR'],
    ['a ₹10 lakh prize', '₹10 lakh', 1e6, 'INR'],
    ['5 billion yuan of bonds', '5 billion yuan', 5e9, 'CNY'],
    ['5 billion renminbi of bonds', '5 billion renminbi', 5e9, 'CNY'],
    ['RMB 3 billion of bonds', 'RMB 3 billion', 3e9, 'CNY'],
    ['a ticket for 500元', '500元', 500, 'CNY'],
    ['a 5 billion riyal deal', '5 billion riyal', 5e9, 'SAR'],
    ['10 million dirhams in fines', '10 million dirhams', 10e6, 'AED'],
    ['5 billion Egyptian pounds of debt', '5 billion Egyptian pounds', 5e9, 'EGP'],
    ['a LE 500 million loan', 'LE 500 million', 500e6, 'EGP'],
    ['a fare of 500 naira', '500 naira', 500, 'NGN'],
    ['a 5 billion rand bailout', '5 billion rand', 5e9, 'ZAR'],
    ['a 10,000 won note', '10,000 won', 10000, 'KRW'],
    ['a Rs500 note', 'Rs500', 500, 'INR'],
    ['a TL 50 million fine', 'TL 50 million', 50e6, 'TRY'],
    ['a 100 zł fine', '100 zł', 100, 'PLN'],
    ['a SFr 10 million fee', 'SFr 10 million', 10e6, 'CHF'],
    ['a R3.5bn deal', 'R3.5bn', 3.5e9, 'ZAR'],
    ['a N5 billion contract', 'N5 billion', 5e9, 'NGN'],
    ['raised R$5 billion', 'R$5 billion', 5e9, 'BRL'],
  ])('%s', (text, span, amount, currency) => expect(rowsOf(text)).toEqual([[span, amount, currency]]));
});

describe('a country adjective or name before the currency', () => {
  it.each([
    ['5 billion Japanese yen', 'JPY'],
    ['5 million Hong Kong dollars', 'HKD'],
    ['5 million Canadian dollars', 'CAD'],
    ['5 million Australian dollars', 'AUD'],
    ['5 million Mexican pesos', 'MXN'],
    ['5 million Philippine pesos', 'PHP'],
    ['5 million Pakistani rupees', 'PKR'],
    ['5 million Kyrgyz som', 'KGS'],
    ['5 million Swiss francs', 'CHF'],
    ['5 million Turkish lira', 'TRY'],
    ['5 million Brazilian reais', 'BRL'],
  ])('%s', (text, currency) => expect(rowsOf(text)).toEqual([[text, 5 * (/billion/.test(text) ? 1e9 : 1e6), currency]]));
});

describe('currencies that no longer circulate (ISO codes all the same)', () => {
  it.each([
    ['100 million Finnish markkas', 'FIM'],
    ['100 million markkas', 'FIM'],
    ['100 million pesetas', 'ESP'],
    ['100 million guilders', 'NLG'],
    ['100 million French francs', 'FRF'],
    ['100 million Deutsche Marks', 'DEM'],
    ['100 million Deutschmarks', 'DEM'],
    ['100 million German marks', 'DEM'],
    ['100 million Italian lire', 'ITL'],
    ['100 million drachmas', 'GRD'],
    ['100 million escudos', 'PTE'],
  ])('%s', (text, currency) => expect(rowsOf(text)).toEqual([[text, 100e6, currency]]));
});

describe('prefixed dollars', () => {
  it.each([
    ['C$5 million', 'CAD'], ['A$5 million', 'AUD'], ['NZ$5 million', 'NZD'], ['HK$5 million', 'HKD'],
    ['S$5 million', 'SGD'], ['NT$5 million', 'TWD'], ['US$5 million', 'USD'], ['CA$5 million', 'CAD'],
  ])('%s', (text, currency) => expect(rowsOf(`raised ${text}`)).toEqual([[text, 5e6, currency]]));
});

describe('not currencies', () => {
  it.each([
    '5 million real estate agents',
    'Cecil Rhodes gave 5 Rand',
    'the team won 3 games',
    'a 5 mark on the test',
    'he lost 2 pounds of weight',
    'three drams of whisky',
    'the euro zone grew 2%',
    'a euro zone member',
    'a dollar-denominated bond',
    'a yen for travel',
    'Sum 41 played',
    'LE MONDE 5 MAI',
    'a zero-sum game',
    'a zero sum',
    'listed at 180 pounds (82 kg)',
    'she weighed ten pounds at birth',
    // One-letter marks need a scale and no space.
    'the R2-D2 droid',
    'a R500 voucher',
    'route R 5 billion',
    'the N95 mask',
  ])('%s', (text) => expect(rowsOf(text)).toEqual([]));
});
