// The extraction pipeline, assembled in one place. Pure: text and a reference date in, the contract's
// JSON out; no AWS, no environment, no clock.
import { findDatesWithCount } from './dates/find-dates.ts';
import { findEntities } from './entities/find-entities.ts';
import { findMoney } from './money/find-money.ts';
import { findPublishedDate, parseIsoDay } from './published-at.ts';
import { splitSegments } from './segments.ts';
import type { ExtractOptions, Extraction, PublishedAtSource } from './types.ts';

export type * from './types.ts';
export { entityKey, foldText, matchKey } from './keys.ts';

export { EXTRACTOR_VERSION } from './version.ts';

export class InvalidPublishedAtError extends Error {
  override name = 'InvalidPublishedAtError';
}

/** An extraction and what the contract does not carry: how many relative dates were left out. */
export interface ExtractionReport {
  extraction: Extraction;
  /** Relative expressions ("on Tuesday", "last year") dropped because there was no reference date. */
  unresolvedDates: number;
}

/**
 * Extracts people, places, organizations, dates and money from one article.
 * `publishedAt`: the caller's value (source `options.publishedAtSource`, default `given`), else the
 * text's `date YYYY-MM-DD` header, else a dateline or byline date near the top, else the upload day
 * (`uploaded`), else null (relative dates are then left out, see extractArticleWithReport).
 */
export function extractArticle(text: string, options: ExtractOptions = {}): Extraction {
  return extractArticleWithReport(text, options).extraction;
}

export function extractArticleWithReport(text: string, given: ExtractOptions = {}): ExtractionReport {
  // An upload time may come as S3's full timestamp (`2026-03-14T09:30:00.000Z`): its UTC day is meant.
  const uploadedAt = given.uploadedAt != null && /^\d{4}-\d{2}-\d{2}T/.test(given.uploadedAt) ? given.uploadedAt.slice(0, 10) : given.uploadedAt;
  const options: ExtractOptions = { ...given, uploadedAt };
  for (const [name, value] of [['publishedAt', options.publishedAt], ['uploadedAt', options.uploadedAt]] as const) {
    if (value != null && !parseIsoDay(value)) {
      throw new InvalidPublishedAtError(`${name} must be a calendar date YYYY-MM-DD, got "${value}"`);
    }
  }
  const { publishedAt, publishedAtSource } = resolvePublishedAt(text, options);
  // Every step works per paragraph so the cost stays linear in the article's length.
  const segments = splitSegments(text);
  const entities = findEntities(segments);
  const dates = findDatesWithCount(segments, { publishedAt });
  return {
    extraction: { publishedAt, publishedAtSource, ...entities, dates: dates.dates, money: findMoney(segments, text) },
    unresolvedDates: dates.unresolved,
  };
}

function resolvePublishedAt(text: string, options: ExtractOptions): { publishedAt: string | null; publishedAtSource: PublishedAtSource | null } {
  if (options.publishedAt != null) return { publishedAt: options.publishedAt, publishedAtSource: options.publishedAtSource ?? 'given' };
  const found = findPublishedDate(text, options.uploadedAt);
  if (found) return { publishedAt: found.value, publishedAtSource: found.source };
  if (options.uploadedAt != null) return { publishedAt: options.uploadedAt, publishedAtSource: 'uploaded' };
  return { publishedAt: null, publishedAtSource: null };
}
