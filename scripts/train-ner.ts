// `npm run train:ner [-- --corpora DIR --limit N --families a,b --seeds N --out FILE --ablate]`: trains the name
// recognizer on every corpus's train and dev splits, choosing the number of epochs by two-fold
// cross-validation on dev (scripts/ner/train.ts, trainFinalModel), and writes the committed model
// (functions/extract/entities/model/ner-model.generated.ts). Test splits are never read here.
// --ablate trains on train only, early-stopped on all of dev, once per family left out.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { FEATURE_FAMILIES, type FeatureFamily } from '../functions/extract/entities/model/features.ts';
import { corporaRoot, corporaWith, readSplit, type NerDocument } from './ner/corpus.ts';
import { DEFAULT_TRAIN_OPTIONS, formatModelModule, trainFinalModel, trainModel } from './ner/train.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    corpora: { type: 'string' },
    out: { type: 'string', default: path.join(ROOT, 'functions/extract/entities/model/ner-model.generated.ts') },
    limit: { type: 'string' },
    families: { type: 'string' },
    epochs: { type: 'string' },
    'min-weight': { type: 'string' },
    'upper-share': { type: 'string' },
    'hash-bits': { type: 'string' },
    'org-weight': { type: 'string' },
    seed: { type: 'string' },
    seeds: { type: 'string' },
    ablate: { type: 'boolean' },
    'dry-run': { type: 'boolean' },
  },
});

const root = corporaRoot(values.corpora, ROOT);
const limit = values.limit ? Number(values.limit) : Infinity;
const read = (split: 'train' | 'dev'): NerDocument[] => corporaWith(root, split).flatMap((c) => readSplit(root, c, split).slice(0, limit));
const train = read('train');
const dev = read('dev');
console.log(`corpora ${root}: train ${corporaWith(root, 'train').join(', ')} (${train.length} docs); dev ${corporaWith(root, 'dev').join(', ')} (${dev.length} docs)`);

const families = (values.families ? values.families.split(',') : DEFAULT_TRAIN_OPTIONS.families) as FeatureFamily[];
for (const f of families) if (!FEATURE_FAMILIES.includes(f)) throw new Error(`unknown feature family "${f}" (known: ${FEATURE_FAMILIES.join(', ')})`);
const options = {
  ...DEFAULT_TRAIN_OPTIONS,
  families,
  maxEpochs: values.epochs ? Number(values.epochs) : DEFAULT_TRAIN_OPTIONS.maxEpochs,
  minWeight: values['min-weight'] ? Number(values['min-weight']) : DEFAULT_TRAIN_OPTIONS.minWeight,
  upperShare: values['upper-share'] ? Number(values['upper-share']) : DEFAULT_TRAIN_OPTIONS.upperShare,
  hashBits: values['hash-bits'] ? Number(values['hash-bits']) : DEFAULT_TRAIN_OPTIONS.hashBits,
  seed: values.seed ? Number(values.seed) : DEFAULT_TRAIN_OPTIONS.seed,
  seeds: values.seeds ? Number(values.seeds) : DEFAULT_TRAIN_OPTIONS.seeds,
  orgWeight: values['org-weight'] ? Number(values['org-weight']) : DEFAULT_TRAIN_OPTIONS.orgWeight,
  log: (line: string) => console.log(`  ${line}`),
};

const started = Date.now();
if (values.ablate) {
  // Leave one family out at a time; every other option as for the committed model.
  const rows: string[] = ['| features | dev exact F1 (micro) | Δ vs all |', '|---|---:|---:|'];
  console.log('all families:');
  const all = trainModel(train, dev, options).devFloat;
  rows.push(`| all | ${all.toFixed(4)} | |`);
  for (const f of families) {
    console.log(`without ${f}:`);
    const score = trainModel(train, dev, { ...options, families: families.filter((x) => x !== f) }).devFloat;
    rows.push(`| without ${f} | ${score.toFixed(4)} | ${(score - all >= 0 ? '+' : '') + (score - all).toFixed(4)} |`);
    console.log(rows.join('\n'));
  }
  console.log(rows.join('\n'));
} else {
  const result = trainFinalModel(train, dev, options);
  const module = formatModelModule(result.model);
  if (!values['dry-run']) fs.writeFileSync(values.out!, module);
  const folds = result.folds.map((f, i) => `fold ${i + 1}: best epoch ${f.bestEpoch.toFixed(1)} (mean over seeds), held-out dev exact F1 ${f.devFloat.toFixed(4)} float, ${f.devCommitted.toFixed(4)} committed`);
  console.log(`model: ${(module.length / 1024).toFixed(0)} KB (${module.length} bytes)${values['dry-run'] ? ' (not written)' : ` → ${path.relative(ROOT, values.out!)}`}; ${result.epochs} epochs on train + dev\n  ${folds.join('\n  ')}`);
}
console.log(`done in ${((Date.now() - started) / 1000).toFixed(0)} s`);
