// One key per real-world thing: `Việt Nam`, `Viet Nam` and `Vietnam` all fold to `vietnam`. The table
// stores entities under this key and the query tool folds user input the same way, so this function
// is part of the contract: change it only together with a migration.

/** Folds case, diacritics (đ included), possessives and punctuation; drops a leading "the". */
export function foldText(value: string): string {
  return foldWords(value).replace(/^the /, '');
}

function foldWords(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/giu, 'd')
    .toLowerCase()
    .replace(/['’`]s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A hyphen between two letters or digits: part of the word ("Kassym-Jomart", "Guinea-Bissau"). */
const INNER_HYPHEN = /(?<=[\p{L}\p{M}\p{N}])[-\u2010\u2011](?=[\p{L}\p{N}])/gu;

/** Drops the spaces of a two-word name of short syllables (see entityKey). */
function joinSyllables(folded: string): string {
  const words = folded.split(' ');
  if (words.length === 2 && words.every((w) => w.length <= 4 && /^\p{L}+$/u.test(w))) return words.join('');
  return folded;
}

/**
 * The canonical entity key (the contract's `key`). Beyond foldText, spaces inside a name are dropped
 * when the words are all short syllables (Vietnamese place names are written both split and joined:
 * `Viet Nam`/`Vietnam`, `Ha Noi`/`Hanoi`), so both spellings meet; a hyphen inside a word stays, as in
 * the contract's `kassym-jomart tokayev`. Other punctuation becomes one space.
 */
export function entityKey(name: string): string {
  const parts = name.split(INNER_HYPHEN).map(foldWords).filter(Boolean);
  return joinSyllables(parts.join('-').replace(/^the /, ''));
}

/**
 * entityKey with hyphens read as spaces, so `Kassym-Jomart` and `Kassym Jomart` match: what the
 * extractor groups mentions and looks names up by (the tokenizer may split a hyphenated word, and
 * writers are not consistent), and the extra lookup key the table stores for a hyphenated name.
 */
export function matchKey(name: string): string {
  return joinSyllables(foldText(name));
}
