// Training the name recognizer from documents: featurize (compromise is run once per segment and
// cached), align gold spans to BIO tags, train the averaged perceptron with early stopping on dev,
// then prune and quantise into the committed form. Pure apart from the log callback: the same
// documents and options give the same model, byte for byte.
import { featureFingerprint, featurizeDocument, FEATURE_VERSION, hashString, type FeatureFamily, type FeaturedSegment, type Tagger } from '../../functions/extract/entities/model/features.ts';
import { decodeSegment } from '../../functions/extract/entities/model/decode-segment.ts';
import { decodeModel, encodeModel, type NerModelData } from '../../functions/extract/entities/model/model-format.ts';
import { spansOfTags } from '../../functions/extract/entities/model/viterbi.ts';
import { tagTerms, type TaggedTerm } from '../../functions/extract/nlp.ts';
import type { Segment } from '../../functions/extract/segments.ts';
import { findRuleSpans } from '../../functions/extract/entities/find-entities.ts';
import { goldTags, segmentsOf, type GoldSpan, type NerDocument } from './corpus.ts';
import { decodeDense, trainPerceptron, type TrainSegment, type Weights } from './perceptron.ts';
import { SpanScorer, type TypedSpan } from './score-spans.ts';

export interface TrainModelOptions {
  families: readonly FeatureFamily[];
  hashBits: number;
  maxEpochs: number;
  patience: number;
  seed: number;
  /** Weights smaller than this (in perceptron updates) are pruned. */
  minWeight: number;
  /** Share of training segments also seen in capitals, standing in for headlines and datelines. */
  upperShare: number;
  /** Update size on organization tokens (perceptron.ts). */
  orgWeight: number;
  /**
   * Shuffle seeds (seed, seed + 1, …) whose averaged weights make the model: one perceptron's best
   * epoch and the names near its decision boundary move with the order it saw the data in.
   */
  seeds: number;
  log: (line: string) => void;
}

export const DEFAULT_TRAIN_OPTIONS: Omit<TrainModelOptions, 'log'> = {
  // Not 'tagger': compromise's tagger in context adds 0.002 dev F1 but runs at a tenth of the speed of
  // everything else together (docs/ner-eval.md), so the committed model reads compromise's lexicon only.
  // 'run' (the run of capitals a word is in) is in since the models average several seeds: +0.001 /
  // +0.004 pipeline overlap F1 on the two held-out dev halves (MODEL_CARD.md); five seeds gave +0.001 /
  // +0.000 more than three. Measured and left out (dev): 'conjunction' (+0.000), pruning at 0.5 (+0.001
  // for a 1.16 MB module, which takes the bundle past its 2 MB limit), hashBits 22 (−0.003 dev exact),
  // orgWeight 1.5 / 2 (−0.005 / −0.017 dev exact).
  families: ['word', 'shape', 'affix', 'context', 'position', 'lexicon', 'grammar', 'gazetteer', 'document', 'rules', 'cluster', 'run'],
  hashBits: 21, maxEpochs: 15, patience: 3, seed: 20261201, minWeight: 1, upperShare: 0.03, orgWeight: 1, seeds: 5,
};

const tagCache = new Map<string, TaggedTerm[]>();
/** compromise's tags per segment text, computed once per process (ablation runs reuse them). */
export const cachedTagger: Tagger = (text) => {
  let terms = tagCache.get(text);
  if (!terms) { terms = tagTerms(text); tagCache.set(text, terms); }
  return terms;
};

export interface PreparedDocument {
  doc: NerDocument;
  segments: FeaturedSegment[];
}

/** Segments in capitals for a seeded share of them, offsets unchanged. */
function withUpperSegments(doc: NerDocument, share: number, seed: number): Segment[] {
  return segmentsOf(doc).map((seg, i) => {
    if (share <= 0 || hashString(`${seed}|${doc.id}|${i}`) / 4294967296 >= share) return seg;
    const upper = seg.text.toUpperCase();
    return upper.length === seg.text.length ? { text: upper, start: seg.start } : seg;
  });
}

// Featurized documents per document and options: the cross-validation folds reuse them.
const preparedCache = new WeakMap<NerDocument, Map<string, FeaturedSegment[]>>();

