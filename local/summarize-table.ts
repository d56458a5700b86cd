// The figures `npm start` prints after a pass: articles by status and what was extracted from them
// (functions/records summarizeArticles: Queries over the activity log, never a Scan).
import { summarizeArticles, type TableSummary } from '../functions/records/index.ts';
import type { RecordTable } from '../functions/records/record-table.ts';

export type { TableSummary };

export const summarizeTable = (table: RecordTable): Promise<TableSummary> => summarizeArticles(table);

export function formatSummary(s: TableSummary): string {
  const e = s.extracted;
  return `${s.articles} articles (${s.byStatus.extracted} extracted, ${s.byStatus.failed} failed, ${s.byStatus.rejected} rejected): `
    + `${e.people} people, ${e.places} places, ${e.organizations} organizations, ${e.dates} dates, ${e.money} money amounts`;
}
