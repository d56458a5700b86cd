// The source of functions/extract/money/currency-data.generated.ts: the currency tables
// (currency-build.ts) as compact strings under a header naming the package versions they came from.
// Used by scripts/build-currencies.ts to write the file and by tests/extract/money-currency-data.test.ts
// to check it.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CURRENCY_SOURCES, type CurrencyTable } from '../functions/extract/money/currency-build.ts';

export const CURRENCY_DATA_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../functions/extract/money/currency-data.generated.ts');

/** name@version of each source package, as installed. */
export function describeCurrencySources(): string[] {
  const require = createRequire(import.meta.url);
  return CURRENCY_SOURCES.map((name) => {
    let dir = path.dirname(require.resolve(name === 'cldr-numbers-full' || name === 'cldr-core' ? `${name}/package.json` : name));
    while (!fs.existsSync(`${dir}/package.json`) || JSON.parse(fs.readFileSync(`${dir}/package.json`, 'utf8')).name !== name) {
      const parent = path.dirname(dir);
      if (parent === dir) throw new Error(`no package.json for ${name}`);
      dir = parent;
    }
    return `${name}@${JSON.parse(fs.readFileSync(`${dir}/package.json`, 'utf8')).version}`;
  });
}

const formatMap = (m: Map<string, string[]>) => [...m].map(([k, codes]) => `${k}\t${codes.join(',')}`).join('\n');

export function formatCurrencyModule(table: CurrencyTable, sources: string[] = describeCurrencySources()): string {
  return [
    '// GENERATED FILE: do not edit. Regenerate with `npm run build:currencies` (scripts/build-currencies.ts),',
    `// from ${sources.join(', ')}.`,
    '// Lines of `form<TAB>CODE,CODE`; currencies.ts reads them into Maps at load.',
    'export const CURRENCY_DATA = {',
    `  codes: ${JSON.stringify(table.codes.join(' '))},`,
    `  historic: ${JSON.stringify(table.historic.join(' '))},`,
    `  wholeUnits: ${JSON.stringify(table.wholeUnits.join(' '))},`,
    `  names: ${JSON.stringify(formatMap(table.names))},`,
    `  symbols: ${JSON.stringify(formatMap(table.symbols))},`,
    '};',
    '',
  ].join('\n');
}

/** The generated strings back into a table. */
export function parseCurrencyData(data: { codes: string; historic: string; wholeUnits: string; names: string; symbols: string }): CurrencyTable {
  const parseMap = (s: string) => new Map(s.split('\n').filter(Boolean).map((line) => {
    const [k, codes] = line.split('\t');
    return [k, codes.split(',')] as [string, string[]];
  }));
  return { codes: data.codes.split(' '), historic: data.historic.split(' '), wholeUnits: data.wholeUnits.split(' '), names: parseMap(data.names), symbols: parseMap(data.symbols) };
}
