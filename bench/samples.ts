// The sample articles as the CLI reads them (decoded bytes), with the ids the scorer matches on.
import fs from 'node:fs';
import path from 'node:path';
import { decodeText } from '../functions/decode/decode-text.ts';
import { PROJECT_ROOT } from '../local/config.ts';

export interface SampleArticle {
  /** `samples/<file>`: the scorer matches a prediction to the gold file whose name the id ends with. */
  id: string;
  text: string;
}

export const SAMPLES_DIR = path.join(PROJECT_ROOT, 'samples');
export const GOLD_DIR = path.join(PROJECT_ROOT, 'tests', 'gold');

export function loadSamples(dir: string = SAMPLES_DIR): SampleArticle[] {
  return fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()
    .map((file) => ({ id: `samples/${file}`, text: decodeText(fs.readFileSync(path.join(dir, file))).text }));
}
