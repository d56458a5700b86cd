// GLEANER_UI_PORT: read once, validated, and an error that names the variable.
import { describe, expect, it } from 'vitest';
import { DEFAULT_UI_PORT, loadUiConfig } from '../../ui/config.ts';
import { runGleaner } from '../support/run-gleaner.ts';

describe('the page configuration', () => {
  it('defaults to loopback on a port the engines do not use', () => {
    expect(loadUiConfig({})).toEqual({ host: '127.0.0.1', port: DEFAULT_UI_PORT });
    expect([8569, 4569]).not.toContain(DEFAULT_UI_PORT);
  });

  it('takes GLEANER_UI_PORT', () => {
    expect(loadUiConfig({ GLEANER_UI_PORT: '9123' }).port).toBe(9123);
  });

  it.each([
    ['not a number', { GLEANER_UI_PORT: 'eighty' }, /GLEANER_UI_PORT must be a port number from 1 to 65535, got "eighty"/],
    ['out of range', { GLEANER_UI_PORT: '70000' }, /GLEANER_UI_PORT must be a port number/],
    ['a fraction', { GLEANER_UI_PORT: '80.5' }, /GLEANER_UI_PORT must be a port number/],
    ['the DynamoDB Local default', { GLEANER_UI_PORT: '8569' }, /GLEANER_UI_PORT \(8569\) is the same port as GLEANER_DYNAMODB_PORT/],
    ['the S3 port in use', { GLEANER_UI_PORT: '9000', GLEANER_S3_PORT: '9000' }, /same port as GLEANER_S3_PORT/],
  ])('rejects %s', (_label, env, message) => {
    expect(() => loadUiConfig(env)).toThrow(message);
  });

  it('`gleaner ui` stops with that message before touching any stack', async () => {
    const before = process.env.GLEANER_UI_PORT;
    process.env.GLEANER_UI_PORT = 'eighty';
    try {
      const result = await runGleaner('ui');
      expect(result.code).toBe(1);
      expect(result.err).toBe('gleaner ui: GLEANER_UI_PORT must be a port number from 1 to 65535, got "eighty"');
    } finally {
      if (before === undefined) delete process.env.GLEANER_UI_PORT; else process.env.GLEANER_UI_PORT = before;
    }
  });

  it('`gleaner ui --help` says what it serves and where', async () => {
    const result = await runGleaner('ui', '--help');
    expect(result.code).toBe(0);
    expect(result.out).toContain('GLEANER_UI_PORT');
    expect(result.out).toContain('--aws');
  });
});
