// `npm run eval [-- --naive] [-- --verbose]`: Gleaner's extractor on samples/*.txt, scored by the
// shared scorer against tests/gold; `--naive` scores the baseline pipeline too, side by side.
// Exits 1 when a target of issue 3 is missed (micro-F1 ≥ 0.95, every type ≥ 0.90).
import { parseArgs } from 'node:util';
import { extractArticle } from '../functions/extract/index.ts';
import { extractNaive } from './naive-extract.ts';
import { loadSamples } from './samples.ts';
import { listMissedTargets, SCORED_TYPES, scorePredictions, TARGET_MICRO, TARGET_PER_TYPE, type ScoreResult } from './score.ts';

function formatSideBySide(gleaner: ScoreResult, naive: ScoreResult): string {
  const rows = [...SCORED_TYPES, 'micro' as const].map((t) => {
    const delta = gleaner.f1[t] - naive.f1[t];
    return `${t.padEnd(14)} ${gleaner.f1[t].toFixed(3).padStart(7)} ${naive.f1[t].toFixed(3).padStart(7)} ${(delta >= 0 ? '+' : '') + delta.toFixed(3)}`;
  });
  return ['F1             gleaner   naive   delta', ...rows].join('\n');
}

function main(): number {
  const { values } = parseArgs({ options: { naive: { type: 'boolean' }, verbose: { type: 'boolean' } } });
  const samples = loadSamples();
  const gleaner = scorePredictions(samples.map((s) => ({ id: s.id, ...extractArticle(s.text) })), { verbose: values.verbose });
  console.log(`Gleaner on ${samples.length} samples (tests/gold):`);
  console.log(gleaner.table.trimEnd());
  if (values.naive) {
    const naive = scorePredictions(samples.map((s) => ({ id: s.id, ...extractNaive(s.text) })), { verbose: values.verbose });
    console.log(`\nNaive pipeline (compromise + compromise-dates as documented, whole text):`);
    console.log(naive.table.trimEnd());
    console.log(`\n${formatSideBySide(gleaner, naive)}`);
  }
  const missed = listMissedTargets(gleaner.f1);
  console.log(`\ntargets (micro ≥ ${TARGET_MICRO}, each type ≥ ${TARGET_PER_TYPE}): ${missed.length ? `MISSED: ${missed.join('; ')}` : 'met'}`);
  return missed.length ? 1 : 0;
}

try {
  process.exitCode = main();
} catch (error) {
  console.error(`eval: ${(error as Error).message}`);
  process.exitCode = 2;
}
