// The project keeps verbatim copies of three things from ../shared: the seed articles (samples/), the
// gold annotations (tests/gold) and the scorer (vendor/shared/tools), so its tests run in a clone without the shared folder. When the
// shared folder is there, the copies must match it byte for byte: the shared one is the reference.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GOLD_DIR, SAMPLES_DIR } from '../../bench/samples.ts';
import { SHARED_DIR, VENDORED_SCORER_PATH } from '../../bench/score.ts';

const HAS_SHARED = fs.existsSync(SHARED_DIR);
const read = (file: string) => fs.readFileSync(file, 'utf8');

describe.skipIf(!HAS_SHARED)('copies of ../shared', () => {
  it('the scorer in vendor/shared/tools is the shared one', () => {
    expect(read(VENDORED_SCORER_PATH)).toBe(read(path.join(SHARED_DIR, 'tools', 'score-extraction.mjs')));
  });

  it('tests/gold holds exactly the shared gold files, unedited', () => {
    const shared = path.join(SHARED_DIR, 'gold');
    const names = fs.readdirSync(shared).sort();
    expect(fs.readdirSync(GOLD_DIR).sort()).toEqual(names);
    for (const name of names) expect(read(path.join(GOLD_DIR, name)), name).toBe(read(path.join(shared, name)));
  });

  it('samples/ holds the shared seed articles, unchanged', () => {
    const seeds = path.join(SHARED_DIR, 'seeds');
    const names = fs.readdirSync(seeds).sort();
    expect(fs.readdirSync(SAMPLES_DIR).sort()).toEqual(names);
    for (const name of names) expect(read(path.join(SAMPLES_DIR, name)), name).toBe(read(path.join(seeds, name)));
  });
});

it('keeps the copies the tests use when the shared folder is absent', () => {
  expect(fs.existsSync(VENDORED_SCORER_PATH)).toBe(true);
  expect(fs.readdirSync(GOLD_DIR).filter((f) => f.endsWith('.json')).length).toBeGreaterThan(0);
});
