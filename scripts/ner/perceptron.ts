// Structured averaged perceptron over BIO tags with Viterbi decoding (Collins 2002): on each training
// segment, decode with the current weights and move them toward the gold tags; the averaged weights
// generalise. A seeded shuffle makes a run repeatable: the same data gives the same weights.
import { TAG_COUNT, TAGS, TRANSITION_COUNT, viterbi } from '../../functions/extract/entities/model/viterbi.ts';
import { createRandom } from '../create-random.ts';

export interface TrainSegment {
  features: Uint32Array;
  offsets: Uint32Array;
  gold: Int32Array;
}

export interface Weights {
  emission: Float32Array;
  transitions: Float64Array;
}

/** Emission scores of one segment under dense weights. */
export function denseEmissions(weights: Float32Array, features: Uint32Array, offsets: Uint32Array, n: number): Float64Array {
  const out = new Float64Array(n * TAG_COUNT);
  for (let i = 0; i < n; i++) {
    for (let k = offsets[i]; k < offsets[i + 1]; k++) {
      const base = features[k] * TAG_COUNT;
      for (let t = 0; t < TAG_COUNT; t++) out[i * TAG_COUNT + t] += weights[base + t];
    }
  }
  return out;
}

export function decodeDense(w: Weights, features: Uint32Array, offsets: Uint32Array, n: number): Int32Array {
  const tags = new Int32Array(n);
  viterbi(denseEmissions(w.emission, features, offsets, n), n, w.transitions, tags);
  return tags;
}

export interface TrainOptions {
  hashBits: number;
  maxEpochs: number;
  /** Epochs without a better dev score before stopping. */
  patience: number;
  seed: number;
  /**
   * Size of an update on a token whose gold tag is an organization's (1 elsewhere): organizations are
   * the rarest and hardest type, and a larger step there trades some precision elsewhere for their recall.
   */
  orgWeight?: number;
  /** Dev score of averaged weights (higher is better); without it every epoch runs and the last is kept. */
  evaluate?: (w: Weights, epoch: number) => number;
  log: (line: string) => void;
}

export interface TrainResult {
  best: Weights;
  bestEpoch: number;
  bestScore: number;
  epochs: number;
}

export function trainPerceptron(train: TrainSegment[], o: TrainOptions): TrainResult {
  const T = TAG_COUNT;
  const size = (1 << o.hashBits) * T;
  const w = new Float32Array(size);
  const u = new Float64Array(size);
  const tw = new Float64Array(TRANSITION_COUNT);
  const tu = new Float64Array(TRANSITION_COUNT);
  const random = createRandom(o.seed);
  const order = train.map((_, i) => i);
  let c = 1;
  let best: Weights | null = null;
  let bestScore = -1;
  let bestEpoch = 0;
  let epoch = 0;
  const pred = new Int32Array(4096);
  const current: Weights = { emission: w, transitions: tw };
  const orgWeight = o.orgWeight ?? 1;
  const stepOf = new Float64Array(T).fill(1);
  for (let t = 0; t < T; t++) if (TAGS[t].endsWith('-ORG')) stepOf[t] = orgWeight;
  while (epoch < o.maxEpochs) {
    epoch++;
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    let mistakes = 0;
    let tokens = 0;
    const started = Date.now();
    for (const index of order) {
      const s = train[index];
      const n = s.gold.length;
      if (n === 0) continue;
      const p = n <= pred.length ? pred.subarray(0, n) : new Int32Array(n);
      viterbi(denseEmissions(w, s.features, s.offsets, n), n, tw, p);
      tokens += n;
      for (let i = 0; i < n; i++) {
        const g = s.gold[i];
        const q = p[i];
        const a = stepOf[g];
        if (g !== q) {
          mistakes++;
          for (let k = s.offsets[i]; k < s.offsets[i + 1]; k++) {
            const base = s.features[k] * T;
            w[base + g] += a; u[base + g] += a * c;
            w[base + q] -= a; u[base + q] -= a * c;
          }
        }
        const pg = i > 0 ? s.gold[i - 1] : -1;
        const pq = i > 0 ? p[i - 1] : -1;
        if (g !== q || pg !== pq) {
          tw[(pg + 1) * T + g] += a; tu[(pg + 1) * T + g] += a * c;
          tw[(pq + 1) * T + q] -= a; tu[(pq + 1) * T + q] -= a * c;
        }
      }
      c++;
    }
    const averaged: Weights = { emission: new Float32Array(size), transitions: new Float64Array(TRANSITION_COUNT) };
    for (let i = 0; i < size; i++) averaged.emission[i] = w[i] - u[i] / c;
    for (let i = 0; i < TRANSITION_COUNT; i++) averaged.transitions[i] = tw[i] - tu[i] / c;
    const score = o.evaluate ? o.evaluate(averaged, epoch) : epoch;
    o.log(`epoch ${epoch}: train token errors ${(100 * mistakes / Math.max(1, tokens)).toFixed(2)}%${o.evaluate ? `, dev F1 ${score.toFixed(4)}` : ''} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    if (score > bestScore) { bestScore = score; best = averaged; bestEpoch = epoch; }
    else if (epoch - bestEpoch >= o.patience) break;
  }
  void current;
  return { best: best!, bestEpoch, bestScore, epochs: epoch };
}
