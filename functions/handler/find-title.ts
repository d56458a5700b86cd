// A title for people scanning query results. Feeds rarely carry a separate headline field, so the
// first line after the `date` header is used when it is headline-sized; otherwise the first sentence,
// clipped at a word boundary.
import { findPublishedHeader } from '../extract/published-at.ts';

const MAX_TITLE = 150;

export function findTitle(text: string): string | undefined {
  const header = findPublishedHeader(text);
  const body = header ? text.slice(header.end) : text;
  const firstLine = body.split(/\r?\n/).map((l) => l.replace(/\s+/g, ' ').trim()).find((l) => l.length > 0);
  if (!firstLine) return undefined;
  if (firstLine.length <= MAX_TITLE) return firstLine;
  const sentence = /^.+?[.!?](?=\s|$)/u.exec(firstLine)?.[0] ?? firstLine;
  if (sentence.length <= MAX_TITLE) return sentence;
  const clipped = sentence.slice(0, MAX_TITLE);
  const cut = clipped.lastIndexOf(' ');
  return `${(cut > 40 ? clipped.slice(0, cut) : clipped).replace(/[\s,;:—–-]+$/u, '')}…`;
}
