// What `npm start -- --once` says about its own run and when it exits 1.
import { describe, expect, it } from 'vitest';
import { formatRunCounts, runFailed } from '../../local/run-summary.ts';

const none = { extracted: 0, rejected: 0, failed: 0, removed: 0, deadLettered: 0 };

describe('the run summary', () => {
  it.each([
    [{ ...none, extracted: 5 }, false, 'this run: 5 extracted, 0 rejected, 0 failed'],
    [{ ...none, extracted: 2, rejected: 8 }, false, 'this run: 2 extracted, 8 rejected, 0 failed'],
    [{ ...none, failed: 1 }, true, 'this run: 0 extracted, 0 rejected, 1 failed'],
    [{ ...none, extracted: 3, deadLettered: 2 }, true, 'this run: 3 extracted, 0 rejected, 0 failed, 2 moved to the dead-letter queue'],
    [{ ...none, removed: 1 }, false, 'this run: 0 extracted, 0 rejected, 0 failed, 1 removed'],
  ])('%j: failed %s, says "%s"', (counts, failed, line) => {
    expect(runFailed(counts)).toBe(failed);
    expect(formatRunCounts(counts)).toBe(line);
  });
});
