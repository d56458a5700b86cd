// Timing helpers shared by the extraction, cold-start and end-to-end benchmarks.

export interface TimingStats {
  runs: number;
  bytes: number;
  totalMs: number;
  /** UTF-8 kilobytes (1,000 bytes) per second of extraction on one core. */
  kbPerSecond: number;
  p50Ms: number;
  p99Ms: number;
}

/** Nearest-rank percentile; with fewer than 100 runs p99 is the slowest run. */
export function percentile(values: number[], p: number): number {
  if (!values.length) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export const median = (values: number[]) => percentile(values, 50);

export function summarizeTimings(timesMs: number[], bytes: number): TimingStats {
  const totalMs = timesMs.reduce((a, b) => a + b, 0);
  return { runs: timesMs.length, bytes, totalMs, kbPerSecond: bytes / 1000 / (totalMs / 1000), p50Ms: percentile(timesMs, 50), p99Ms: percentile(timesMs, 99) };
}

export function timeOnce(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

export const byteLength = (text: string) => Buffer.byteLength(text, 'utf8');

export const formatMs = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(ms < 10 ? 2 : 0)} ms`);
