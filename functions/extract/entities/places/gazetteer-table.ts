// The place gazetteer as lookup tables, and its compact text form. The text form is what
// gazetteer-data.generated.ts holds: the tables are computed from the data packages at build time
// (gazetteer-build.ts), so a cold start only splits strings instead of decoding 138k GeoNames cities
// and folding every name to its key.

export type PlaceKind = 'country' | 'city' | 'region' | 'subdivision';
export const PLACE_KINDS: readonly PlaceKind[] = ['country', 'city', 'region', 'subdivision'];

export interface GazetteerEntry {
  /** The key of the canonical name, so alternative names of one country meet in one entity. */
  key: string;
  kind: PlaceKind;
}

export interface GazetteerTable {
  /** Entries by the entityKey of each of their names. */
  byKey: Map<string, GazetteerEntry>;
  /** Upper-case abbreviations (USA, UAE, UK), matched only when written in capitals. */
  byAbbreviation: Map<string, GazetteerEntry>;
  /** English demonyms, lower case ("thai", "kazakh"). */
  demonyms: Set<string>;
}

/**
 * The compact text form. `places[kind]`: one line per entry, fields separated by tabs: the entry's key,
 * then the lookup keys that lead to it, an empty field standing for the entry's key itself; a line with
 * the key alone is looked up by that key only (most cities). `abbreviations`: lines `ABBR\tkind\tkey`.
 * `demonyms`: one per line. Keys hold no tab or newline (entityKey leaves letters, digits and spaces).
 */
export interface GazetteerData {
  places: Record<PlaceKind, string>;
  abbreviations: string;
  demonyms: string;
}

export class GazetteerDataError extends Error {
  override name = 'GazetteerDataError';
}

export function formatGazetteerData(table: GazetteerTable): GazetteerData {
  // Group lookups by entry (kind + key); entry identity carries no meaning, only key and kind do.
  const lookups = new Map<string, { entry: GazetteerEntry; keys: string[] }>();
  for (const [lookup, entry] of table.byKey) {
    const id = `${entry.kind}\t${entry.key}`;
    const group = lookups.get(id) ?? { entry, keys: [] };
    group.keys.push(lookup);
    lookups.set(id, group);
  }
  const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const places = Object.fromEntries(PLACE_KINDS.map((kind) => {
    const lines = [...lookups.values()].filter((g) => g.entry.kind === kind).map(({ entry, keys }) => {
      if (keys.length === 1 && keys[0] === entry.key) return entry.key;
      const fields = keys.map((k) => (k === entry.key ? '' : k)).sort(byCode);
      return [entry.key, ...fields].join('\t');
    });
    return [kind, lines.sort(byCode).join('\n')];
  })) as Record<PlaceKind, string>;
  const abbreviations = [...table.byAbbreviation].map(([abbr, e]) => `${abbr}\t${e.kind}\t${e.key}`).sort(byCode).join('\n');
  return { places, abbreviations, demonyms: [...table.demonyms].sort(byCode).join('\n') };
}

export function parseGazetteerData(data: GazetteerData): GazetteerTable {
  const byKey = new Map<string, GazetteerEntry>();
  for (const kind of PLACE_KINDS) {
    if (!data.places[kind]) continue;
    for (const line of data.places[kind].split('\n')) {
      const tab = line.indexOf('\t');
      if (tab < 0) {
        byKey.set(line, { key: line, kind });
        continue;
      }
      const fields = line.split('\t');
      const entry: GazetteerEntry = { key: fields[0], kind };
      for (let i = 1; i < fields.length; i++) byKey.set(fields[i] || entry.key, entry);
    }
  }
  const byAbbreviation = new Map<string, GazetteerEntry>();
  for (const line of data.abbreviations ? data.abbreviations.split('\n') : []) {
    const [abbr, kind, key] = line.split('\t');
    if (!PLACE_KINDS.includes(kind as PlaceKind) || !key) throw new GazetteerDataError(`bad abbreviation line: ${JSON.stringify(line)}`);
    byAbbreviation.set(abbr, { key, kind: kind as PlaceKind });
  }
  return { byKey, byAbbreviation, demonyms: new Set(data.demonyms ? data.demonyms.split('\n') : []) };
}
