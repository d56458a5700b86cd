// Entity rules work on words, not characters: each word keeps its offsets in the whole document so a
// span built from words is always `document.slice(start, end)`.
import type { Segment } from '../segments.ts';

export interface Token {
  text: string;
  start: number;
  end: number;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Two or more letters, all upper case (an acronym such as IAEA, or a word in a shouting dateline). */
  upper: boolean;
  /** Followed by a possessive 's, which always ends a name ("Tokayev’s visit"). */
  possessive: boolean;
  /** The characters between this word and the next one ("" for the last word). */
  gapAfter: string;
  /** Index in the segment's token list. */
  index: number;
}

// A word: letters/digits with inner hyphens or apostrophes ("Kassym-Jomart", "O'Brien", "Confidence-Building"),
// or capitals an ampersand joins ("AT&T", "P&G", "S&P").
const WORD = /\p{Lu}+(?:&\p{Lu}+)+(?![\p{L}\p{N}])|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-'’][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu;
// A shouted headline's possessive is capitalised too ("GERMANY'S KOHL").
const POSSESSIVE = /['’]s$|(?<=\p{Lu})['’]S$/u;
const INSIDE_NAME_POSSESSIVE = /^(?:People|Women|Children|Men|Workers)['’]s$/u;
// A name with a lower-case participle or adjective hyphened on ("United Nations-backed", "US-based",
// "Kremlin-era"): the name is a word of its own, so the recognizer's "United Nations" is not cut back
// to "United". Given names with a lower-case second part ("Kai-shek", "Teng-hui") stay one word.
const NAME_SUFFIX = /^((?:[dl]['’]|(?:al|el|ad|as|ash|ibn|bin|ben)-)?\p{Lu}[\p{L}\p{M}\p{N}'’-]*?)[-‐‑](\p{Ll}+ed|born|made|run|style|like|era|bound|wide|type|class|friendly|speaking|specific|centric|owned)$/u;

/** Splits one segment into words with document offsets. */
export function tokenize(segment: Segment): Token[] {
  const tokens: Token[] = [];
  const text = segment.text;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const suffixed = NAME_SUFFIX.exec(m[0]);
    if (suffixed) {
      // Two words: the name, and its suffix after the hyphen (the gap between them is the hyphen).
      pushWord(tokens, segment, suffixed[1], m.index, false);
      pushWord(tokens, segment, suffixed[2], m.index + m[0].length - suffixed[2].length, false);
      continue;
    }
    let word = m[0];
    let possessive = false;
    // "People's Republic of China", "Hanoi People's Committee", "Women's Union": a collective noun's
    // possessive before a capital is inside a name, not the end of one.
    const insideName = INSIDE_NAME_POSSESSIVE.test(word) && /^ \p{Lu}/u.test(text.slice(m.index + word.length, m.index + word.length + 2));
    if (POSSESSIVE.test(word) && word.length > 2 && !insideName) {
      word = word.slice(0, -2);
      possessive = true;
    }
    pushWord(tokens, segment, word, m.index, possessive);
  }
  for (let i = 0; i < tokens.length; i++) {
    const endOfWord = tokens[i].end - segment.start + (tokens[i].possessive ? 2 : 0);
    const nextStart = i + 1 < tokens.length ? tokens[i + 1].start - segment.start : text.length;
    tokens[i].gapAfter = text.slice(endOfWord, nextStart);
  }
  return tokens;
}

/** Adds one word found at `index` of the segment's text. */
function pushWord(tokens: Token[], segment: Segment, word: string, index: number, possessive: boolean): void {
  const letters = word.replace(/[^\p{L}]/gu, '');
  tokens.push({
    text: word,
    start: segment.start + index,
    end: segment.start + index + word.length,
    // "d'Ivoire", "l'Aquila", "al-Sisi": an article joined to a capital still starts a name word.
    cap: /^(?:[dl]['’]|(?:al|el|ad|as|ash|ibn|bin|ben)-)?\p{Lu}/u.test(word),
    upper: letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase(),
    possessive,
    gapAfter: '',
    index: tokens.length,
  });
}

/** The end of the run of capitalised words starting at word i, at most `max` long, joined by single spaces. */
export function capitalRunEnd(tokens: Token[], i: number, max: number): number {
  let to = i;
  while (to < tokens.length && to - i < max && tokens[to].cap && (to === i || isJoined(tokens, to - 1))) to++;
  return to;
}

/** True when word i and word i+1 belong to one phrase: only a single space between, no possessive. */
export function isJoined(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  return i + 1 < tokens.length && !t.possessive && t.gapAfter === ' ';
}
