// Training the name recognizer is deterministic and learns: two runs on a tiny fixture of our own
// sentences give byte-identical models, and the model reads its own training sentences back.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeModel } from '../../functions/extract/entities/model/model-format.ts';
import { readDocuments } from '../../scripts/ner/corpus.ts';
import { decodeSegment } from '../../functions/extract/entities/model/decode-segment.ts';
import { DEFAULT_TRAIN_OPTIONS, prepareDocuments, spansOf, trainModel } from '../../scripts/ner/train.ts';

const FIXTURES = path.join(import.meta.dirname, 'fixtures', 'ner');
const train = readDocuments(path.join(FIXTURES, 'tiny.jsonl'));
const dev = readDocuments(path.join(FIXTURES, 'tiny-dev.jsonl'));
const options = { ...DEFAULT_TRAIN_OPTIONS, hashBits: 16, maxEpochs: 6, minWeight: 0, log: () => {} };

describe('training the name recognizer', () => {
  const first = trainModel(train, dev, options);
  const second = trainModel(train, dev, options);

  it('gives the same model twice from the same data', () => {
    expect(first.model.rows).toBeGreaterThan(0);
    expect(JSON.stringify(second.model)).toBe(JSON.stringify(first.model));
  });

  it('gives a different model from a different seed', () => {
    const other = trainModel(train, dev, { ...options, seed: options.seed + 1 });
    expect(other.model.weights).not.toBe(first.model.weights);
  });

  it('reads its training sentences back', () => {
    // Early-stopped on the training sentences themselves, so the check is that it fits them.
    const model = decodeModel(trainModel(train, train, { ...options, maxEpochs: 10 }).model);
    for (const { doc, segments } of prepareDocuments(train, options.families, options.hashBits)) {
      const found = segments.flatMap((s) => spansOf(s, decodeSegment(model, s)));
      expect(found.map((s) => `${s.type}:${doc.text.slice(s.start, s.end)}`)).toEqual(doc.entities.map((e) => `${e.type}:${doc.text.slice(e.start, e.end)}`));
    }
  });
});
