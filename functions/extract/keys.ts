// One key per real-world thing: `Việt Nam`, `Viet Nam` and `Vietnam` all fold to `vietnam`. The table
// stores entities under this key and the query tool folds user input the same way, so this function
// is part of the contract: change it only together with a migration.

/** Folds case, diacritics (đ included), possessives and punctuation; drops a leading "the". */
export function foldText(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/giu, 'd')
    .toLowerCase()
    .replace(/['’`]s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');
}

/**
 * The canonical entity key. Beyond foldText, spaces inside a name are dropped when the words are all
 * short syllables (Vietnamese place names are written both split and joined: `Viet Nam`/`Vietnam`,
 * `Ha Noi`/`Hanoi`), so both spellings meet. Hyphens and spaces otherwise stay as one space.
 */
export function entityKey(name: string): string {
  const folded = foldText(name);
  const words = folded.split(' ');
  if (words.length === 2 && words.every((w) => w.length <= 4 && /^\p{L}+$/u.test(w))) {
    return words.join('');
  }
  return folded;
}
