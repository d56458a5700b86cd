// The article's reference date: the day its relative expressions ("on Tuesday", "this year") are
// resolved against. Read from the text in this order (extractArticle puts a caller's value first and
// the upload day last):
// 1. a leading `date YYYY-MM-DD` header (the sample feeds open with one) → source `header`;
// 2. a dateline or byline near the top → source `dateline`: `JAKARTA, March 14, 2026 —`,
//    `LONDON, 14 March (Reuters) –`, `Published: 14/03/2026`, `March 14, 2026 10:32 GMT+7`,
//    `By Jane Doe | 2026-03-14`, `Updated 2026-03-14`. A `Published`/`Posted` line wins over a
//    dateline, a dateline over a bare date line, and all of them over `Updated` (a later edit).
//    A dateline without a year (`LONDON, 14 March (Reuters) –`) is taken only when the upload day
//    gives the year: the latest such day no later than one day after the upload (time zones).
//    Without an upload day its year is unknown, and a guessed year would shift every relative date.
import { findDatesInText } from './dates/find-dates.ts';
import { DAY_NUM, MONTH_ANY, dayNumber, isValidDay, monthNumber, formatDay } from './dates/calendar.ts';

export interface PublishedHeader extends Record<string, unknown> {
  /** `YYYY-MM-DD` */
  value: string;
  /** Offsets of the date in the text. */
  start: number;
  end: number;
}

export interface PublishedDate extends PublishedHeader {
  source: 'header' | 'dateline';
}

const HEADER = /^[\s\uFEFF]*date[ \t]+(\d{4}-\d{2}-\d{2})\b/i;

/** A valid calendar date `YYYY-MM-DD`, or null. */
export function parseIsoDay(value: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d ? value : null;
}

/** The leading `date YYYY-MM-DD` header, when the text has a valid one. */
export function findPublishedHeader(text: string): PublishedHeader | null {
  const m = HEADER.exec(text);
  if (!m || !parseIsoDay(m[1])) return null;
  const start = m.index + m[0].length - m[1].length;
  return { value: m[1], start, end: start + m[1].length };
}

// How far down a dateline or byline may sit: the headline, a standfirst, a byline, the first paragraph.
const TOP_LINES = 6;
const TOP_CHARS = 1500;

// `JAKARTA,` `NEW YORK,` `Kuala Lumpur, Malaysia,` `SAN JOSÉ, Costa Rica,`: a place in capitals or title
// case, then a comma.
const DATELINE_PLACE = /^[\s"“]*(?:\p{Lu}[\p{L}.'’-]*(?:[ -]\p{Lu}[\p{L}.'’-]*){0,3})(?:,\s*\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,2})?,\s+/u;
// What ends a dateline: an optional agency in brackets, then a dash or a colon.
const DATELINE_END = /^\s*(?:\([^()\n]{1,40}\)\s*)?(?:[—–-]{1,2}|:)\s/u;
const LABEL = /^[\s*_]*(?<label>(?:first\s+)?published(?:\s+on)?|posted(?:\s+on)?|(?:last\s+)?(?:updated|modified)(?:\s+on)?|date(?:d)?|released(?:\s+on)?)\s*[:\-–]?\s*/iu;
const BYLINE = /^[\s*_]*By\s+[^,|·•\n]{2,60}?\s*[,|·•–—]\s*/u;
// Time and zone after a byline date: `10:32`, `10:32 am`, `10.32 GMT+7`, `T09:30:00Z`, `(UTC)`.
const CLOCK_TAIL = /^[\s,|·•–—-]*(?:(?:at\s+)?T?\d{1,2}[:.]\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:[ap]\.?\s?m\.?)?)?\s*(?:Z\b|\(?(?:GMT|UTC|[A-Z]{2,5})?\s*[+-]\d{1,2}(?::?\d{2})?\)?|\(?(?:GMT|UTC|[A-Z]{2,4}T)\)?)?[\s,|·•]*$/iu;
const NO_YEAR = new RegExp(`^(?:(?<month>${MONTH_ANY})\\s+(?<day>${DAY_NUM})|(?<day2>${DAY_NUM})\\s+(?<month2>${MONTH_ANY}))(?![\\w])`);

