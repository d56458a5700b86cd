// Errors a command did not anticipate, as one line a person can act on: never a stack trace, never
// an empty message (Node reports a refused connection to every address of a name as an AggregateError
// whose own message is empty).

interface ErrorLike {
  message?: string;
  code?: string;
  errors?: unknown[];
  name?: string;
}

/** The AWS SDK's own words for a missing setup, and what to do about it. */
const HINTS: Array<[RegExp, string]> = [
  [/^Region is missing$/, 'no AWS region: set AWS_REGION (or a region in your AWS profile)'],
  [/^Could not load credentials from any providers$/, 'no AWS credentials: run aws configure or aws sso login, or set AWS_PROFILE'],
];

export function describeError(error: unknown): string {
  const e = (error ?? {}) as ErrorLike;
  let text = typeof e.message === 'string' ? e.message.trim() : '';
  if (!text && Array.isArray(e.errors) && e.errors.length) {
    text = [...new Set(e.errors.map((inner) => describeError(inner)))].join('; ');
  }
  if (!text) text = e.code ?? e.name ?? String(error);
  if (e.code === 'ECONNREFUSED' && !text.includes('ECONNREFUSED')) text = `${text} (ECONNREFUSED)`;
  const line = text.split('\n')[0];
  return HINTS.find(([pattern]) => pattern.test(line))?.[1] ?? line;
}
