// Errors a command did not anticipate, as one line a person can act on: never a stack trace, never
// an empty message (Node reports a refused connection to every address of a name as an AggregateError
// whose own message is empty).

interface ErrorLike {
  message?: string;
  code?: string;
  errors?: unknown[];
  name?: string;
}

export function describeError(error: unknown): string {
  const e = (error ?? {}) as ErrorLike;
  let text = typeof e.message === 'string' ? e.message.trim() : '';
  if (!text && Array.isArray(e.errors) && e.errors.length) {
    text = [...new Set(e.errors.map((inner) => describeError(inner)))].join('; ');
  }
  if (!text) text = e.code ?? e.name ?? String(error);
  if (e.code === 'ECONNREFUSED' && !text.includes('ECONNREFUSED')) text = `${text} (ECONNREFUSED)`;
  return text.split('\n')[0];
}
