// Centuries: `the 19th century`, `the early 20th century`, `the twenty-first century`. Value: the
// hundred years TimeML gives a century (`19th century` → 1800/1899, as `the 1800s`). Only after
// `the`: `a 21st-century approach` is an adjective, not a time.
import { formatInterval, formatYear } from '../calendar.ts';
import type { DateParser } from '../types.ts';

const ORDINAL_WORDS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, 'twenty-first': 21, 'twenty first': 21, 'twenty-second': 22,
};

export const centuryParser: DateParser = {
  pattern: new RegExp(
    `\\b[Tt]he\\s+(?:(?:early|mid|late)[\\s-]+)?(?:(?<number>[1-9]|1\\d|2[0-2])(?:st|nd|rd|th)|(?<word>${Object.keys(ORDINAL_WORDS).sort((a, b) => b.length - a.length).join('|')}))\\s+century\\b(?!-)`,
    'gi',
  ),
  extract({ groups: g }) {
    const n = g.number ? Number(g.number) : ORDINAL_WORDS[g.word!.toLowerCase()];
    if (!n) return null;
    const start = (n - 1) * 100;
    return { value: formatInterval(formatYear(start), formatYear(start + 99)) };
  },
};
