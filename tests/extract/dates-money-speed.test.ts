// Speed: the date and money rules are regex passes per segment, so time grows linearly with the
// text, a 1 MB article takes well under the budget, and they beat compromise-dates on the same text.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findDates } from '../../functions/extract/dates/find-dates.ts';
import { findMoney } from '../../functions/extract/money/find-money.ts';
import { nlp } from '../../functions/extract/nlp.ts';
import { splitSegments } from '../../functions/extract/segments.ts';

const SAMPLES = path.join(import.meta.dirname, '../../samples');
const corpus = fs.readdirSync(SAMPLES).filter((f) => f.endsWith('.txt')).map((f) => fs.readFileSync(path.join(SAMPLES, f), 'utf8')).join('\n\n');

function textOfSize(bytes: number): string {
  return corpus.repeat(Math.ceil(bytes / corpus.length)).slice(0, bytes);
}

function timeRules(text: string): number {
  const started = performance.now();
  const segments = splitSegments(text);
  findDates(segments, { publishedAt: '2023-08-21' });
  findMoney(segments);
  return performance.now() - started;
}

describe('dates and money speed', () => {
  it('handles a 1 MB article in a few seconds, linearly', () => {
    timeRules(textOfSize(50_000)); // warm up the regex compilation
    // Best of three: the machine is shared, one slow run is noise, not growth.
    const best = (bytes: number) => Math.min(...[0, 1, 2].map(() => timeRules(textOfSize(bytes))));
    const small = best(200_000);
    const large = best(1_000_000);
    expect(large).toBeLessThan(5_000);
    // 5× the text: a linear pass takes about 5× the time; superlinear growth would blow past 15×.
    expect(large / Math.max(small, 1)).toBeLessThan(15);
  });

  it('is faster than compromise-dates on the same paragraphs', () => {
    const segments = splitSegments(corpus);
    const started = performance.now();
    for (const seg of segments) (nlp(seg.text) as any).dates({ today: '2023-08-21' }).json();
    const compromiseMs = performance.now() - started;
    const oursMs = timeRules(corpus);
    expect(oursMs).toBeLessThan(compromiseMs);
  });
});
