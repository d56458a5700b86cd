// The learned recognizer at run time: the committed model is decoded once, on first use, and every
// segment of an article is featurized (document features need all of them) and decoded with Viterbi
// (decode-segment.ts, shared with training).
import type { Segment } from '../../segments.ts';
import { featurizeDocument, type RuleSpan } from './features.ts';
import { decodeSegment } from './decode-segment.ts';
import { decodeModel, type NerModel } from './model-format.ts';
import { NER_MODEL } from './ner-model.generated.ts';
import { spansOfTags, type NerType } from './viterbi.ts';

export interface NameSpan {
  type: NerType;
  start: number;
  end: number;
}

let model: NerModel | undefined;

/** The committed model, decoded on first use and kept for the life of the process. */
export function loadNameModel(): NerModel {
  model ??= decodeModel(NER_MODEL);
  return model;
}

/**
 * A word the training text writes in lower case at least as often as capitalised (the model's common
 * words): a rule's test for a word that is more likely English than a name.
 */
export function isMostlyLowerCase(word: string): boolean {
  return loadNameModel().commonWords.has(word.toLowerCase());
}

/** Person, place and organization spans the model finds in an article's segments, in text order. */
export function recognizeNames(segments: Segment[], ruleSpans: RuleSpan[] = []): NameSpan[] {
  const m = loadNameModel();
  const out: NameSpan[] = [];
  for (const seg of featurizeDocument(segments, m.families, m.hashBits, { ruleSpans })) {
    const tags = decodeSegment(m, seg);
    for (const s of spansOfTags(tags, seg.tokens.length)) out.push({ type: s.type, start: seg.tokens[s.from].start, end: seg.tokens[s.to - 1].end });
  }
  return out;
}