export function prepareDocuments(docs: NerDocument[], families: readonly FeatureFamily[], hashBits: number, upperShare = 0, seed = 0): PreparedDocument[] {
  const key = `${families.join(',')}|${hashBits}|${upperShare}|${seed}`;
  return docs.map((doc) => {
    let byKey = preparedCache.get(doc);
    if (!byKey) { byKey = new Map(); preparedCache.set(doc, byKey); }
    let featured = byKey.get(key);
    if (!featured) {
      const segments = withUpperSegments(doc, upperShare, seed);
      const ruleSpans = families.includes('rules') ? findRuleSpans(segments) : [];
      featured = featurizeDocument(segments, families, hashBits, { tag: cachedTagger, ruleSpans });
      byKey.set(key, featured);
    }
    return { doc, segments: featured };
  });
}

function trainSegments(prepared: PreparedDocument[]): TrainSegment[] {
  const out: TrainSegment[] = [];
  for (const { doc, segments } of prepared) {
    for (const s of segments) out.push({ features: s.features, offsets: s.offsets, gold: goldTags(s.tokens, doc.entities) });
  }
  return out;
}

/** Character spans of decoded tags. */
export function spansOf(segment: FeaturedSegment, tags: Int32Array): TypedSpan[] {
  return spansOfTags(tags, segment.tokens.length).map((s) => ({ type: s.type, start: segment.tokens[s.from].start, end: segment.tokens[s.to - 1].end }));
}

/** Scores decoded spans against gold over prepared documents. */
export function scoreDocuments(prepared: PreparedDocument[], decode: (s: FeaturedSegment) => Int32Array): SpanScorer {
  const scorer = new SpanScorer(['PER', 'LOC', 'ORG']);
  for (const { doc, segments } of prepared) {
    const pred = segments.flatMap((s) => spansOf(s, decode(s)));
    scorer.add(doc.entities as GoldSpan[], pred);
  }
  return scorer;
}

/**
 * Words the training text writes in lower case at least 3 times and at least as often as
 * capitalised inside a sentence ("joint", "statement"): common words, which need corroboration before a
 * span made only of them is a name (claim-model-names.ts). Sorted, so the model stays deterministic.
 */
export function commonWordsOf(docs: NerDocument[]): string {
  const lower = new Map<string, number>();
  const capital = new Map<string, number>();
  for (const doc of docs) {
    for (const m of doc.text.matchAll(/(?<=[\p{Ll}\p{N},;] )(\p{L}[\p{Ll}]+)/gu)) {
      const w = m[1];
      const key = w.toLowerCase();
      const map = w === key ? lower : capital;
      map.set(key, (map.get(key) ?? 0) + 1);
    }
  }
  return [...lower].filter(([w, n]) => w.length > 2 && n >= 3 && n >= (capital.get(w) ?? 0)).map(([w]) => w).sort().join(' ');
}

/** Trained weights in the committed form, with what the features and the claims need to know. */
function encodeTrained(weights: Weights, docs: NerDocument[], o: TrainModelOptions): NerModelData {
  return encodeModel(weights.emission, weights.transitions, {
    featureVersion: FEATURE_VERSION, families: [...o.families], hashBits: o.hashBits, fingerprint: featureFingerprint(o.families, o.hashBits),
    commonWords: commonWordsOf(docs),
  }, o.minWeight);
}

export interface TrainModelResult {
  model: NerModelData;
  /** The seeds' best epochs on dev, averaged (a fraction). */
  bestEpoch: number;
  /** Dev exact micro F1 of the float weights and of the committed (pruned, quantised) ones. */
  devFloat: number;
  devCommitted: number;
}

