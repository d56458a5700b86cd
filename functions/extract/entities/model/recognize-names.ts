// The learned recognizer at run time: the committed model is decoded once, on first use, and every
// segment of an article is featurized (document features need all of them) and decoded with Viterbi.
import type { Segment } from '../../segments.ts';
import { featurizeDocument, type RuleSpan } from './features.ts';
import type { NerToken } from './text-tokens.ts';
import { decodeModel, emissionScores, type NerModel } from './model-format.ts';
import { NER_MODEL } from './ner-model.generated.ts';
import { spansOfTags, TAG_COUNT, viterbi, type NerType } from './viterbi.ts';

export interface NameSpan {
  type: NerType;
  start: number;
  end: number;
}

/** Token i ends a sentence: ".", "!" or "?" after a word longer than an abbreviation ("Co.", "Jr."). */
function isSentenceEnd(tokens: NerToken[], i: number): boolean {
  return /^[.!?]$/.test(tokens[i].text) && tokens[i - 1].text.length > 3 && tokens[i + 1].start > tokens[i].end;
}

let model: NerModel | undefined;

/** The committed model, decoded on first use and kept for the life of the process. */
export function loadNameModel(): NerModel {
  model ??= decodeModel(NER_MODEL);
  return model;
}

/** Person, place and organization spans the model finds in an article's segments, in text order. */
export function recognizeNames(segments: Segment[], ruleSpans: RuleSpan[] = []): NameSpan[] {
  const m = loadNameModel();
  const out: NameSpan[] = [];
  for (const seg of featurizeDocument(segments, m.families, m.hashBits, { ruleSpans })) {
    const n = seg.tokens.length;
    if (n === 0) continue;
    const tags = new Int32Array(n);
    const scores = emissionScores(m, seg.features, seg.offsets, n);
    // A name never runs across a sentence end ("… in Sumatra. Garuda Indonesia …"): the full stop is
    // outside every name, so the decoder types the names on either side of it each on its own evidence.
    for (let i = 1; i < n - 1; i++) {
      if (isSentenceEnd(seg.tokens, i)) for (let t = 1; t < TAG_COUNT; t++) scores[i * TAG_COUNT + t] = -1e9;
    }
    viterbi(scores, n, m.transitions, tags);
    for (const s of spansOfTags(tags, n)) out.push({ type: s.type, start: seg.tokens[s.from].start, end: seg.tokens[s.to - 1].end });
  }
  return out;
}
