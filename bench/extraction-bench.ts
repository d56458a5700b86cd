// Extraction speed of Gleaner's extractor next to the naive pipeline, in the same process and run:
// throughput and per-article p50/p99 on the samples and on generated longer articles, growth from
// 10 KB to 1 MB, and the headline `ratio vs naive`. Both run on one core, alternately per article,
// so background load on the machine hits both alike.
import { extractArticle } from '../functions/extract/index.ts';
import { generateArticle } from './generate-articles.ts';
import { byteLength, formatMs, median, summarizeTimings, timeOnce, type TimingStats } from './measure.ts';
import { extractNaive } from './naive-extract.ts';
import { loadSamples } from './samples.ts';

/** compromise-dates grows faster than its input: past this size the naive pipeline is not run. */
export const NAIVE_MAX_CHARS = 50_000;

export interface ThroughputRow {
  input: string;
  articles: number;
  gleaner: TimingStats;
  naive: TimingStats;
  /** Gleaner's KB/s divided by the naive pipeline's on this input. */
  ratio: number;
}

export interface GrowthRow {
  chars: number;
  bytes: number;
  gleanerMs: number;
  /** Null when the size is above NAIVE_MAX_CHARS. */
  naiveMs: number | null;
}

export interface ExtractionBench {
  rows: ThroughputRow[];
  /** Over every input both ran on: Gleaner's KB/s ÷ the naive pipeline's. */
  ratio: number;
  gleanerOverall: TimingStats;
  naiveOverall: TimingStats;
  growth: GrowthRow[];
  /** Time for the 1 MB article (Gleaner only). */
  oneMegabyteMs: number;
  /** ms per KB at 1 MB divided by ms per KB at 10 KB: 1.00 is perfectly linear. */
  linearity: number;
}

type Extractor = (text: string) => unknown;
const gleaner: Extractor = (text) => extractArticle(text);
const naive: Extractor = (text) => extractNaive(text);

function compare(input: string, texts: string[], rounds: number): ThroughputRow {
  const times = { gleaner: [] as number[], naive: [] as number[] };
  let bytes = 0;
  for (let round = 0; round < rounds; round++) {
    texts.forEach((text, i) => {
      bytes += byteLength(text);
      // Alternate which goes first so neither always gets the warmer cache.
      if ((round + i) % 2 === 0) {
        times.gleaner.push(timeOnce(() => gleaner(text)));
        times.naive.push(timeOnce(() => naive(text)));
      } else {
        times.naive.push(timeOnce(() => naive(text)));
        times.gleaner.push(timeOnce(() => gleaner(text)));
      }
    });
  }
  const g = summarizeTimings(times.gleaner, bytes);
  const n = summarizeTimings(times.naive, bytes);
  return { input, articles: texts.length * rounds, gleaner: g, naive: n, ratio: g.kbPerSecond / n.kbPerSecond };
}

function combine(rows: ThroughputRow[], pick: (r: ThroughputRow) => TimingStats): TimingStats {
  const bytes = rows.reduce((n, r) => n + pick(r).bytes, 0);
  const totalMs = rows.reduce((n, r) => n + pick(r).totalMs, 0);
  const runs = rows.reduce((n, r) => n + pick(r).runs, 0);
  return { runs, bytes, totalMs, kbPerSecond: bytes / 1000 / (totalMs / 1000), p50Ms: Number.NaN, p99Ms: Number.NaN };
}

export interface ExtractionBenchOptions {
  /** Progress lines (stderr by default). */
  log?: (line: string) => void;
  /** Fewer rounds, for a quick look. */
  quick?: boolean;
}

