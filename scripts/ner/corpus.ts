// Reading the shared NER corpora (one JSON document per line, char-offset entities; see the corpora
// README) and turning each document into the recognizer's tokens with gold BIO tags.
import fs from 'node:fs';
import path from 'node:path';
import { splitSegments, type Segment } from '../../functions/extract/segments.ts';
import type { NerToken } from '../../functions/extract/entities/model/text-tokens.ts';
import { tagsOfSpans, type NerType } from '../../functions/extract/entities/model/viterbi.ts';

export interface GoldSpan {
  start: number;
  end: number;
  type: NerType;
}

export interface NerDocument {
  id: string;
  text: string;
  entities: GoldSpan[];
}

const NER_TYPES = new Set(['PER', 'LOC', 'ORG']);

/** The corpora folder: --corpora, else NER_CORPORA, else ../shared/corpora beside the repository. */
export function corporaRoot(flag: string | undefined, repoRoot: string): string {
  return path.resolve(flag ?? process.env.NER_CORPORA ?? path.join(repoRoot, '..', 'shared', 'corpora'));
}

/** Corpus folder names that have the given split. */
export function corporaWith(root: string, split: 'train' | 'dev' | 'test'): string[] {
  return fs.readdirSync(root).filter((d) => fs.existsSync(path.join(root, d, `${split}.jsonl`))).sort();
}

/** One split of one corpus; DATE and other types are dropped (the recognizer knows PER, LOC, ORG). */
export function readSplit(root: string, corpus: string, split: string): NerDocument[] {
  return readDocuments(path.join(root, corpus, `${split}.jsonl`));
}

/** Documents of one JSON Lines file in the corpora's format. */
export function readDocuments(file: string): NerDocument[] {
  return fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((line) => {
    const d = JSON.parse(line) as { id: string; text: string; entities: Array<{ start: number; end: number; type: string }> };
    return { id: d.id, text: d.text, entities: d.entities.filter((e) => NER_TYPES.has(e.type)).map((e) => ({ start: e.start, end: e.end, type: e.type as NerType })) };
  });
}

/** The document's segments, as the extractor splits articles. */
export function segmentsOf(doc: NerDocument): Segment[] {
  return splitSegments(doc.text);
}

/** Gold BILOU tags for tokens: a token overlapping an entity is part of it. */
export function goldTags(tokens: NerToken[], entities: GoldSpan[]): Int32Array {
  const ids = new Int32Array(tokens.length).fill(-1);
  let e = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    while (e < entities.length && entities[e].end <= t.start) e++;
    const entity = entities[e];
    if (entity && entity.start < t.end) ids[i] = e;
  }
  return tagsOfSpans(ids, entities.map((x) => x.type));
}
