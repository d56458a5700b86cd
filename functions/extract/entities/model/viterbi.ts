// BILOU tags for three types (Begin, Inside, Last, Unit-length, Outside), and the best tag sequence
// under emission and transition scores. Only well-formed sequences are allowed (B-X I-X* L-X or U-X),
// so every decoded sequence reads as whole spans. BILOU beat BIO on the dev splits (docs/ner-eval.md).

export type NerType = 'PER' | 'LOC' | 'ORG';
export const NER_TYPES: readonly NerType[] = ['PER', 'LOC', 'ORG'];
const PARTS = ['B', 'I', 'L', 'U'] as const;

/** O, then B/I/L/U for each type: tag = 1 + 4 * typeIndex + partIndex. */
export const TAGS: readonly string[] = ['O', ...NER_TYPES.flatMap((t) => PARTS.map((p) => `${p}-${t}`))];
export const TAG_COUNT = TAGS.length;

export const partOf = (tag: number): string => (tag === 0 ? 'O' : PARTS[(tag - 1) % 4]);
/** Index into NER_TYPES; -1 for O. */
export const typeOf = (tag: number): number => (tag === 0 ? -1 : Math.floor((tag - 1) / 4));
export const tagOf = (type: NerType, part: (typeof PARTS)[number]): number => 1 + 4 * NER_TYPES.indexOf(type) + PARTS.indexOf(part);

/** prev -1 is the segment start. */
function allowed(prev: number, tag: number): boolean {
  const open = prev >= 0 && (partOf(prev) === 'B' || partOf(prev) === 'I');
  const p = partOf(tag);
  if (open) return (p === 'I' || p === 'L') && typeOf(tag) === typeOf(prev);
  return p === 'O' || p === 'B' || p === 'U';
}

const canEnd = (tag: number): boolean => partOf(tag) !== 'B' && partOf(tag) !== 'I';

/** transitions[(prev + 1) * TAG_COUNT + tag], prev = -1 for the start. */
export const TRANSITION_COUNT = (TAG_COUNT + 1) * TAG_COUNT;

const ALLOWED = new Uint8Array(TRANSITION_COUNT);
for (let p = -1; p < TAG_COUNT; p++) for (let t = 0; t < TAG_COUNT; t++) ALLOWED[(p + 1) * TAG_COUNT + t] = allowed(p, t) ? 1 : 0;

/** The highest-scoring allowed tag sequence; emissions[i * TAG_COUNT + tag]. */
export function viterbi(emissions: Float64Array, n: number, transitions: ArrayLike<number>, out: Int32Array): void {
  if (n === 0) return;
  const T = TAG_COUNT;
  const score = new Float64Array(n * T);
  const back = new Int32Array(n * T);
  for (let t = 0; t < T; t++) score[t] = ALLOWED[t] ? emissions[t] + transitions[t] : -Infinity;
  for (let i = 1; i < n; i++) {
    for (let t = 0; t < T; t++) {
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < T; p++) {
        if (!ALLOWED[(p + 1) * T + t]) continue;
        const s = score[(i - 1) * T + p] + transitions[(p + 1) * T + t];
        if (s > best) { best = s; arg = p; }
      }
      score[i * T + t] = best + emissions[i * T + t];
      back[i * T + t] = arg;
    }
  }
  let best = -Infinity;
  let arg = 0;
  for (let t = 0; t < T; t++) if (canEnd(t) && score[(n - 1) * T + t] > best) { best = score[(n - 1) * T + t]; arg = t; }
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

/** Reads BILOU tags as spans. */
export function spansOfTags(tags: ArrayLike<number>, n: number): TagSpan[] {
  const spans: TagSpan[] = [];
  for (let i = 0; i < n; i++) {
    const part = partOf(tags[i]);
    if (part === 'U') { spans.push({ type: NER_TYPES[typeOf(tags[i])], from: i, to: i + 1 }); continue; }
    if (part !== 'B') continue;
    let j = i + 1;
    while (j < n && partOf(tags[j]) === 'I') j++;
    if (j < n && partOf(tags[j]) === 'L') { spans.push({ type: NER_TYPES[typeOf(tags[i])], from: i, to: j + 1 }); i = j; }
  }
  return spans;
}

/** Gold tags for tokens given each token's span id (-1 outside) and type. */
export function tagsOfSpans(spanIds: Int32Array, types: NerType[]): Int32Array {
  const n = spanIds.length;
  const tags = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const id = spanIds[i];
    if (id < 0) continue;
    const first = i === 0 || spanIds[i - 1] !== id;
    const last = i === n - 1 || spanIds[i + 1] !== id;
    tags[i] = tagOf(types[id], first && last ? 'U' : first ? 'B' : last ? 'L' : 'I');
  }
  return tags;
}
