// The records API: the only way into the table. The handler writes through it, the local stack, the
// CLI and the web UI read through it. README.md describes the model, its costs and its queries.
export * from './model.ts';
export { createDocumentClient, type RecordTable } from './record-table.ts';
export {
  buildArticleItems, buildUnsuccessfulArticle, buildRemoval, MAX_MENTIONS, ENTITY_TYPES, type ArticleContent, type BuiltRecord,
} from './build-items.ts';
export {
  writeRecord, removeArticle, checkEvent, buildFactsItem, ArticleBusyError, DEFAULT_LEASE_MS, type WriteOutcome, type WriteOptions,
} from './write-article.ts';
export { computeEventOrder, InvalidEventOrderError } from './event-order.ts';
export { RetriesExhaustedError } from './backoff.ts';
export { FactsTooLargeError } from './facts-codec.ts';
export {
  getArticle, findArticlesByEntity, resolveNameKeys, findDates, findMoney, findFailed, listLatestArticles, countArticlesByStatus,
  ENTITY_TYPE_NAMES, MAX_CANDIDATE_NAMES,
  type ArticleRecord, type EntityHit, type DateHit, type MoneyHit, type ArticleSummary, type PageOptions,
} from './queries.ts';
export {
  topEntities, findCoMentionedEntities, listEntityAliases, sumMoneyByCurrency, countDatesByMonth, summarizeArticles, listArticleStates,
  type TopEntity, type CurrencyTotal, type MonthCount, type TableSummary, type ArticleState,
} from './aggregates.ts';
export { indexKeyOf, listNameTerms } from './name-terms.ts';
export { InvalidCursorError, InvalidQueryError, MAX_LIMIT, DEFAULT_LIMIT, type Page } from './query-pages.ts';
export { ARTICLE_SK, SHARDS, articlePk } from './keys.ts';
export { PermanentError, TransientError } from '../errors.ts';
