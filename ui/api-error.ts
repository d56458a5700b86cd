// Bad API input: a 4xx status and one line a person can act on.
export class ApiError extends Error {
  override name = 'ApiError';
  constructor(readonly status: 400 | 404 | 405 | 421, message: string) {
    super(message);
  }
}
