// The figures `npm start` prints after a pass: articles by status and what was extracted from them,
// summed from the article items' counts (one Query per status partition, never a Scan).
import { countArticlesByStatus } from '../functions/records/queries.ts';
import { queryAll } from '../functions/records/query-pages.ts';
import { statusGsiPk } from '../functions/records/keys.ts';
import type { ArticleCounts, ArticleStatus } from '../functions/records/model.ts';
import type { RecordTable } from '../functions/records/record-table.ts';

export interface TableSummary {
  articles: number;
  byStatus: Record<ArticleStatus, number>;
  /** Summed over extracted articles: distinct values per article, added up. */
  extracted: ArticleCounts;
}

export async function summarizeTable(table: RecordTable): Promise<TableSummary> {
  const byStatus = await countArticlesByStatus(table);
  const items = await queryAll<{ counts?: ArticleCounts }>(table, {
    IndexName: 'gsi1',
    KeyConditionExpression: 'gsi1pk = :pk',
    ExpressionAttributeValues: { ':pk': statusGsiPk('extracted') },
    ProjectionExpression: 'counts',
  });
  const extracted: ArticleCounts = { people: 0, places: 0, organizations: 0, dates: 0, money: 0 };
  for (const { counts } of items) {
    if (!counts) continue;
    for (const k of Object.keys(extracted) as Array<keyof ArticleCounts>) extracted[k] += counts[k] ?? 0;
  }
  return { articles: byStatus.extracted + byStatus.failed + byStatus.rejected, byStatus, extracted };
}

export function formatSummary(s: TableSummary): string {
  const e = s.extracted;
  return `${s.articles} articles (${s.byStatus.extracted} extracted, ${s.byStatus.failed} failed, ${s.byStatus.rejected} rejected): `
    + `${e.people} people, ${e.places} places, ${e.organizations} organizations, ${e.dates} dates, ${e.money} money amounts`;
}
