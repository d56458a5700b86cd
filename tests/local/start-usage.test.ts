// `npm start` with a mistake in its options: one line naming the option, exit code 2, nothing started.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../local/config.ts';

const run = promisify(execFile);

describe('npm start with bad options', () => {
  it.each([
    [['--bogus'], /^npm start: unknown option --bogus \(npm start -- --help lists the options\)$/],
    [['--once=yes'], /^npm start: --once takes no value/],
  ])('npm start -- %j exits 2 with one line', { timeout: 60_000 }, async (args, message) => {
    const home = fs.mkdtempSync(path.join(os.tmpdir(), 'gleaner-start-usage-'));
    try {
      const error = await run(process.execPath, ['--import', 'tsx', path.join(PROJECT_ROOT, 'local', 'start.ts'), ...args], {
        cwd: PROJECT_ROOT, env: { ...process.env, GLEANER_HOME: home },
      }).then(() => undefined, (e: { code: number; stdout: string; stderr: string }) => e);
      expect(error?.code).toBe(2);
      expect(error?.stdout).toBe('');
      expect(error?.stderr.trim()).toMatch(message);
      // Nothing was started in the home folder.
      expect(fs.readdirSync(home)).toEqual([]);
    } finally {
      fs.rmSync(home, { recursive: true, force: true });
    }
  });
});
