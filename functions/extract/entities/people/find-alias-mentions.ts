// A later short mention of a person joins the full name's entity: "Tokayev" → "Kassym-Jomart
// Tokayev", "Lâm" → "Tô Lâm", "Ambassador Mai" → "Pham Thai Nhu Mai" (Vietnamese usage calls people by
// the given name, which is written last). A word shared by two people in the article is ambiguous and
// left alone.
import { claim, type SegmentState } from '../claims.ts';
import { foldText } from '../../keys.ts';
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

export function buildAliasIndex(fullNames: Array<{ key: string; words: string[] }>): AliasIndex {
  const index: AliasIndex = new Map();
  for (const { key, words } of fullNames) {
    for (const w of aliasWordsOf(words)) {
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
