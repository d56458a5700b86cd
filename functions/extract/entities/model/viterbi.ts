// BIO tags for three types, and the best tag sequence under emission and transition scores. An I-X tag
// may only follow B-X or I-X, so every decoded sequence reads as whole spans.

export const TAGS = ['O', 'B-PER', 'I-PER', 'B-LOC', 'I-LOC', 'B-ORG', 'I-ORG'] as const;
export const TAG_COUNT = TAGS.length;
export type NerType = 'PER' | 'LOC' | 'ORG';

/** Tag index of B-type / I-type. */
export const beginTag = (type: NerType): number => TAGS.indexOf(`B-${type}`);
export const insideTag = (type: NerType): number => TAGS.indexOf(`I-${type}`);

function allowed(prev: number, tag: number): boolean {
  // I-X (even index ≥ 2) needs B-X (tag - 1) or I-X (tag) before it; prev -1 is the segment start.
  if (tag === 0 || tag % 2 === 1) return true;
  return prev === tag - 1 || prev === tag;
}

/** transitions[(prev + 1) * TAG_COUNT + tag], prev = -1 for the start. */
export const TRANSITION_COUNT = (TAG_COUNT + 1) * TAG_COUNT;

/** The highest-scoring allowed tag sequence; emissions[i * TAG_COUNT + tag]. */
export function viterbi(emissions: Float64Array, n: number, transitions: ArrayLike<number>, out: Int32Array): void {
  if (n === 0) return;
  const T = TAG_COUNT;
  const score = new Float64Array(n * T);
  const back = new Int32Array(n * T);
  for (let t = 0; t < T; t++) score[t] = allowed(-1, t) ? emissions[t] + transitions[t] : -Infinity;
  for (let i = 1; i < n; i++) {
    for (let t = 0; t < T; t++) {
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < T; p++) {
        if (!allowed(p, t)) continue;
        const s = score[(i - 1) * T + p] + transitions[(p + 1) * T + t];
        if (s > best) { best = s; arg = p; }
      }
      score[i * T + t] = best + emissions[i * T + t];
      back[i * T + t] = arg;
    }
  }
  let best = -Infinity;
  let arg = 0;
  for (let t = 0; t < T; t++) if (score[(n - 1) * T + t] > best) { best = score[(n - 1) * T + t]; arg = t; }
  for (let i = n - 1; i >= 0; i--) {
    out[i] = arg;
    arg = back[i * T + arg];
  }
}

export interface TagSpan {
  type: NerType;
  /** Token indices [from, to). */
  from: number;
  to: number;
}

/** Reads BIO tags as spans. */
export function spansOfTags(tags: ArrayLike<number>, n: number): TagSpan[] {
  const spans: TagSpan[] = [];
  for (let i = 0; i < n; i++) {
    const tag = tags[i];
    if (tag === 0 || tag % 2 === 0) continue;
    let j = i + 1;
    while (j < n && tags[j] === tag + 1) j++;
    spans.push({ type: TAGS[tag].slice(2) as NerType, from: i, to: j });
    i = j - 1;
  }
  return spans;
}
