// Bare acronyms: "IAEA" after "International Atomic Energy Agency (IAEA)", "CPV" after "Communist Party
// of Vietnam", "UN" after "United Nations", or on their own when written as an organization's acronym
// ("the UN", "ASEAN’s stance", or one compromise knows as an organization).
import { claim, type SegmentState } from '../claims.ts';
import { lookupTags } from '../lexicon.ts';
import { lookupPlaceAbbreviation } from '../places/gazetteer.ts';
import type { Token } from '../tokens.ts';
import { lower } from '../words.ts';
import { COMMON_ACRONYMS } from '../titles.ts';

/** Initials of a name's capitalised words: "Communist Party of Vietnam" → "CPV". */
export function initialsOf(name: string): string {
  return name.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0].toUpperCase()).join('');
}

/** Acronym → organization key, from definitions "(IAEA)" and the initials of names in the article. */
export type AcronymIndex = Map<string, string>;

function inShoutedText(tokens: Token[], i: number): boolean {
  return Boolean(tokens[i - 1]?.upper && tokens[i - 1].gapAfter.length < 3) || Boolean(tokens[i + 1]?.upper && tokens[i].gapAfter.length < 3);
}

/**
 * Claims bare acronyms the index knows, and acronyms compromise knows as organizations. `claimUnknown`
 * also claims any other unknown word in capitals after "the" or of four letters or more: right for the
 * rules alone, but with the recognizer it made "MATLAB" and "CRISPR" organizations the recognizer had
 * rightly left alone.
 */
export function findAcronyms(state: SegmentState, index: AcronymIndex, claimUnknown = true): void {
  const { tokens } = state;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t.upper || state.owner[i] !== -1 || /\d/.test(t.text) || t.text.length > 8) continue;
    if (lookupPlaceAbbreviation(t.text)) continue;
    const known = index.get(t.text);
    if (known) { claim(state, { type: 'organization', from: i, to: i + 1, key: known }); continue; }
    if (inShoutedText(tokens, i) || COMMON_ACRONYMS.has(t.text)) continue;
    const tags = lookupTags(t.text);
    const afterThe = i > 0 && lower(tokens[i - 1]) === 'the' && tokens[i - 1].gapAfter === ' ';
    // An acronym that compromise knows as something else (a currency, a unit) is not an organization.
    if (/Organization/.test(tags) || (claimUnknown && !tags && (afterThe || t.text.length >= 4))) {
      claim(state, { type: 'organization', from: i, to: i + 1 });
    }
  }
}