export function runExtractionBench(options: ExtractionBenchOptions = {}): ExtractionBench {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const samples = loadSamples().map((s) => s.text);
  // Warm-up: compromise builds its lexicon and the JIT compiles on first use.
  for (const text of samples) { gleaner(text); naive(text); }

  const rounds = options.quick ? 2 : 6;
  log(`extraction: samples × ${rounds}`);
  const sizes = samples.map((t) => byteLength(t) / 1000);
  const rows = [compare(`samples (${samples.length} articles, ${Math.min(...sizes).toFixed(1)}–${Math.max(...sizes).toFixed(1)} KB)`, samples, rounds)];
  log('extraction: generated 10 KB articles');
  rows.push(compare('generated 10 KB articles', Array.from({ length: options.quick ? 4 : 12 }, (_, i) => generateArticle(10_000, 100 + i)), 1));
  log('extraction: generated 50 KB articles');
  rows.push(compare('generated 50 KB articles', Array.from({ length: options.quick ? 1 : 3 }, (_, i) => generateArticle(NAIVE_MAX_CHARS, 200 + i)), 1));

  const growth: GrowthRow[] = [];
  for (const chars of [10_000, NAIVE_MAX_CHARS, 100_000, 1_000_000]) {
    const text = generateArticle(chars, 300);
    log(`extraction: growth ${chars / 1000} KB`);
    // One unmeasured run first (a collection left over from the previous size would land on the first
    // timed run), then the median; the 1 MB article runs once, the naive pipeline at most 3 times.
    const repeats = chars >= 1_000_000 ? 1 : 7;
    if (chars < 1_000_000) gleaner(text);
    const gleanerMs = median(Array.from({ length: repeats }, () => timeOnce(() => gleaner(text))));
    const naiveMs = chars <= NAIVE_MAX_CHARS ? median(Array.from({ length: 3 }, () => timeOnce(() => naive(text)))) : null;
    growth.push({ chars, bytes: byteLength(text), gleanerMs, naiveMs });
  }
  const at = (chars: number) => growth.find((g) => g.chars === chars)!;
  const perKb = (g: GrowthRow) => g.gleanerMs / (g.bytes / 1000);
  const gleanerOverall = combine(rows, (r) => r.gleaner);
  const naiveOverall = combine(rows, (r) => r.naive);
  return {
    rows, growth, gleanerOverall, naiveOverall,
    ratio: gleanerOverall.kbPerSecond / naiveOverall.kbPerSecond,
    oneMegabyteMs: at(1_000_000).gleanerMs,
    linearity: perKb(at(1_000_000)) / perKb(at(10_000)),
  };
}

const kb = (bytes: number) => `${(bytes / 1000).toFixed(bytes < 10_000 ? 1 : 0)} KB`;

/** The plain-text report `npm run bench:extract` prints. */
export function formatExtractionBench(b: ExtractionBench): string {
  const lines = ['Extraction throughput (one core; KB = 1,000 bytes of UTF-8; p99 of < 100 runs is the slowest run)'];
  lines.push(`${'input'.padEnd(36)} ${'runs'.padStart(4)}  ${'gleaner KB/s'.padStart(12)} ${'p50'.padStart(8)} ${'p99'.padStart(8)}  ${'naive KB/s'.padStart(10)} ${'p50'.padStart(8)} ${'p99'.padStart(8)}  ratio`);
  for (const r of b.rows) {
    lines.push(`${r.input.padEnd(36)} ${String(r.articles).padStart(4)}  ${r.gleaner.kbPerSecond.toFixed(1).padStart(12)} ${formatMs(r.gleaner.p50Ms).padStart(8)} ${formatMs(r.gleaner.p99Ms).padStart(8)}  ${r.naive.kbPerSecond.toFixed(1).padStart(10)} ${formatMs(r.naive.p50Ms).padStart(8)} ${formatMs(r.naive.p99Ms).padStart(8)}  ${r.ratio.toFixed(2)}`);
  }
  lines.push(`${'all of the above'.padEnd(36)} ${String(b.gleanerOverall.runs).padStart(4)}  ${b.gleanerOverall.kbPerSecond.toFixed(1).padStart(12)} ${''.padStart(17)}  ${b.naiveOverall.kbPerSecond.toFixed(1).padStart(10)}`);
  lines.push('', 'Growth (one generated article per size; Gleaner: median of 7 runs after a warm-up below 1 MB, one run at 1 MB; naive: median of 3)');
  lines.push(`${'size'.padEnd(10)} ${'gleaner'.padStart(9)} ${'ms/KB'.padStart(7)}  ${'naive'.padStart(9)} ${'ms/KB'.padStart(7)}`);
  for (const g of b.growth) {
    const naiveCell = g.naiveMs === null ? `not run (naive capped at ${NAIVE_MAX_CHARS / 1000} KB: compromise-dates does not finish 1 MB)` : `${formatMs(g.naiveMs).padStart(9)} ${(g.naiveMs / (g.bytes / 1000)).toFixed(1).padStart(7)}`;
    lines.push(`${kb(g.bytes).padEnd(10)} ${formatMs(g.gleanerMs).padStart(9)} ${(g.gleanerMs / (g.bytes / 1000)).toFixed(1).padStart(7)}  ${naiveCell}`);
  }
  lines.push('', `1 MB article (Gleaner): ${formatMs(b.oneMegabyteMs)} (target < 10 s)`);
  lines.push(`linearity (ms/KB at 1 MB ÷ ms/KB at 10 KB): ${b.linearity.toFixed(2)} (1.00 = linear)`);
  lines.push(`ratio vs naive: ${b.ratio.toFixed(2)}`);
  return lines.join('\n');
}