/** Trains on `train`, early-stops on `dev` (exact micro F1 of the recognizer alone). */
export function trainModel(train: NerDocument[], dev: NerDocument[], o: TrainModelOptions): TrainModelResult {
  let t = Date.now();
  const trainPrepared = prepareDocuments(train, o.families, o.hashBits, o.upperShare, o.seed);
  const devPrepared = prepareDocuments(dev, o.families, o.hashBits);
  const segments = trainSegments(trainPrepared);
  o.log(`featurized ${train.length} train documents (${segments.length} segments, ${segments.reduce((n, s) => n + s.gold.length, 0)} tokens) and ${dev.length} dev documents in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  t = Date.now();
  const evaluate = (w: Weights) => scoreDocuments(devPrepared, (s) => decodeDense(w, s.features, s.offsets, s.tokens.length)).table().micro.exact.f1;
  const bestEpochs: number[] = [];
  const best = averageSeeds(o, (seed) => {
    const result = trainPerceptron(segments, { hashBits: o.hashBits, maxEpochs: o.maxEpochs, patience: o.patience, seed, orgWeight: o.orgWeight, evaluate, log: o.log });
    o.log(`seed ${seed}: best epoch ${result.bestEpoch}, dev exact F1 ${result.bestScore.toFixed(4)}`);
    bestEpochs.push(result.bestEpoch);
    return result.best;
  });
  const devFloat = evaluate(best);
  const bestEpoch = bestEpochs.reduce((a, b) => a + b, 0) / bestEpochs.length;
  o.log(`trained in ${((Date.now() - t) / 1000).toFixed(1)} s; best epochs ${bestEpochs.join(', ')}; averaged weights: dev exact F1 ${devFloat.toFixed(4)}`);
  const model = encodeTrained(best, train, o);
  const decoded = decodeModel(model);
  // Decoded as the recognizer does at run time (no name across a sentence end).
  const devCommitted = scoreDocuments(devPrepared, (s) => decodeSegment(decoded, s)).table().micro.exact.f1;
  o.log(`committed form: ${model.rows} feature rows, ${model.weights.length} base64 chars; dev exact F1 ${devCommitted.toFixed(4)}`);
  return { model, bestEpoch, devFloat, devCommitted };
}

/** The mean of the weights trained from each of `o.seeds` shuffle seeds (summed one at a time, to bound memory). */
function averageSeeds(o: TrainModelOptions, trainSeed: (seed: number) => Weights): Weights {
  let sum: Weights | undefined;
  for (let k = 0; k < o.seeds; k++) {
    const w = trainSeed(o.seed + k);
    if (!sum) { sum = w; continue; }
    for (let i = 0; i < w.emission.length; i++) sum.emission[i] += w.emission[i];
    for (let i = 0; i < w.transitions.length; i++) sum.transitions[i] += w.transitions[i];
  }
  for (let i = 0; i < sum!.emission.length; i++) sum!.emission[i] /= o.seeds;
  for (let i = 0; i < sum!.transitions.length; i++) sum!.transitions[i] /= o.seeds;
  return sum!;
}

/** The half of the dev documents a document falls in (0 or 1), by a hash of its id. */
export function devFold(doc: NerDocument): number {
  return hashString(doc.id) % 2;
}

export interface FinalModelResult {
  model: NerModelData;
  /** The number of epochs the final model was trained for: the folds' best epochs, averaged. */
  epochs: number;
  /** Per fold: its best epoch and held-out exact micro F1 (float and committed weights). */
  folds: Array<Pick<TrainModelResult, 'bestEpoch' | 'devFloat' | 'devCommitted'>>;
}

/**
 * The committed model learns from the train splits and the dev splits both: the dev splits hold
 * as many names again as the train splits, in the same genres as the test splits. Dev is still what
 * every choice is made on, by two-fold cross-validation: each half of dev is held out in turn while
 * the model trains on train + the other half, early-stopping on the held-out half; the final model
 * then trains on everything for the folds' mean best epoch. The folds' held-out scores are the dev
 * scores to report for it.
 */
export function trainFinalModel(train: NerDocument[], dev: NerDocument[], o: TrainModelOptions): FinalModelResult {
  const halves = [0, 1].map((k) => dev.filter((d) => devFold(d) === k));
  const folds = halves.map((heldOut, k) => {
    o.log(`fold ${k + 1} of 2: train + ${halves[1 - k].length} dev documents, early-stopped on the other ${heldOut.length}`);
    const r = trainModel([...train, ...halves[1 - k]], heldOut, o);
    return { bestEpoch: r.bestEpoch, devFloat: r.devFloat, devCommitted: r.devCommitted };
  });
  const epochs = Math.round(folds.reduce((n, f) => n + f.bestEpoch, 0) / folds.length);
  const all = [...train, ...dev];
  o.log(`final: ${all.length} train + dev documents, ${epochs} epochs`);
  const t = Date.now();
  const segments = trainSegments(prepareDocuments(all, o.families, o.hashBits, o.upperShare, o.seed));
  const best = averageSeeds(o, (seed) => trainPerceptron(segments, { hashBits: o.hashBits, maxEpochs: epochs, patience: epochs, seed, orgWeight: o.orgWeight, log: o.log }).best);
  o.log(`trained in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  const model = encodeTrained(best, all, o);
  o.log(`committed form: ${model.rows} feature rows, ${model.weights.length} base64 chars`);
  return { model, epochs, folds };
}

/** The generated module that holds the committed model. */
export function formatModelModule(model: NerModelData): string {
  return [
    '// Generated by `npm run train:ner` (scripts/train-ner.ts); do not edit. See MODEL_CARD.md beside it.',
    "import type { NerModelData } from './model-format.ts';",
    '',
    `export const NER_MODEL: NerModelData = ${JSON.stringify(model)};`,
    '',
  ].join('\n');
}
