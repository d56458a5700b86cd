// Divisive clustering of word vectors into a binary tree (principal direction divisive partitioning,
// Boley 1998, refined by two-means): each node splits along the main axis of its vectors, then a few
// rounds of two-means move words to the nearer half. Each word gets a path of `depth` bits, left = 0,
// so shared prefixes mean similar words, like Brown clusters. No randomness: the power iteration
// starts from a fixed vector, so the same vectors always give the same tree.

/** Unit-length rows, so distances follow the cosine. */
export function normalizeRows(vectors: Float32Array, dims: number): void {
  for (let r = 0; r < vectors.length / dims; r++) {
    let n = 0;
    for (let d = 0; d < dims; d++) n += vectors[r * dims + d] ** 2;
    const s = n > 0 ? 1 / Math.sqrt(n) : 0;
    for (let d = 0; d < dims; d++) vectors[r * dims + d] *= s;
  }
}

function centroid(vectors: Float32Array, dims: number, rows: Int32Array): Float64Array {
  const c = new Float64Array(dims);
  for (const r of rows) for (let d = 0; d < dims; d++) c[d] += vectors[r * dims + d];
  for (let d = 0; d < dims; d++) c[d] /= Math.max(1, rows.length);
  return c;
}

/** The main axis of the rows around their centroid, by power iteration. */
function principalAxis(vectors: Float32Array, dims: number, rows: Int32Array, mean: Float64Array): Float64Array {
  let axis = new Float64Array(dims).map((_, d) => 1 / Math.sqrt(dims) * (d % 2 ? -1 : 1));
  for (let it = 0; it < 12; it++) {
    const next = new Float64Array(dims);
    for (const r of rows) {
      let p = 0;
      for (let d = 0; d < dims; d++) p += (vectors[r * dims + d] - mean[d]) * axis[d];
      for (let d = 0; d < dims; d++) next[d] += p * (vectors[r * dims + d] - mean[d]);
    }
    let n = 0;
    for (let d = 0; d < dims; d++) n += next[d] ** 2;
    if (n === 0) break;
    axis = next.map((x) => x / Math.sqrt(n));
  }
  return axis;
}

/** Splits rows in two: sign along the main axis, then two-means rounds. */
function splitRows(vectors: Float32Array, dims: number, rows: Int32Array): [Int32Array, Int32Array] {
  const mean = centroid(vectors, dims, rows);
  const axis = principalAxis(vectors, dims, rows, mean);
  const side = new Uint8Array(rows.length);
  rows.forEach((r, i) => {
    let p = 0;
    for (let d = 0; d < dims; d++) p += (vectors[r * dims + d] - mean[d]) * axis[d];
    side[i] = p > 0 ? 1 : 0;
  });
  for (let round = 0; round < 4; round++) {
    const halves = [0, 1].map((s) => Int32Array.from(rows.filter((_, i) => side[i] === s)));
    if (halves[0].length === 0 || halves[1].length === 0) break;
    const [c0, c1] = halves.map((h) => centroid(vectors, dims, h));
    let moved = 0;
    rows.forEach((r, i) => {
      let d0 = 0; let d1 = 0;
      for (let d = 0; d < dims; d++) { const v = vectors[r * dims + d]; d0 += (v - c0[d]) ** 2; d1 += (v - c1[d]) ** 2; }
      const s = d1 < d0 ? 1 : 0;
      if (s !== side[i]) { side[i] = s; moved++; }
    });
    if (moved === 0) break;
  }
  return [Int32Array.from(rows.filter((_, i) => side[i] === 0)), Int32Array.from(rows.filter((_, i) => side[i] === 1))];
}

/** A path of `depth` bits for each row (first split = highest bit). Nodes too small to split go left. */
export function clusterPaths(vectors: Float32Array, dims: number, depth: number, log: (line: string) => void = () => {}): Uint16Array {
  const count = vectors.length / dims;
  const paths = new Uint16Array(count);
  let level: Int32Array[] = [Int32Array.from({ length: count }, (_, i) => i)];
  for (let bit = depth - 1; bit >= 0; bit--) {
    const next: Int32Array[] = [];
    for (const rows of level) {
      if (rows.length < 2) { next.push(rows, new Int32Array(0)); continue; }
      const [left, right] = splitRows(vectors, dims, rows);
      for (const r of right) paths[r] |= 1 << bit;
      next.push(left, right);
    }
    level = next;
    log(`level ${depth - bit}: ${level.filter((l) => l.length > 0).length} clusters`);
  }
  return paths;
}
