// The recognizer's tokens: every word and every punctuation mark of raw text, with document offsets.
// Unlike ../tokens.ts (words only, for the rules), punctuation is kept, because commas, dashes and
// parentheses are strong context for names ("MOROWALI, Indonesia —", "(IAEA)"); hyphens split words so
// that a name inside "US-based" has its own token.

export interface NerToken {
  text: string;
  start: number;
  end: number;
}

// Initials and dotted abbreviations ("U.S.", "J."), numbers with inner separators, words with inner
// apostrophes, ampersands ("AT&T") or dots between letters, a possessive, or any other single character.
const TOKEN = /(?:\p{L}\.){2,}|\p{Lu}\.(?=\s)|\p{N}+(?:[.,:/]\p{N}+)*|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:(?:['’&]|\.(?=\p{L}))[\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*|\S/gu;
// A shouted headline's possessive is capitalised too ("GERMANY'S").
const POSSESSIVE = /^(.+?)(['’]s|(?<=\p{Lu})['’]S)$/u;

/** Splits `text` (which starts at document offset `offset`) into tokens. */
export function tokenizeText(text: string, offset = 0): NerToken[] {
  const tokens: NerToken[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const start = offset + m.index;
    const p = POSSESSIVE.exec(m[0]);
    if (p && /\p{L}/u.test(p[1])) {
      tokens.push({ text: p[1], start, end: start + p[1].length });
      tokens.push({ text: p[2], start: start + p[1].length, end: start + m[0].length });
    } else {
      tokens.push({ text: m[0], start, end: start + m[0].length });
    }
  }
  return tokens;
}
