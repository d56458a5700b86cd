// The extraction pipeline, assembled in one place. Pure: text and a reference date in, the contract's
// JSON out; no AWS, no environment, no clock.
import { findDates } from './dates/find-dates.ts';
import { findEntities } from './entities/find-entities.ts';
import { findMoney } from './money/find-money.ts';
import { findPublishedHeader, parseIsoDay } from './published-at.ts';
import { splitSegments } from './segments.ts';
import type { ExtractOptions, Extraction } from './types.ts';

export type * from './types.ts';
export { entityKey, foldText, matchKey } from './keys.ts';

/** Bumped whenever output for the same text can change; stored on every article record. */
export const EXTRACTOR_VERSION = '0.2.0';

export class InvalidPublishedAtError extends Error {
  override name = 'InvalidPublishedAtError';
}

/**
 * Extracts people, places, organizations, dates and money from one article.
 * `publishedAt`: the caller's value wins, else the text's `date YYYY-MM-DD` header, else null.
 */
export function extractArticle(text: string, options: ExtractOptions = {}): Extraction {
  if (options.publishedAt != null && !parseIsoDay(options.publishedAt)) {
    throw new InvalidPublishedAtError(`publishedAt must be a calendar date YYYY-MM-DD, got "${options.publishedAt}"`);
  }
  const publishedAt = options.publishedAt ?? findPublishedHeader(text)?.value ?? null;
  // Every step works per paragraph so the cost stays linear in the article's length.
  const segments = splitSegments(text);
  const entities = findEntities(segments);
  return {
    publishedAt,
    ...entities,
    dates: findDates(segments, { publishedAt }),
    money: findMoney(segments),
  };
}
