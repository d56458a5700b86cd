// One featurized segment decoded by one model, the same way at run time and in training: the best
// well-formed tag sequence under the model's scores, with no name across a sentence end.
import type { FeaturedSegment } from './features.ts';
import { emissionScores, type NerModel } from './model-format.ts';
import type { NerToken } from './text-tokens.ts';
import { TAG_COUNT, viterbi } from './viterbi.ts';

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
  return tags;
}
