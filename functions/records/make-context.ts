// The words around a mention, stored once per item so query results can show where a fact came from
// without fetching the object again.

const CONTEXT_CHARS = 60;

export function makeContext(text: string, start: number, end: number): string {
  let from = Math.max(0, start - CONTEXT_CHARS);
  let to = Math.min(text.length, end + CONTEXT_CHARS);
  // Widen to whole words so the snippet does not open or close mid-word.
  const before = text.slice(from, start).search(/\s/);
  if (from > 0 && before >= 0) from += before + 1;
  const after = text.slice(end, to).search(/\s\S*$/);
  if (to < text.length && after >= 0) to = end + after;
  const snippet = text.slice(from, to).replace(/\s+/g, ' ').trim();
  return `${from > 0 ? '…' : ''}${snippet}${to < text.length ? '…' : ''}`;
}