interface Found {
  value: string;
  start: number;
  end: number;
  priority: number;
}

/** The first date of `text` when it starts at its beginning and names a full day. */
function leadingDay(text: string): { value: string; end: number } | null {
  const first = findDatesInText(text, null).dates[0];
  if (!first || text.slice(0, first.start).trim() !== '' || !/^\d{4}-\d{2}-\d{2}$/.test(first.value)) return null;
  return { value: first.value, end: first.end };
}

/** `14 March`, `March 14` with no year: the year from the upload day, else null. */
function yearlessDay(text: string, uploadedAt: string | null | undefined): { value: string; end: number } | null {
  const lead = text.length - text.trimStart().length;
  const m = NO_YEAR.exec(text.slice(lead));
  if (!m || !uploadedAt) return null;
  const g = m.groups!;
  const month = monthNumber(g.month ?? g.month2!)!;
  const day = dayNumber(g.day ?? g.day2!);
  const [uy, um, ud] = uploadedAt.split('-').map(Number);
  // The latest such day no later than one day after the upload (an article is written before it is
  // stored; a day of slack for time zones).
  const limit = Date.UTC(uy, um - 1, ud + 1);
  for (const year of [uy, uy - 1]) {
    const d = { year, month, day };
    if (isValidDay(d) && Date.UTC(year, month - 1, day) <= limit) return { value: formatDay(d), end: lead + m[0].length };
  }
  return null;
}

function readLine(whole: string, offset: number, uploadedAt: string | null | undefined): Found | null {
  // A dateline or byline date sits at the start of its line: the rest of a long paragraph is not read.
  const line = whole.slice(0, 160);
  const label = LABEL.exec(line);
  if (label) {
    const rest = line.slice(label[0].length);
    const day = leadingDay(rest);
    if (!day) return null;
    const updated = /updated|modified/i.test(label.groups!.label!);
    const start = offset + label[0].length + (rest.length - rest.trimStart().length);
    return { value: day.value, start, end: offset + label[0].length + day.end, priority: updated ? 4 : 0 };
  }
  const place = DATELINE_PLACE.exec(line);
  if (place) {
    const rest = line.slice(place[0].length);
    const day = leadingDay(rest) ?? yearlessDay(rest, uploadedAt);
    if (day && DATELINE_END.test(rest.slice(day.end))) {
      return { value: day.value, start: offset + place[0].length, end: offset + place[0].length + day.end, priority: 1 };
    }
  }
  const byline = BYLINE.exec(line);
  const from = byline ? byline[0].length : 0;
  const rest = line.slice(from);
  const day = leadingDay(rest);
  if (day && CLOCK_TAIL.test(rest.slice(day.end))) {
    const start = offset + from + (rest.length - rest.trimStart().length);
    return { value: day.value, start, end: offset + from + day.end, priority: 2 };
  }
  return null;
}

/** A dateline or byline date in the first lines of the article, or null. */
export function findDateline(text: string, uploadedAt?: string | null): PublishedHeader | null {
  const header = findPublishedHeader(text);
  const from = header ? text.indexOf('\n', header.end) + 1 || text.length : 0;
  const top = text.slice(0, Math.min(text.length, from + TOP_CHARS));
  let best: Found | null = null;
  let lines = 0;
  const re = /[^\r\n]+/g;
  re.lastIndex = from;
  for (let m = re.exec(top); m && lines < TOP_LINES; m = re.exec(top)) {
    if (!m[0].trim()) continue;
    lines++;
    const found = readLine(m[0], m.index, uploadedAt);
    if (found && (!best || found.priority < best.priority)) best = found;
    if (best?.priority === 0) break;
  }
  return best && { value: best.value, start: best.start, end: best.end };
}

/** The reference date the text itself gives: its header, else a dateline or byline near the top. */
export function findPublishedDate(text: string, uploadedAt?: string | null): PublishedDate | null {
  const header = findPublishedHeader(text);
  if (header) return { ...header, source: 'header' };
  const dateline = findDateline(text, uploadedAt);
  return dateline && { ...dateline, source: 'dateline' };
}
