// The folding every currency lookup shares, so `đồng`, `Dong` and `dong` meet: case, diacritics
// (đ included), apostrophes and runs of spaces.
export function foldCurrencyWord(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').replace(/đ/gi, 'd').toLowerCase().replace(/[’']/g, '').replace(/\s+/g, ' ').trim();
}
