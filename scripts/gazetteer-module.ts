// The source of functions/extract/entities/places/gazetteer-data.generated.ts: the gazetteer tables
// (gazetteer-build.ts) in their compact text form, under a header naming the package versions they
// were built from. Used by scripts/build-gazetteer.ts to write the file and by
// tests/extract/gazetteer-data.test.ts to check it.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { GAZETTEER_SOURCES } from '../functions/extract/entities/places/gazetteer-build.ts';
import { formatGazetteerData, type GazetteerTable } from '../functions/extract/entities/places/gazetteer-table.ts';

export const GAZETTEER_DATA_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../functions/extract/entities/places/gazetteer-data.generated.ts');

export class GazetteerSourceError extends Error {
  override name = 'GazetteerSourceError';
}

/** name@version of each source package, as installed. */
export function describeGazetteerSources(): string[] {
  const require = createRequire(import.meta.url);
  return GAZETTEER_SOURCES.map((name) => {
    // Some packages do not export ./package.json: find it from the resolved entry point.
    let dir = require.resolve(name);
    while (!fs.existsSync(`${dir}/package.json`) || JSON.parse(fs.readFileSync(`${dir}/package.json`, 'utf8')).name !== name) {
      const parent = dir.slice(0, dir.lastIndexOf('/'));
      if (parent === dir || !parent) throw new GazetteerSourceError(`no package.json for ${name}`);
      dir = parent;
    }
    return `${name}@${JSON.parse(fs.readFileSync(`${dir}/package.json`, 'utf8')).version}`;
  });
}

/**
 * The generated module's source: the header, then the compact tables as string literals (the fastest
 * thing for V8 to parse; gazetteer.ts splits them into Maps at load).
 */
export function formatGazetteerModule(table: GazetteerTable, sources: string[] = describeGazetteerSources()): string {
  const data = formatGazetteerData(table);
  return [
    '// GENERATED FILE: do not edit. Regenerate with `npm run build:gazetteer` (scripts/build-gazetteer.ts),',
    '// which applies the selection rules of functions/extract/entities/places/gazetteer-build.ts to',
    `// ${sources.join(', ')}.`,
    '// tests/extract/gazetteer-data.test.ts fails when this file differs from a fresh build.',
    "import type { GazetteerData } from './gazetteer-table.ts';",
    '',
    'export const GAZETTEER_DATA: GazetteerData = {',
    '  places: {',
    ...Object.entries(data.places).map(([kind, text]) => `    ${kind}: ${JSON.stringify(text)},`),
    '  },',
    `  abbreviations: ${JSON.stringify(data.abbreviations)},`,
    `  demonyms: ${JSON.stringify(data.demonyms)},`,
    '};',
    '',
  ].join('\n');
}
