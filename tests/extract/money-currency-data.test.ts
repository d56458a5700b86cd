// The generated currency data (functions/extract/money/currency-data.generated.ts) must be exactly what
// the data packages give today: regenerated here in memory and compared with the committed file.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCurrencyTable } from '../../functions/extract/money/currency-build.ts';
import { CURRENCY_DATA } from '../../functions/extract/money/currency-data.generated.ts';
import { CURRENCY_DATA_FILE, formatCurrencyModule, parseCurrencyData } from '../../scripts/currency-module.ts';

const built = buildCurrencyTable();

describe('generated currency data', () => {
  it('is identical to a fresh build from the installed packages (npm run build:currencies)', () => {
    expect(fs.readFileSync(CURRENCY_DATA_FILE, 'utf8')).toBe(formatCurrencyModule(built));
  });

  it('loads back into the tables the packages give', () => {
    expect(parseCurrencyData(CURRENCY_DATA)).toEqual(built);
  });

  it.each(['FIM', 'ESP', 'NLG', 'FRF', 'DEM', 'ITL', 'IEP'])('keeps the historic code %s', (code) => {
    expect(built.historic).toContain(code);
  });

  it.each(['USD', 'VND', 'UZS', 'KZT', 'EUR'])('keeps the current code %s out of the historic list', (code) => {
    expect(built.codes).toContain(code);
    expect(built.historic).not.toContain(code);
  });

  it.each([
    ['japanese yen', ['JPY']],
    ['hong kong dollars', ['HKD']],
    ['canadian dollars', ['CAD']],
    ['finnish markkas', ['FIM']],
    ['markka', ['FIM']],
    ['egyptian pound', ['EGP']],
  ])('names %s', (name, codes) => expect(built.names.get(name)).toEqual(codes));

  it('leaves out funds and units of account', () => {
    for (const code of ['XAU', 'XDR', 'BOV', 'XEU']) expect(built.codes).not.toContain(code);
  });
});
