// The reference date, in the order it is looked for: the caller's value, the `date` header, a
// dateline or byline near the top, the upload day; and `publishedAtSource` saying which one it was.
import { describe, expect, it } from 'vitest';
import { extractArticle, extractArticleWithReport, InvalidPublishedAtError } from '../../functions/extract/index.ts';
import { findDateline } from '../../functions/extract/published-at.ts';

const BODY = 'Officials said on Monday that exports rose last year.';

describe('datelines and bylines near the top', () => {
  it.each([
    [`JAKARTA, March 14, 2026 — ${BODY}`, '2026-03-14'],
    [`Floods in Java\n\nJAKARTA, March 14, 2026 — ${BODY}`, '2026-03-14'],
    [`NEW YORK, Jan. 5, 2025 (AP) — ${BODY}`, '2025-01-05'],
    [`Kuala Lumpur, Malaysia, 3 February 2026 - ${BODY}`, '2026-02-03'],
    [`LONDON, 14 March 2026 (Reuters) – ${BODY}`, '2026-03-14'],
    [`Headline\nPublished: 14/03/2026\n\n${BODY}`, '2026-03-14'],
    [`Headline\nPublished on March 14, 2026 10:32 GMT+7\n\n${BODY}`, '2026-03-14'],
    [`Headline\nMarch 14, 2026 10:32 GMT+7\n\n${BODY}`, '2026-03-14'],
    [`Headline\nBy Jane Doe | 2026-03-14\n\n${BODY}`, '2026-03-14'],
    [`Headline\nPosted 2026-03-14T09:30:00Z\n\n${BODY}`, '2026-03-14'],
    [`Headline\nUpdated 2026-03-14\n\n${BODY}`, '2026-03-14'],
    [`Headline\nSaturday, 14 March 2026\n\n${BODY}`, '2026-03-14'],
    [`Headline\nFirst published on Sat 14 Mar 2026 10.32 GMT\n\n${BODY}`, '2026-03-14'],
    [`Headline\nPosted on March 14, 2026 by Jane Doe\n\n${BODY}`, '2026-03-14'],
    [`Headline\nLast modified: 2026-03-20\nPublished: 2026-03-14\n\n${BODY}`, '2026-03-14'],
    // A publication line wins over a later edit.
    [`Headline\nUpdated: 2026-03-20\nPublished: 2026-03-14\n\n${BODY}`, '2026-03-14'],
  ])('%j', (text, value) => {
    const found = findDateline(text);
    expect(found?.value).toBe(value);
    const result = extractArticle(text);
    expect([result.publishedAt, result.publishedAtSource]).toEqual([value, 'dateline']);
  });

  it.each([
    // A date inside the story is not the publication date.
    `Headline\n\nThe treaty was signed on March 14, 2026 in Hanoi. ${BODY}`,
    `Headline\n\nMarch 14, 2026 was a day to remember. ${BODY}`,
    // Too far down: the seventh line.
    `a\nb\nc\nd\ne\nf\nPublished: 14/03/2026\n${BODY}`,
    // No year and no upload day: the year is unknown.
    `LONDON, 14 March (Reuters) – ${BODY}`,
    `HANOI, March 14 — ${BODY}`,
    `No. 10, March 14 committee`,
  ])('no dateline in %j', (text) => {
    expect(findDateline(text)).toBeNull();
  });

  it('takes a yearless dateline when the upload day gives the year', () => {
    const text = `LONDON, 14 March (Reuters) – ${BODY}`;
    expect(findDateline(text, '2026-03-15')?.value).toBe('2026-03-14');
    // Uploaded in January: the March before.
    expect(findDateline(text, '2026-01-10')?.value).toBe('2025-03-14');
    expect(extractArticle(text, { uploadedAt: '2026-03-15' })).toMatchObject({ publishedAt: '2026-03-14', publishedAtSource: 'dateline' });
  });
});

describe('the order of sources', () => {
  const dateline = `JAKARTA, March 14, 2026 — ${BODY}`;

  it.each([
    ['a given value', dateline, { publishedAt: '2026-03-20' }, '2026-03-20', 'given'],
    ['metadata', dateline, { publishedAt: '2026-03-20', publishedAtSource: 'metadata' as const }, '2026-03-20', 'metadata'],
    ['the header', `date 2026-03-13\n${dateline}`, {}, '2026-03-13', 'header'],
    ['the dateline over the upload day', dateline, { uploadedAt: '2026-04-01' }, '2026-03-14', 'dateline'],
    ['the upload day', BODY, { uploadedAt: '2026-04-01' }, '2026-04-01', 'uploaded'],
    ['nothing', BODY, {}, null, null],
  ])('%s', (_name, text, options, publishedAt, source) => {
    expect(extractArticle(text, options)).toMatchObject({ publishedAt, publishedAtSource: source });
  });

  it('resolves relative dates against the dateline', () => {
    const { dates } = extractArticle(dateline);
    expect(dates.map((d) => [d.text, d.value])).toEqual([
      ['March 14, 2026', '2026-03-14'],
      ['Monday', '2026-03-09'],
      ['last year', '2025'],
    ]);
  });

  it('counts the relative dates it leaves out when there is no reference date', () => {
    const report = extractArticleWithReport(BODY);
    expect(report.extraction.dates).toEqual([]);
    expect(report.unresolvedDates).toBe(2);
    expect(extractArticleWithReport(BODY, { uploadedAt: '2026-04-01' }).unresolvedDates).toBe(0);
  });

  it('takes the UTC day of a full upload timestamp', () => {
    expect(extractArticle(BODY, { uploadedAt: '2026-04-01T23:10:00.000Z' })).toMatchObject({ publishedAt: '2026-04-01', publishedAtSource: 'uploaded' });
  });

  it.each([{ publishedAt: '14/03/2026' }, { uploadedAt: '2026-02-30' }])('rejects %j', (options) => {
    expect(() => extractArticle(BODY, options)).toThrow(InvalidPublishedAtError);
  });
});
