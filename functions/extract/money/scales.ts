// Scale words and newsroom abbreviations after a number: `5 billion`, `€5bn`, `£21m`, `Rs 10 crore`.
const SCALES: Record<string, number> = {
  thousand: 1e3, k: 1e3,
  million: 1e6, mn: 1e6, mln: 1e6, m: 1e6, mil: 1e6,
  billion: 1e9, bn: 1e9, bln: 1e9, b: 1e9, milliard: 1e9, milliards: 1e9,
  trillion: 1e12, tn: 1e12, trn: 1e12, tr: 1e12, quadrillion: 1e15,
  lakh: 1e5, lakhs: 1e5, lac: 1e5, crore: 1e7, crores: 1e7,
  // Indian newsrooms stack them: `Rs 2.5 lakh crore` is 2.5 × 10^12.
  'lakh crore': 1e12, 'lakh crores': 1e12,
};

/** Regex source: one scale word, not glued to further letters (`5 mn`, not `5 mnemonics`). */
export const SCALE_PATTERN = `(?:${Object.keys(SCALES).sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}\\p{N}])`;

/** Multiplier of a scale word (case-insensitive), 1 when absent. */
export function scaleFactor(word: string | undefined): number {
  if (!word) return 1;
  return SCALES[word.toLowerCase().replace(/\s+/g, ' ')] ?? 1;
}

const SCALE_WORDS = ['thousand', 'million', 'billion', 'trillion', 'quadrillion'];

/** Edit distance with adjacent swaps, capped: enough to tell `bilion` from `billion`. */
function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/**
 * A word right after a number that is meant as a scale but is not one we know: a misspelling
 * (`bilion`, `milion`, `trilllion`) or an unknown `-illion` (`zillion`). The amount is then
 * unknown: a wrong value (`50` for `50 bilion`) is worse than none.
 */
// Scale words of other languages that English-language news quotes (`R$ 5 bilhões`, `Rp 10 juta`,
// `€1,5 Mrd`): what they multiply by differs between languages (`bilião` is 10^12 in Portugal), so no
// amount is read.
const FOREIGN_SCALES = new Set(['mrd', 'mio', 'milliarde', 'milliarden', 'bilhão', 'bilhao', 'bilhões', 'bilhoes', 'bilião', 'biliões', 'milhão', 'milhao', 'milhões', 'milhoes', 'millón', 'millon', 'millones', 'miliar', 'milyar', 'triliun', 'juta', 'tỷ', 'triệu', 'nghìn', 'ribu', 'mille', 'milioni', 'miliardi', 'miljoen', 'miljard', 'miljarder', 'miljoner', 'tys']);

export function isUnknownScale(word: string): boolean {
  const w = word.toLowerCase();
  if (FOREIGN_SCALES.has(w)) return true;
  if (w in SCALES || w.length < 5) return false;
  if (/il+i?ons?$/.test(w)) return true;
  // Same first letter, at most two edits: `bilion`, `milion`, `thousnad`; not `each` or `lakes`.
  const stem = w.replace(/s$/, '');
  return SCALE_WORDS.some((scale) => scale[0] === stem[0] && Math.abs(scale.length - stem.length) <= 2 && editDistance(stem, scale) <= 2);
}
