// The number part of an amount: `584`, `124.1`, `1,500,000`, Indian grouping `1,00,000`, or words
// (`ten`, `twenty-five`, `three hundred`, `a` before a scale or a currency: `a million dollars`, `a euro`).
const WORD_VALUES: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90,
};

const WORD = `(?:${Object.keys(WORD_VALUES).join('|')})`;
/** Regex source for a number in digits. */
// Western grouping `1,500,000`, Indian `1,00,000` / `2,50,00,000`, dots grouping three or more
// groups `1.500.000`, plain and decimal numbers.
export const DIGITS_PATTERN = '(?:\\d{1,3}(?:\\.\\d{3}){2,}(?![\\d.])|\\d{1,2}(?:,\\d{2})+,\\d{3}(?:\\.\\d+)?|\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|\\.\\d+)';
/** Regex source for a number in words: `twenty-five`, `three hundred`, `one hundred and five`. */
export const WORDS_PATTERN = `(?:(?:an?\\s+hundred|${WORD})(?:[\\s-]+(?:and\\s+)?(?:${WORD}|hundred))*|an?(?=\\s+(?:hundred|thousand|million|billion|trillion|euro|dollar|pound|cent|penny|rupee|yuan|peso|franc|buck)\\b))(?![\\p{L}])`;

/** Parses digits or number words; null if the text is not a number. */
export function parseAmount(text: string): number | null {
  const t = text.trim().toLowerCase();
  // `1.500.000`: two dots or more can only group thousands.
  if (/^\d{1,3}(?:\.\d{3}){2,}$/.test(t)) return Number(t.replace(/\./g, ''));
  if (/^[\d.,]+$/.test(t)) {
    const value = Number(t.replace(/,/g, ''));
    return Number.isFinite(value) ? value : null;
  }
  let total = 0;
  let current = 0;
  for (const word of t.split(/[\s-]+/)) {
    if (word === 'and') continue;
    if (word === 'a' || word === 'an') current += 1;
    else if (word === 'hundred') current = (current || 1) * 100;
    else if (word in WORD_VALUES) current += WORD_VALUES[word];
    else return null;
  }
  total += current;
  return total;
}

/** `value × scale` without binary noise: `124.1 × 1e6` is 124100000, not 124100000.00000001. */
export function scaleAmount(value: number, factor: number): number {
  return Number((value * factor).toPrecision(15));
}
