import { describe, expect, it } from 'vitest';
import { ConfigError, loadHandlerConfig } from '../../functions/handler/config.ts';

const FULL = { TABLE_NAME: 't', INPUT_PREFIX: 'incoming/', MAX_OBJECT_BYTES: '1024', POWERTOOLS_SERVICE_NAME: 'svc' };

describe('loadHandlerConfig', () => {
  it('reads every setting', () => {
    expect(loadHandlerConfig(FULL)).toEqual({ tableName: 't', inputPrefix: 'incoming/', maxObjectBytes: 1024, serviceName: 'svc' });
  });

  it.each(['TABLE_NAME', 'INPUT_PREFIX', 'MAX_OBJECT_BYTES'])('names %s when it is missing', (name) => {
    const env: Record<string, string | undefined> = { ...FULL, [name]: undefined };
    expect(() => loadHandlerConfig(env)).toThrow(ConfigError);
    expect(() => loadHandlerConfig(env)).toThrow(name);
  });

  it.each(['0', '-5', '1.5', 'ten', ''])('rejects MAX_OBJECT_BYTES=%j', (value) => {
    expect(() => loadHandlerConfig({ ...FULL, MAX_OBJECT_BYTES: value })).toThrow(/MAX_OBJECT_BYTES/);
  });
});
