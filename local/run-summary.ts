// What one run of the local stack did, as `npm start` reports it, and whether it failed. Counted from
// the handler's outcomes in this process, never from the table, which also holds earlier runs.
import type { RunCounts } from './local-stack.ts';

export function formatRunCounts(c: RunCounts): string {
  return `this run: ${c.extracted} extracted, ${c.rejected} rejected, ${c.failed} failed`
    + `${c.removed ? `, ${c.removed} removed` : ''}${c.deadLettered ? `, ${c.deadLettered} moved to the dead-letter queue` : ''}`;
}

/**
 * Something in this run failed: an extraction error, or a message that used up its deliveries.
 * A rejection is bad input handled as designed (the record says why), not a failure of the run.
 */
export const runFailed = (c: RunCounts): boolean => c.failed + c.deadLettered > 0;
