// `npm run eval:ner [-- --finders both|model|rules|rules-first] [-- --ablation] [-- --splits dev] [-- --limit N]`:
// the entity pipeline (learned recognizer + rules, as extractArticle runs it) on every corpus's dev
// and test split, exact and overlap P/R/F1 per type, plus the samples through the shared scorer.
// The full run (both splits, default finders) writes the same table to docs/ner-eval.md. Test splits
// are for this report only: no choice is made from them.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { extractArticle } from '../functions/extract/index.ts';
import { findEntities, type EntityFinders, type RuleFamily } from '../functions/extract/entities/find-entities.ts';
import { splitSegments } from '../functions/extract/segments.ts';
import type { Entity } from '../functions/extract/types.ts';
import { corporaRoot, corporaWith, readSplit, type NerDocument } from '../scripts/ner/corpus.ts';
import { SpanScorer, type Prf, type ScoreTable, type TypedSpan } from '../scripts/ner/score-spans.ts';
import { PROJECT_ROOT } from '../local/config.ts';
import { loadSamples } from './samples.ts';
import { scorePredictions } from './score.ts';

const TYPES = ['PER', 'LOC', 'ORG'] as const;

function spansOf(entities: Entity[], type: string): TypedSpan[] {
  return entities.flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, type })));
}

/** Scores the entity pipeline on documents, into `scorers` (one per key). */
function scoreDocs(docs: NerDocument[], finders: EntityFinders, scorers: SpanScorer[], overrides?: readonly RuleFamily[], refiners?: readonly RuleFamily[], fillers?: readonly RuleFamily[]): void {
  for (const doc of docs) {
    const found = findEntities(splitSegments(doc.text), finders, overrides, refiners, fillers);
    const pred = [...spansOf(found.people, 'PER'), ...spansOf(found.places, 'LOC'), ...spansOf(found.organizations, 'ORG')];
    for (const s of scorers) s.add(doc.entities, pred);
  }
}

const f = (x: number) => x.toFixed(3);
const cells = (p: Prf) => `${f(p.precision)} | ${f(p.recall)} | ${f(p.f1)}`;

// The committed model learns from the dev splits too (scripts/ner/train.ts, trainFinalModel): its dev
// rows measure fit, not generalisation, and are marked so.
const splitLabel = (split: string) => (split === 'dev' ? 'dev (trained on)' : split);

function tableRows(name: string, split: string, table: ScoreTable): string[] {
  return [...TYPES, 'micro'].map((t) => `| ${name} | ${splitLabel(split)} | ${t} | ${cells(table[t].exact)} | ${cells(table[t].overlap)} |`);
}

export interface NerEvalOptions {
  finders: EntityFinders;
  splits: Array<'dev' | 'test'>;
  limit: number;
  corpora?: string;
  overrides?: readonly RuleFamily[];
  refiners?: readonly RuleFamily[];
  fillers?: readonly RuleFamily[];
}

/** Runs the evaluation; returns the markdown table and the samples' scorer line. */
export function evaluateNer(o: NerEvalOptions): { markdown: string; samplesLine: string; pooled: Record<string, ScoreTable> } {
  const root = corporaRoot(o.corpora, PROJECT_ROOT);
  const rows = ['| corpus | split | type | exact P | exact R | exact F1 | overlap P | overlap R | overlap F1 |', '|---|---|---|---:|---:|---:|---:|---:|---:|'];
  const pooled: Record<string, ScoreTable> = {};
  for (const split of o.splits) {
    const all = new SpanScorer(TYPES);
    for (const corpus of corporaWith(root, split)) {
      const one = new SpanScorer(TYPES);
      scoreDocs(readSplit(root, corpus, split).slice(0, o.limit), o.finders, [one, all], o.overrides, o.refiners, o.fillers);
      rows.push(...tableRows(corpus, split, one.table()));
      process.stderr.write(`  ${o.finders}: ${corpus} ${split} done\n`);
    }
    pooled[split] = all.table();
    rows.push(...tableRows(`**all ${split} (pooled)**`, split, pooled[split]));
  }
  const samples = loadSamples();
  const score = scorePredictions(samples.map((s) => {
    const extraction = extractArticle(s.text);
    return { id: s.id, ...extraction, ...findEntities(splitSegments(s.text), o.finders, o.overrides, o.refiners, o.fillers) };
  }));
  const samplesLine = score.table.trim().split('\n').find((l) => l.startsWith('F1 ')) ?? '';
  return { markdown: rows.join('\n'), samplesLine, pooled };
}

