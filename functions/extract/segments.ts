// compromise-dates slows down faster than its input grows, so every extractor works one paragraph at
// a time and maps offsets back to the whole text. A paragraph longer than MAX_SEGMENT is cut at the
// last sentence end before the limit, so even a text with no blank lines stays linear.

export interface Segment {
  text: string;
  /** Offset of `text` in the whole document. */
  start: number;
}

const MAX_SEGMENT = 2000;

function cutLongParagraph(text: string, start: number, out: Segment[]): void {
  let from = 0;
  while (text.length - from > MAX_SEGMENT) {
    const window = text.slice(from, from + MAX_SEGMENT);
    // Last ". " / "! " / "? " followed by a capital or quote: a sentence end, not "U.S. officials".
    let cut = -1;
    const re = /[.!?]["'”’)]?\s+(?=["'“‘(]?\p{Lu})/gu;
    for (let m = re.exec(window); m; m = re.exec(window)) cut = m.index + m[0].length;
    if (cut <= 0) {
      const space = window.lastIndexOf(' ');
      cut = space > 0 ? space + 1 : MAX_SEGMENT;
    }
    out.push({ text: text.slice(from, from + cut), start: start + from });
    from += cut;
  }
  if (from < text.length) out.push({ text: text.slice(from), start: start + from });
}

/** Splits a document into paragraphs (runs of text between line breaks), with their offsets. */
export function splitSegments(text: string): Segment[] {
  const out: Segment[] = [];
  const re = /[^\r\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (!m[0].trim()) continue;
    cutLongParagraph(m[0], m.index, out);
  }
  return out;
}
