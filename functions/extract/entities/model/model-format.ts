// The committed model's compact form and its in-memory form. Weights are pruned and quantised to
// int8 with one scale; each kept feature row is stored as a varint gap from the previous row's hash,
// a varint bit mask of the tags it has a weight for, and those weights, all base64 in one string. Decoding
// fills a dense hash → row table, so scoring a feature is one array read.
import type { FeatureFamily } from './features.ts';
import { TAG_COUNT, TRANSITION_COUNT } from './viterbi.ts';

export const MODEL_FORMAT = 2;

export interface NerModelData {
  format: number;
  featureVersion: number;
  families: FeatureFamily[];
  hashBits: number;
  /** featureFingerprint(families, hashBits) when the model was trained. */
  fingerprint: string;
  /** Weight of one quantisation step. */
  scale: number;
  transitions: number[];
  rows: number;
  weights: string;
  /** Words the training text writes in lower case far more often than capitalised mid-sentence, space-separated. */
  commonWords: string;
}

export interface NerModel {
  families: FeatureFamily[];
  hashBits: number;
  fingerprint: string;
  /** rowOf[hash] = row + 1, 0 for a feature with no weights. */
  rowOf: Int32Array;
  weights: Float32Array;
  transitions: Float64Array;
  commonWords: Set<string>;
}

function pushVarint(bytes: number[], value: number): void {
  let v = value;
  while (v >= 0x80) { bytes.push((v & 0x7f) | 0x80); v >>>= 7; }
  bytes.push(v);
}

/** Prunes and quantises dense weights (hash * TAG_COUNT + tag) into the committed form. */
export function encodeModel(dense: Float32Array, transitions: ArrayLike<number>, meta: Pick<NerModelData, 'featureVersion' | 'families' | 'hashBits' | 'fingerprint' | 'commonWords'>, minWeight: number): NerModelData {
  let max = 0;
  for (let i = 0; i < dense.length; i++) max = Math.max(max, Math.abs(dense[i]));
  const scale = max / 127 || 1;
  const bytes: number[] = [];
  let previous = 0;
  let rows = 0;
  for (let h = 0; h < dense.length / TAG_COUNT; h++) {
    let mask = 0;
    const q: number[] = [];
    for (let t = 0; t < TAG_COUNT; t++) {
      const w = dense[h * TAG_COUNT + t];
      const v = Math.abs(w) < minWeight ? 0 : Math.round(w / scale);
      if (v !== 0) { mask |= 1 << t; q.push(v); }
    }
    if (!mask) continue;
    let gap = h - previous;
    previous = h;
    pushVarint(bytes, gap);
    pushVarint(bytes, mask);
    for (const v of q) bytes.push(v & 0xff);
    rows++;
  }
  return {
    format: MODEL_FORMAT, ...meta, scale,
    transitions: Array.from(transitions, (x) => Math.round(x * 1000) / 1000),
    rows, weights: Buffer.from(bytes).toString('base64'),
  };
}

function base64Bytes(s: string): Uint8Array {
  if (typeof Buffer !== 'undefined') return Buffer.from(s, 'base64');
  const bin = atob(s);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

export class NerModelFormatError extends Error {
  override name = 'NerModelFormatError';
}

/** Decodes the committed form. */
export function decodeModel(data: NerModelData): NerModel {
  if (data.format !== MODEL_FORMAT) throw new NerModelFormatError(`name model format ${data.format}, expected ${MODEL_FORMAT}`);
  if (data.transitions.length !== TRANSITION_COUNT) throw new NerModelFormatError(`name model has ${data.transitions.length} transitions, expected ${TRANSITION_COUNT}`);
  const bytes = base64Bytes(data.weights);
  const rowOf = new Int32Array(1 << data.hashBits);
  const weights = new Float32Array(data.rows * TAG_COUNT);
  let p = 0;
  let h = 0;
  for (let row = 0; row < data.rows; row++) {
    const varint = (): number => {
      let value = 0;
      let shift = 0;
      for (;;) {
        const b = bytes[p++];
        value += (b & 0x7f) * 2 ** shift;
        shift += 7;
        if (b < 0x80) return value;
      }
    };
    h += varint();
    const mask = varint();
    for (let t = 0; t < TAG_COUNT; t++) {
      if (!(mask & (1 << t))) continue;
      const v = bytes[p++];
      weights[row * TAG_COUNT + t] = (v > 127 ? v - 256 : v) * data.scale;
    }
    rowOf[h] = row + 1;
  }
  if (p !== bytes.length) throw new NerModelFormatError('name model weights are truncated or padded');
  return { families: data.families, hashBits: data.hashBits, fingerprint: data.fingerprint, rowOf, weights, transitions: Float64Array.from(data.transitions), commonWords: new Set(data.commonWords.split(' ')) };
}

/** Emission scores of one segment's tokens: emissions[i * TAG_COUNT + tag]. */
export function emissionScores(model: NerModel, features: Uint32Array, offsets: Uint32Array, n: number): Float64Array {
  const out = new Float64Array(n * TAG_COUNT);
  for (let i = 0; i < n; i++) {
    for (let k = offsets[i]; k < offsets[i + 1]; k++) {
      const row = model.rowOf[features[k]];
      if (!row) continue;
      const base = (row - 1) * TAG_COUNT;
      for (let t = 0; t < TAG_COUNT; t++) out[i * TAG_COUNT + t] += model.weights[base + t];
    }
  }
  return out;
}
