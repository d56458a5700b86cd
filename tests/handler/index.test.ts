// The Lambda entry: configuration is read when the module loads (once per container), so a missing
// variable fails the first invocation with the variable's name.
import { afterEach, describe, expect, it, vi } from 'vitest';

const ENV = { TABLE_NAME: 'gleaner-table', INPUT_PREFIX: 'incoming/', MAX_OBJECT_BYTES: '10485760', POWERTOOLS_SERVICE_NAME: 'gleaner', POWERTOOLS_LOG_LEVEL: 'SILENT', AWS_REGION: 'us-east-1' };

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe('functions/handler/index.ts', () => {
  it('exports a handler when the environment is complete', async () => {
    for (const [k, v] of Object.entries(ENV)) vi.stubEnv(k, v);
    const module = await import('../../functions/handler/index.ts');
    expect(typeof module.handler).toBe('function');
    // A test event touches neither S3 nor DynamoDB.
    const result = await module.handler({ Records: [{ messageId: 'm1', body: JSON.stringify({ Event: 's3:TestEvent' }) } as never] });
    expect(result).toEqual({ batchItemFailures: [] });
  });

  it('fails to load without TABLE_NAME, naming it', async () => {
    for (const [k, v] of Object.entries(ENV)) vi.stubEnv(k, v);
    vi.stubEnv('TABLE_NAME', undefined);
    await expect(import('../../functions/handler/index.ts')).rejects.toThrow(/TABLE_NAME/);
  });
});
