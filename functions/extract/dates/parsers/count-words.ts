// Small counts written as digits or words (`3`, `three`, `a`), for "three days ago".
const WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12,
};

export function parseCount(text: string): number | null {
  const t = text.toLowerCase();
  if (/^\d+$/.test(t)) return Number(t);
  if (t === 'a few') return null; // vague: not a date
  return WORDS[t] ?? null;
}
