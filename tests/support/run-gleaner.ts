// Runs `gleaner ...` in the test's own process (cli/main.ts) and returns its exit code and what it
// printed, so CLI tests see exactly what a user would without spawning a process per command.
import { vi } from 'vitest';
import { main } from '../../cli/main.ts';

export async function runGleaner(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((...a) => { out.push(a.join(' ')); });
  const error = vi.spyOn(console, 'error').mockImplementation((...a) => { err.push(a.join(' ')); });
  try {
    const code = await main(argv);
    return { code, out: out.join('\n'), err: err.join('\n') };
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
}
