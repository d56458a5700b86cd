// One featurized segment decoded by one model, the same way at run time and in training: the best
// well-formed tag sequence under the model's scores, with no name across a sentence end.
import type { FeaturedSegment } from './features.ts';
import { emissionScores, type NerModel } from './model-format.ts';
import type { NerToken } from './text-tokens.ts';
import { NER_TYPES, partOf, TAG_COUNT, tagOf, typeOf, viterbi } from './viterbi.ts';

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
    const type = typeOf(tags[i]);
    if (type < 0 || typeOf(tags[i - 1]) !== type || tokens[i].start !== tokens[i - 1].end + 1) continue;
    const prevPart = partOf(tags[i - 1]), part = partOf(tags[i]);
    // A name that ended (L, U) right before one that begins (B, U): the two become one.
    if ((prevPart !== 'L' && prevPart !== 'U') || (part !== 'B' && part !== 'U')) continue;
    tags[i - 1] = tagOf(NER_TYPES[type], prevPart === 'U' ? 'B' : 'I');
    tags[i] = tagOf(NER_TYPES[type], part === 'U' ? 'L' : 'I');
  }
}
