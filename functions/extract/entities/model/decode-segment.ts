// One featurized segment decoded by one model, the same way at run time and in training: the best
// well-formed tag sequence under the model's scores, with no name across a sentence end.
import type { FeaturedSegment } from './features.ts';
import { emissionScores, type NerModel } from './model-format.ts';
import type { NerToken } from './text-tokens.ts';
import { TAG_COUNT, viterbi } from './viterbi.ts';

// tag = 1 + 4 * type + part, parts B I L U (viterbi.ts).
const B = 0, I = 1, L = 2, U = 3;

/** Token i ends a sentence: ".", "!" or "?" after a word longer than an abbreviation ("Co.", "Jr."). */
function isSentenceEnd(tokens: NerToken[], i: number): boolean {
  return /^[.!?]$/.test(tokens[i].text) && tokens[i - 1].text.length > 3 && tokens[i + 1].start > tokens[i].end;
}

/** The model's best tags for one featurized segment. */
export function decodeSegment(model: NerModel, seg: FeaturedSegment): Int32Array {
  const n = seg.tokens.length;
  const tags = new Int32Array(n);
  if (n === 0) return tags;
  const scores = emissionScores(model, seg.features, seg.offsets, n);
  // A name never runs across a sentence end ("… in Sumatra. Garuda Indonesia …"): the full stop is
  // outside every name, so the decoder types the names on either side of it each on its own evidence.
  for (let i = 1; i < n - 1; i++) {
    if (isSentenceEnd(seg.tokens, i)) for (let t = 1; t < TAG_COUNT; t++) scores[i * TAG_COUNT + t] = -1e9;
  }
  viterbi(scores, n, model.transitions, tags);
  joinTouchingNames(seg.tokens, tags);
  return tags;
}

/**
 * Two names of one type with only a space between them are one name ("near Scarborough Shoal" in a
 * headline read as two places): the corpora's gold has 75 such pairs in 36,006 names, most of them
 * annotation slips ("George Bush" as two people), so the decoder's split is the error, not the text.
 */
export function joinTouchingNames(tokens: NerToken[], tags: Int32Array): void {
  for (let i = 1; i < tags.length; i++) {
    const prev = tags[i - 1], tag = tags[i];
    if (prev === 0 || tag === 0 || (prev - 1) >> 2 !== (tag - 1) >> 2) continue;
    const prevPart = (prev - 1) & 3, part = (tag - 1) & 3;
    if ((prevPart !== L && prevPart !== U) || (part !== B && part !== U) || tokens[i].start !== tokens[i - 1].end + 1) continue;
    tags[i - 1] = prev - prevPart + (prevPart === U ? B : I);
    tags[i] = tag - part + (part === U ? L : I);
  }
}
