// Stand-in for a records query the page needs that functions/records does not export: an entity's
// other names (its aliases across articles). It only composes exported records queries — no
// DynamoDB call of its own — and goes away when records exports one.
import { getArticle, type EntityHit, type RecordTable } from '../functions/records/index.ts';

/** The names the entities of `hits` go by in the first `articles` of those articles (their facts, read in parallel). */
export async function listEntityAliases(table: RecordTable, hits: EntityHit[], options: { articles?: number } = {}): Promise<string[]> {
  const read = hits.slice(0, options.articles ?? 10);
  const wanted = new Set(read.map((h) => `${h.type}#${h.entityKey}`));
  const records = await Promise.all(read.map((h) => getArticle(table, h.bucket, h.key)));
  const names = new Set<string>();
  for (const record of records) {
    if (!record) continue;
    for (const e of [...record.people, ...record.places, ...record.organizations]) {
      if (!wanted.has(`${e.type}#${e.indexKey}`)) continue;
      names.add(e.name);
      for (const a of e.aliases ?? []) names.add(a);
    }
  }
  return [...names].sort((a, b) => a.localeCompare(b));
}
