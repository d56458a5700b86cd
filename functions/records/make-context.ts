// The words around a mention, so query results can show where a fact came from without fetching the
// object again. The facts item keeps a wide snippet; index items a short one (they are written once
// per fact, so every byte there costs write units).

export const CONTEXT_CHARS = 28;
export const SHORT_CONTEXT_CHARS = 16;

export function makeContext(text: string, start: number, end: number, chars: number = CONTEXT_CHARS): string {
  let from = Math.max(0, start - chars);
  let to = Math.min(text.length, end + chars);
  // Widen to whole words so the snippet does not open or close mid-word.
  const before = text.slice(from, start).search(/\s/);
  if (from > 0 && before >= 0) from += before + 1;
  const after = text.slice(end, to).search(/\s\S*$/);
  if (to < text.length && after >= 0) to = end + after;
  const snippet = text.slice(from, to).replace(/\s+/g, ' ').trim();
  return `${from > 0 ? '…' : ''}${snippet}${to < text.length ? '…' : ''}`;
}
