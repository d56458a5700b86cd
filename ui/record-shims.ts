// Stand-in for a records query the page needs that functions/records does not export: an entity's
// other names (its aliases across articles). It only composes exported records queries — no
// DynamoDB call of its own — and goes away when records exports one.
import { findArticlesByEntity, getArticle, type RecordTable } from '../functions/records/index.ts';
import type { EntityType } from '../functions/extract/types.ts';

/** The names an entity goes by in its `articles` newest articles (the facts of each, read in parallel). */
export async function listEntityAliases(table: RecordTable, name: string, options: { type?: EntityType; articles?: number } = {}): Promise<string[]> {
  const hits = await findArticlesByEntity(table, name, { type: options.type, limit: options.articles ?? 10 });
  const keys = new Set(hits.items.map((h) => h.entityKey));
  const records = await Promise.all(hits.items.map((h) => getArticle(table, h.bucket, h.key)));
  const names = new Set<string>();
  for (const record of records) {
    if (!record) continue;
    for (const e of [...record.people, ...record.places, ...record.organizations]) {
      if (!keys.has(e.indexKey) || (options.type && e.type !== options.type)) continue;
      names.add(e.name);
      for (const a of e.aliases ?? []) names.add(a);
    }
  }
  return [...names].sort((a, b) => a.localeCompare(b));
}
