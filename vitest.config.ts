import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/support/dynamo-global-setup.ts'],
    // Real engines and CDK synth are slower than unit tests; keep failures readable, not flaky.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
