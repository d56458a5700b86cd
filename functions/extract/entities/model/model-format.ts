// The committed model's compact form and its in-memory form. Weights are pruned and quantised to
// int8 with one scale; each kept feature row is stored as a varint gap from the previous row's hash,
// a varint bit mask of the tags it has a weight for, and those weights, all base64 in one string. Decoding
// keeps only the rows that exist: an open-addressing table from feature hash to row (about twice as
// many slots as rows, not one per possible hash) and the int8 steps themselves, read through a table of
// their 256 values, so memory and load time follow the rows kept rather than the hash space.
import type { FeatureFamily } from './features.ts';
import { base64Bytes, bytesBase64, createByteReader, pushVarint } from './compact-bytes.ts';
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
  rows: number;
  /** Open-addressing slots (linear probing): the feature hash held there, -1 when empty. */
  slotHash: Int32Array;
  /** 32 - log2(slots): a hash's first slot is the top bits of its Fibonacci product. */
  slotShift: number;
  /** The row of the hash in the same slot. */
  slotRow: Int32Array;
  /** Quantised weights, steps[row * TAG_COUNT + tag], 0 where the row has none for that tag. */
  steps: Int8Array;
  /** The weight of step s is stepWeight[s + 128] (a float32, as the weights were trained). */
  stepWeight: Float64Array;
  transitions: Float64Array;
  commonWords: Set<string>;
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
    rows, weights: bytesBase64(bytes),
  };
}

export class NerModelFormatError extends Error {
  override name = 'NerModelFormatError';
}

/** Decodes the committed form. */
export function decodeModel(data: NerModelData): NerModel {
  if (data.format !== MODEL_FORMAT) throw new NerModelFormatError(`name model format ${data.format}, expected ${MODEL_FORMAT}`);
  if (data.transitions.length !== TRANSITION_COUNT) throw new NerModelFormatError(`name model has ${data.transitions.length} transitions, expected ${TRANSITION_COUNT}`);
  const bytes = base64Bytes(data.weights);
  const slotBits = Math.max(4, Math.ceil(Math.log2(data.rows * 2 + 1)));
  const slotHash = new Int32Array(1 << slotBits).fill(-1);
  const slotRow = new Int32Array(1 << slotBits);
  const steps = new Int8Array(data.rows * TAG_COUNT);
  const stepWeight = new Float64Array(256);
  for (let v = -128; v < 128; v++) stepWeight[v + 128] = Math.fround(v * data.scale);
  const mask = (1 << slotBits) - 1;
  const shift = 32 - slotBits;
  const reader = createByteReader(bytes);
  let h = 0;
  for (let row = 0; row < data.rows; row++) {
    h += reader.varint();
    const tags = reader.varint();
    for (let t = 0; t < TAG_COUNT; t++) {
      if (!(tags & (1 << t))) continue;
      const v = reader.byte();
      steps[row * TAG_COUNT + t] = v > 127 ? v - 256 : v;
    }
    let slot = Math.imul(h, 0x9e3779b1) >>> shift;
    while (slotHash[slot] !== -1) slot = (slot + 1) & mask;
    slotHash[slot] = h;
    slotRow[slot] = row;
  }
  if (reader.position() !== bytes.length) throw new NerModelFormatError('name model weights are truncated or padded');
  return {
    families: data.families, hashBits: data.hashBits, fingerprint: data.fingerprint, rows: data.rows, slotHash, slotShift: shift, slotRow, steps, stepWeight,
    transitions: Float64Array.from(data.transitions), commonWords: new Set(data.commonWords.split(' ')),
  };
}

/** The row of a feature hash, -1 for a feature the model has no weights for. */
export function rowOfFeature(model: NerModel, hash: number): number {
  const { slotHash } = model;
  const mask = slotHash.length - 1;
  let slot = Math.imul(hash, 0x9e3779b1) >>> model.slotShift;
  for (;;) {
    const held = slotHash[slot];
    if (held === hash) return model.slotRow[slot];
    if (held === -1) return -1;
    slot = (slot + 1) & mask;
  }
}

/** Emission scores of one segment's tokens: emissions[i * TAG_COUNT + tag]. */
export function emissionScores(model: NerModel, features: Uint32Array, offsets: Uint32Array, n: number): Float64Array {
  const out = new Float64Array(n * TAG_COUNT);
  const { steps, stepWeight } = model;
  for (let i = 0; i < n; i++) {
    for (let k = offsets[i]; k < offsets[i + 1]; k++) {
      const row = rowOfFeature(model, features[k]);
      if (row < 0) continue;
      const base = row * TAG_COUNT;
      for (let t = 0; t < TAG_COUNT; t++) out[i * TAG_COUNT + t] += stepWeight[steps[base + t] + 128];
    }
  }
  return out;
}