function main(): void {
  const { values } = parseArgs({
    options: {
      finders: { type: 'string', default: 'both' },
      splits: { type: 'string', default: 'dev,test' },
      limit: { type: 'string' },
      corpora: { type: 'string' },
      ablation: { type: 'boolean' },
      overrides: { type: 'string' },
      refiners: { type: 'string' },
      fillers: { type: 'string' },
    },
  });
  const limit = values.limit ? Number(values.limit) : Infinity;
  const splits = values.splits!.split(',') as Array<'dev' | 'test'>;
  if (values.ablation) {
    // Model alone, rules alone, both: on the dev splits (pooled) and the samples. With the committed model
    // (trained on dev) this measures fit; for held-out figures, run it with a fold's model (MODEL_CARD.md).
    const lines = ['| finders | dev exact F1 | dev overlap F1 | PER | LOC | ORG (overlap) | samples (shared scorer) |', '|---|---:|---:|---:|---:|---:|---|'];
    for (const finders of ['model', 'rules', 'both'] as EntityFinders[]) {
      const r = evaluateNer({ finders, splits: ['dev'], limit, corpora: values.corpora });
      const d = r.pooled.dev;
      lines.push(`| ${finders} | ${f(d.micro.exact.f1)} | ${f(d.micro.overlap.f1)} | ${f(d.PER.overlap.f1)} | ${f(d.LOC.overlap.f1)} | ${f(d.ORG.overlap.f1)} | ${r.samplesLine} |`);
      console.log(lines.join('\n'));
    }
    return;
  }
  const started = Date.now();
  // "--overrides=" (empty) means none; a flag left out keeps find-entities.ts's choice.
  const families = (flag: string | undefined) => (flag === undefined ? undefined : flag.split(',').filter(Boolean) as RuleFamily[]);
  const r = evaluateNer({ finders: values.finders as EntityFinders, splits, limit, corpora: values.corpora,
    overrides: families(values.overrides), refiners: families(values.refiners), fillers: families(values.fillers) });
  console.log(r.markdown);
  console.log(`\nsamples (node ../shared/tools/score-extraction.mjs --gold tests/gold): ${r.samplesLine}`);
  console.log(`(${((Date.now() - started) / 1000).toFixed(0)} s)`);
  if (values.finders === 'both' && splits.includes('dev') && splits.includes('test') && limit === Infinity) {
    const doc = [
      '# Name recognition: evaluation',
      '',
      'Written by `npm run eval:ner` (bench/eval-ner.ts): the entity pipeline exactly as `extractArticle` runs it',
      '(the overriding rules, then the learned recognizer reading every rule finding as a feature, place rules',
      'shaping the places it confirms, then aliases, acronyms, nested places and merging; see',
      'functions/extract/entities/README.md) on the dev and test split of every corpus in `../shared/corpora`',
      '(PER, LOC, ORG; DATE is scored elsewhere). Each mention of each entity is one predicted span.',
      'Exact: same start, end and type. Overlap: overlaps a gold span of the same type, one to one. Test splits',
      'are reported here and used for nothing else. The committed model is trained on the train **and** dev',
      'splits (the number of epochs chosen by two-fold cross-validation on dev), so the dev rows below measure',
      'how well it fits data it has seen; the held-out dev figures are the folds\', printed by `npm run train:ner`',
      'and listed with the feature ablation and the model/rules/both ablation in',
      'functions/extract/entities/model/MODEL_CARD.md.',
      '',
      r.markdown,
      '',
      `Samples through the shared scorer (\`node ../shared/tools/score-extraction.mjs --gold tests/gold\`): \`${r.samplesLine}\``,
      '',
    ].join('\n');
    fs.writeFileSync(path.join(PROJECT_ROOT, 'docs', 'ner-eval.md'), doc);
    console.log('wrote docs/ner-eval.md');
  }
}

main();
