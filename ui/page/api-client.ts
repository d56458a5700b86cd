// GET /api/… as JSON; a 4xx/5xx becomes an Error carrying the server's one-line reason.
export class ApiRequestError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

export async function getJson<T>(route: string, params: Record<string, string | number | undefined> = {}): Promise<T> {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') query.set(k, String(v));
  const q = query.toString();
  const response = await fetch(`/api/${route}${q ? `?${q}` : ''}`, { headers: { accept: 'application/json' } });
  const body = await response.json().catch(() => ({ error: response.statusText }));
  if (!response.ok) throw new ApiRequestError(response.status, (body as { error?: string }).error ?? response.statusText);
  return body as T;
}

export interface Page<T> {
  items: T[];
  cursor?: string;
}
