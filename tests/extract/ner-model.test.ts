// The committed name model against the code: it must have been trained on exactly the features the
// code computes (a fingerprint over the feature code's output on a fixed probe text), decode without
// loss of framing, stay compact, and find names in a plain sentence.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FEATURE_FAMILIES, FEATURE_VERSION, featureFingerprint } from '../../functions/extract/entities/model/features.ts';
import { decodeModel, MODEL_FORMAT } from '../../functions/extract/entities/model/model-format.ts';
import { NER_MODEL } from '../../functions/extract/entities/model/ner-model.generated.ts';
import { recognizeNames } from '../../functions/extract/entities/model/recognize-names.ts';
import { splitSegments } from '../../functions/extract/segments.ts';
import { findEntities, findRuleSpans } from '../../functions/extract/entities/find-entities.ts';

const extractEntities = (text: string) => findEntities(splitSegments(text));

const MODEL_DIR = path.join(import.meta.dirname, '../../functions/extract/entities/model');

describe('the committed name model', () => {
  it('was trained on the feature set the code computes (retrain with npm run train:ner if not)', () => {
    expect(NER_MODEL.featureVersion).toBe(FEATURE_VERSION);
    for (const family of NER_MODEL.families) expect(FEATURE_FAMILIES).toContain(family);
    expect(NER_MODEL.fingerprint).toBe(featureFingerprint(NER_MODEL.families, NER_MODEL.hashBits));
  });

  it('is in the current format and decodes every row', () => {
    expect(NER_MODEL.format).toBe(MODEL_FORMAT);
    const model = decodeModel(NER_MODEL);
    expect(model.steps.length).toBe(NER_MODEL.rows * 13);
    expect(model.slotHash.filter((h) => h >= 0).length).toBe(NER_MODEL.rows);
    // Sized to the rows kept, not to the 2^hashBits possible features.
    expect(model.slotHash.length).toBeLessThanOrEqual(4 * NER_MODEL.rows);
  });

  it('is compact: the generated module stays under 2 MB', () => {
    expect(fs.statSync(path.join(MODEL_DIR, 'ner-model.generated.ts')).size).toBeLessThan(2 * 1024 * 1024);
  });

  it('has a model card beside it', () => {
    const card = fs.readFileSync(path.join(MODEL_DIR, 'MODEL_CARD.md'), 'utf8');
    expect(card).toMatch(/CC BY-SA/);
    expect(card).toMatch(/ShareAlike/);
  });

  it('finds a person, a place and an organization in a plain sentence', () => {
    const text = 'Angela Merkel met executives of Siemens AG in Berlin on Friday.';
    const segments = splitSegments(text);
    const spans = recognizeNames(segments, findRuleSpans(segments)).map((s) => `${s.type}:${text.slice(s.start, s.end)}`);
    expect(spans).toEqual(['PER:Angela Merkel', 'ORG:Siemens AG', 'LOC:Berlin']);
  });

  // A known limit again (MODEL_CARD.md): a one-word company with no legal form between "of" and "in"
  // reads as a place to the recognizer alone (right with the model before this one, which lacked the
  // `run` features); the pipeline still gets it from compromise's lexicon of organizations.
  it.fails('still wrong: types a bare one-word company between "of" and "in" as an organization', () => {
    const text = 'Angela Merkel met executives of Siemens in Berlin on Friday.';
    const segments = splitSegments(text);
    expect(recognizeNames(segments, findRuleSpans(segments)).map((s) => `${s.type}:${text.slice(s.start, s.end)}`)).toContain('ORG:Siemens');
  });

  it('the pipeline types that company an organization', () => {
    const e = extractEntities('Angela Merkel met executives of Siemens in Berlin on Friday.');
    expect(e.organizations.map((o) => o.name)).toEqual(['Siemens']);
    expect(e.places.map((p) => p.name)).toEqual(['Berlin']);
  });
});
