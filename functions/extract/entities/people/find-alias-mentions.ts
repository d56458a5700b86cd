// A later short mention of a person joins the full name's entity: "Tokayev" → "Kassym-Jomart
// Tokayev", "Lâm" → "Tô Lâm", "Ambassador Mai" → "Pham Thai Nhu Mai" (Vietnamese usage calls people by
// the given name, which is written last). A word shared by two people in the article is ambiguous and
// left alone.
import { claim, spanText, type SegmentState } from '../claims.ts';
import { foldText, matchKey } from '../../keys.ts';
import { lookupTags } from '../lexicon.ts';
import type { Token } from '../tokens.ts';
import { isNameWord, NAME_PARTICLES } from '../words.ts';

/** Maps a folded name word to the key of the one full name it ends (or starts); null when ambiguous. */
export type AliasIndex = Map<string, string | null>;

/** The folded words of a full name that a short mention may be: its last word, and its first (family name first). */
export function aliasWordsOf(words: string[]): string[] {
  if (words.length < 2) return [];
  const out = [foldText(words[words.length - 1])];
  // The family name written first (Chinese, Korean, Kazakh order: "Xi Jinping", "Zhakupov Kabibolla"),
  // unless it is also a grammar word ("To" in "To Lam", "Le" in "Le Khanh Hai") that a sentence uses.
  if (!/Determiner|Preposition|Conjunction|Pronoun|QuestionWord|Modal|Copula|Adverb/.test(lookupTags(words[0]))) out.push(foldText(words[0]));
  return out.filter((w) => w.length >= 2);
}

/** A person of the article written with two or more words. */
export interface FullName {
  key: string;
  start: number;
  /** The folded words a short mention of this name may be (aliasWordsOf). */
  aliasWords: string[];
  /** Every folded word of the name but particles ("da", "von"). */
  words: string[];
}

/** The people the article names with two or more words, in text order. */
export function fullNamesOf(states: SegmentState[]): FullName[] {
  return states.flatMap((state) => state.candidates.filter((c) => c.type === 'person' && c.to - c.from >= 2).map((c) => {
    const tokens = state.tokens.slice(c.from, c.to);
    return {
      key: matchKey(spanText(state, c.from, c.to)),
      start: tokens[0].start,
      aliasWords: aliasWordsOf(tokens.map((t) => t.text)),
      words: tokens.filter((t) => !NAME_PARTICLES.has(t.text.toLowerCase())).map((t) => foldText(t.text)),
    };
  })).sort((a, b) => a.start - b.start);
}

/** The one full name that holds `word` anywhere ("Lula" of "Luiz Inácio Lula da Silva"), else undefined. */
export function onlyFullNameWith(names: FullName[], word: string): string | undefined {
  const keys = new Set(names.filter((n) => n.words.includes(word)).map((n) => n.key));
  return keys.size === 1 ? [...keys][0] : undefined;
}

/** Of the full names a shared word may stand for, the last one written before it (else the first after it). */
export function nearestFullName(names: FullName[], word: string, start: number): string | undefined {
  const fitting = names.filter((n) => n.aliasWords.includes(word));
  return (fitting.filter((n) => n.start < start).pop() ?? fitting[0])?.key;
}

export function buildAliasIndex(fullNames: FullName[]): AliasIndex {
  const index: AliasIndex = new Map();
  for (const { key, aliasWords } of fullNames) {
    for (const w of aliasWords) {
      const seen = index.get(w);
      index.set(w, seen === undefined || seen === key ? key : null);
    }
  }
  return index;
}

/** The key of the full name a single word refers to, if exactly one. */
export function resolveAlias(index: AliasIndex, word: Token): string | undefined {
  return index.get(foldText(word.text)) ?? undefined;
}

/** A single word two full names of the article share ("An" after "Nguyen Van An" and "Tran Van An"). */
export function isAmbiguousAlias(index: AliasIndex, word: Token): boolean {
  return index.get(foldText(word.text)) === null;
}

/** Claims unclaimed single name words that match a full name in the article. */
export function findAliasMentions(state: SegmentState, index: AliasIndex): void {
  const { tokens } = state;
  for (let i = 0; i < tokens.length; i++) {
    if (state.owner[i] !== -1 || !isNameWord(tokens[i])) continue;
    // Part of a longer capitalised run ("Tokayev Street"): not a bare mention.
    if (tokens[i + 1]?.cap && tokens[i].gapAfter === ' ' && !tokens[i].possessive) continue;
    if (tokens[i - 1]?.cap && tokens[i - 1].gapAfter === ' ' && !tokens[i - 1].possessive
      && !NAME_PARTICLES.has(tokens[i - 1].text.toLowerCase())) continue;
    const key = resolveAlias(index, tokens[i]);
    if (!key) continue;
    // "Von der Leyen": the particles written before the family name belong to the mention.
    let from = i;
    while (from > 0 && state.owner[from - 1] === -1 && NAME_PARTICLES.has(tokens[from - 1].text.toLowerCase()) && tokens[from - 1].gapAfter === ' ') from--;
    claim(state, { type: 'person', from, to: i + 1, key });
  }
}
