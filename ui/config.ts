// Where the page is served: loopback only, on GLEANER_UI_PORT. Read and validated once; the error names
// the variable. The default sits away from the engines' defaults (DynamoDB Local 8569, s3rver 4569).
export const UI_HOST = '127.0.0.1';
export const DEFAULT_UI_PORT = 8580;

export class UiConfigError extends Error {
  override name = 'UiConfigError';
}

export interface UiConfig {
  host: string;
  port: number;
}

export function loadUiConfig(env: NodeJS.ProcessEnv = process.env): UiConfig {
  const raw = env.GLEANER_UI_PORT;
  if (raw === undefined || raw.trim() === '') return { host: UI_HOST, port: DEFAULT_UI_PORT };
  const port = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || !Number.isInteger(port) || port < 1 || port > 65535) {
    throw new UiConfigError(`GLEANER_UI_PORT must be a port number from 1 to 65535, got "${raw}"`);
  }
  for (const [other, fallback] of [['GLEANER_DYNAMODB_PORT', 8569], ['GLEANER_S3_PORT', 4569]] as const) {
    if (Number(env[other] || fallback) === port) {
      throw new UiConfigError(`GLEANER_UI_PORT (${port}) is the same port as ${other}: choose another`);
    }
  }
  return { host: UI_HOST, port };
}
