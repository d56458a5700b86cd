// S3 gives each event on a key a `sequencer`: a hex string that grows with every change of the key.
// s3rver uses the millisecond clock, so two writes in one millisecond tie and the handler could not
// tell which is newer. Ours is the millisecond clock followed by a counter, never repeating and never
// going backwards within a process; across restarts it follows the wall clock.

const COUNTER_DIGITS = 6;

export function createSequencer(now: () => number = Date.now): () => string {
  let lastMs = 0;
  let counter = 0;
  return () => {
    const ms = Math.max(now(), lastMs);
    counter = ms === lastMs ? counter + 1 : 0;
    lastMs = ms;
    if (counter >= 16 ** COUNTER_DIGITS) {
      // More than 16 million events in one millisecond cannot happen here; borrow the next millisecond.
      lastMs += 1;
      counter = 0;
    }
    return `${lastMs.toString(16).toUpperCase().padStart(12, '0')}${counter.toString(16).toUpperCase().padStart(COUNTER_DIGITS, '0')}`;
  };
}
