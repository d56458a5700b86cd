// The function's settings, read from the environment once per container and validated, so a
// misconfigured deployment fails at the first invocation with the variable's name in the error.

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export interface HandlerConfig {
  tableName: string;
  /** Only keys under this prefix are processed (`incoming/`). */
  inputPrefix: string;
  /** Objects larger than this are recorded as rejected without being read. */
  maxObjectBytes: number;
  serviceName: string;
}

function required(env: NodeJS.ProcessEnv, name: string): string {
  const value = env[name];
  if (value === undefined || value.trim() === '') throw new ConfigError(`environment variable ${name} is not set`);
  return value.trim();
}

export function loadHandlerConfig(env: NodeJS.ProcessEnv = process.env): HandlerConfig {
  const tableName = required(env, 'TABLE_NAME');
  // An empty prefix is a deliberate choice (the whole bucket), so only a missing variable is an error.
  if (env.INPUT_PREFIX === undefined) throw new ConfigError('environment variable INPUT_PREFIX is not set');
  const inputPrefix = env.INPUT_PREFIX.trim();
  const rawMax = required(env, 'MAX_OBJECT_BYTES');
  const maxObjectBytes = Number(rawMax);
  if (!Number.isSafeInteger(maxObjectBytes) || maxObjectBytes < 1) {
    throw new ConfigError(`environment variable MAX_OBJECT_BYTES must be a positive whole number of bytes, got "${rawMax}"`);
  }
  return { tableName, inputPrefix, maxObjectBytes, serviceName: env.POWERTOOLS_SERVICE_NAME?.trim() || 'gleaner' };
}
