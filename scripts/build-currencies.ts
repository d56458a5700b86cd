// Writes functions/extract/money/currency-data.generated.ts from the data packages
// (`npm run build:currencies`). Run it after upgrading currency-codes, the CLDR packages,
// currency-symbol-map or world-countries; tests/extract/money-currency-data.test.ts says when it is due.
import fs from 'node:fs';
import path from 'node:path';
import { buildCurrencyTable } from '../functions/extract/money/currency-build.ts';
import { CURRENCY_DATA_FILE, formatCurrencyModule } from './currency-module.ts';

const table = buildCurrencyTable();
const source = formatCurrencyModule(table);
fs.writeFileSync(CURRENCY_DATA_FILE, source);
process.stdout.write(`${path.relative(process.cwd(), CURRENCY_DATA_FILE)}: ${table.codes.length} codes (${table.historic.length} historic), ${table.names.size} names, ${table.symbols.size} symbols, ${(Buffer.byteLength(source) / 1024).toFixed(0)} KB\n`);
