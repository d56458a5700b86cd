// Money, step 1 (find): every number written in digits or words, with its optional scale (`5 billion`,
// `₱40-billion`, `€5bn`) and an optional range part (`5-6 billion`, `$5 billion to $6 billion`). Nothing
// here knows about currencies; parse-money.ts reads each found number in its context.
import { DIGITS_PATTERN, WORDS_PATTERN } from './parse-amount.ts';
import { SCALE_PATTERN } from './scales.ts';

export interface FoundAmount {
  start: number;
  /** End of the first number and its scale. */
  firstEnd: number;
  /** End of the range part when there is one, else firstEnd. */
  fullEnd: number;
  number: string;
  scale?: string;
  /** The range part: currency before its number, the number, its scale. */
  secondPrefix?: string;
  second?: string;
  secondScale?: string;
}

const NUMBER = (name: string) => `(?<${name}>${DIGITS_PATTERN}|${WORDS_PATTERN})`;
const SECOND_PREFIX = '(?<secondPrefix>[A-Z]{0,3}\\$|[^\\s\\p{L}\\p{N}]{1,2})?';
// A scale joined by spaces or a hyphen (`30.1-billion yen`); the range part comes after it.
const AMOUNT = new RegExp(
  `(?<![\\p{N}_.,-])${NUMBER('number')}(?:(?:\\s{0,3}|-)(?<scale>${SCALE_PATTERN}))?` +
    `(?:\\s*(?:-|–|—|to)\\s*${SECOND_PREFIX}\\s?${NUMBER('second')}(?:(?:\\s{0,3}|-)(?<secondScale>${SCALE_PATTERN}))?)?(?![\\p{N}])`,
  'giu',
);

export function findAmounts(text: string): FoundAmount[] {
  const out: FoundAmount[] = [];
  const re = AMOUNT;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const g = m.groups!;
    // The scale follows the number directly or after spaces or a hyphen (no `d` flag: its index
    // arrays cost more than this).
    const firstEnd = m.index + g.number.length + (g.scale ? m[0].indexOf(g.scale, g.number.length) - g.number.length + g.scale.length : 0);
    const found: FoundAmount = { start: m.index, firstEnd, fullEnd: m.index + m[0].length, number: g.number };
    if (g.scale) found.scale = g.scale;
    if (g.second !== undefined) {
      found.second = g.second;
      if (g.secondPrefix) found.secondPrefix = g.secondPrefix;
      if (g.secondScale) found.secondScale = g.secondScale;
    }
    out.push(found);
    // The second number gets its own reading too, in case this turns out not to be a range.
    re.lastIndex = firstEnd;
  }
  return out;
}
