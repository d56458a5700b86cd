// The sample articles (and the feeds they come from) open with a `date YYYY-MM-DD` line. It is the
// article's publication date, the anchor for "on Tuesday" or "this year".

export interface PublishedHeader extends Record<string, unknown> {
  /** `YYYY-MM-DD` */
  value: string;
  /** Offsets of the `YYYY-MM-DD` part in the text. */
  start: number;
  end: number;
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
