// Runs the shared scorer on predictions and reads its table back. The reference is
// ../shared/tools/score-extraction.mjs beside the project; when the project is cloned alone, the
// verbatim copy in vendor/shared/tools/ stands in (tests/extract/shared-copies.test.ts fails if the
// two ever differ, as it does for tests/gold and ../shared/gold).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Extraction } from '../functions/extract/types.ts';
import { PROJECT_ROOT } from '../local/config.ts';
import { GOLD_DIR } from './samples.ts';

/** The shared folder beside the project (the reference copies of the scorer and the gold files). */
export const SHARED_DIR = path.resolve(PROJECT_ROOT, '..', 'shared');
export const VENDORED_SCORER_PATH = path.join(PROJECT_ROOT, 'vendor', 'shared', 'tools', 'score-extraction.mjs');
const SHARED_SCORER_PATH = path.join(SHARED_DIR, 'tools', 'score-extraction.mjs');
export const SCORER_PATH = fs.existsSync(SHARED_SCORER_PATH) ? SHARED_SCORER_PATH : VENDORED_SCORER_PATH;
export const SCORED_TYPES = ['people', 'places', 'organizations', 'dates', 'money'] as const;
export type ScoredType = (typeof SCORED_TYPES)[number];

export class ScorerMissingError extends Error {
  override name = 'ScorerMissingError';
}

export interface ScoreResult {
  /** The scorer's output as printed (per-type table and the `F1 …` line). */
  table: string;
  /** F1 per type and `micro`, read from the scorer's last line. */
  f1: Record<ScoredType | 'micro', number>;
}

export type PredictionLine = { id: string } & Extraction;

/** Writes predictions as JSON Lines to a temp file and scores them against `goldDir`. */
export function scorePredictions(lines: PredictionLine[], options: { goldDir?: string; verbose?: boolean } = {}): ScoreResult {
  if (!fs.existsSync(SCORER_PATH)) {
    throw new ScorerMissingError(`the scorer ${SCORER_PATH} is missing: restore vendor/shared/tools/ or put the shared/ folder beside the project`);
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gleaner-eval-'));
  const predFile = path.join(dir, 'pred.jsonl');
  try {
    fs.writeFileSync(predFile, lines.map((line) => JSON.stringify(line)).join('\n') + '\n');
    const args = [SCORER_PATH, '--gold', options.goldDir ?? GOLD_DIR, '--pred', predFile, ...(options.verbose ? ['--verbose'] : [])];
    const table = execFileSync(process.execPath, args, { encoding: 'utf8' });
    return { table, f1: readF1Line(table) };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Parses `F1 people=0.200 places=… micro=0.500`. */
export function readF1Line(table: string): ScoreResult['f1'] {
  const line = table.split('\n').find((l) => l.startsWith('F1 '));
  if (!line) throw new Error(`the scorer printed no "F1 …" line:\n${table}`);
  const values = Object.fromEntries([...line.matchAll(/(\w+)=([\d.]+)/g)].map((m) => [m[1], Number(m[2])]));
  for (const name of [...SCORED_TYPES, 'micro']) {
    if (!Number.isFinite(values[name])) throw new Error(`the scorer's F1 line has no ${name}: ${line}`);
  }
  return values as ScoreResult['f1'];
}

/** The targets: micro-F1 ≥ 0.95 and every type ≥ 0.90. */
export const TARGET_MICRO = 0.95;
export const TARGET_PER_TYPE = 0.9;

export function listMissedTargets(f1: ScoreResult['f1']): string[] {
  const missed = SCORED_TYPES.filter((t) => f1[t] < TARGET_PER_TYPE).map((t) => `${t} ${f1[t].toFixed(3)} < ${TARGET_PER_TYPE}`);
  if (f1.micro < TARGET_MICRO) missed.push(`micro ${f1.micro.toFixed(3)} < ${TARGET_MICRO}`);
  return missed;
}
