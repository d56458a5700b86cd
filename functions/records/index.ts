// The records API: the item model, its writes (used by the handler) and its queries (used by the CLI).
export * from './model.ts';
export { createDocumentClient, type RecordTable } from './record-table.ts';
export { buildArticleItems, buildUnsuccessfulArticle, MAX_MENTIONS } from './build-items.ts';
export { writeArticle, removeArticle, checkEvent, ArticleBusyError, DEFAULT_LEASE_MS, type WriteOutcome, type WriteOptions } from './write-article.ts';
export { computeEventOrder, InvalidEventOrderError } from './event-order.ts';
export {
  getArticle, findArticlesByEntity, findDates, findMoney, findFailed, topEntities, countArticlesByStatus,
  type ArticleRecord, type EntityHit, type TopEntity, type PageOptions,
} from './queries.ts';
export { InvalidCursorError, InvalidQueryError, type Page } from './query-pages.ts';
