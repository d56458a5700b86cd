// Scale words and newsroom abbreviations after a number: `5 billion`, `€5bn`, `£21m`, `Rs 10 crore`.
const SCALES: Record<string, number> = {
  thousand: 1e3, k: 1e3,
  million: 1e6, mn: 1e6, mln: 1e6, m: 1e6, mil: 1e6,
  billion: 1e9, bn: 1e9, bln: 1e9, b: 1e9,
  trillion: 1e12, tn: 1e12, trn: 1e12, tr: 1e12,
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
