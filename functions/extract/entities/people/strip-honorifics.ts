// Honorifics stand before a name as titles do, Malaysian ("Datuk Seri Anwar Ibrahim", "Tan Sri
// Muhyiddin Yassin", "Dato' Sri Najib Razak"), Indian ("Shri Narendra Modi", "Smt. Nirmala
// Sitharaman") and Thai ("Khun Srettha"), but they are no part of it: the person is "Anwar
// Ibrahim", whom later mentions call "Anwar". The recognizer reads them as given names, since the
// corpora hold almost none. "Tan" and "Sri" alone are names too ("Tan Su Shan", "Sri Mulyani
// Indrawati"), so they count only inside an honorific ("Tan Sri", "Datuk Seri").
import { resizeCandidate, type SegmentState } from '../claims.ts';
import type { Token } from '../tokens.ts';

/** Honorifics of one word, and the first words of two-word ones with the second words they take. */
const SINGLE = new Set(['datuk', 'dato', 'datin', 'tun', 'shri', 'shrimati', 'smt', 'khun']);
const PAIRS: Record<string, string[]> = { datuk: ['seri'], dato: ['sri', 'seri'], datin: ['seri', 'paduka'], tan: ['sri'], puan: ['sri'], toh: ['puan'] };
/** An academic or professional title that may follow the honorific ("Tun Dr Mahathir Mohamad"). */
const AFTER = new Set(['dr', 'ir', 'haji', 'hajah']);

/** The words joined to word i: a space, or an apostrophe and a space ("Dato' Sri"), or a full stop after "Dr". */
const joined = (t: Token) => /^['’]?\.?\s$/u.test(t.gapAfter);

/** How many words of an honorific start at word i (0 when none, or when no name follows). */
export function honorificLength(tokens: Token[], i: number): number {
  const w = tokens[i]?.text.toLowerCase();
  if (!w || !tokens[i].cap) return 0;
  let n = 0;
  const second = tokens[i + 1]?.text.toLowerCase();
  if (PAIRS[w]?.includes(second ?? '') && joined(tokens[i])) n = 2;
  else if (SINGLE.has(w)) n = 1;
  if (n === 0) return 0;
  if (AFTER.has(tokens[i + n]?.text.toLowerCase() ?? '') && joined(tokens[i + n - 1])) n++;
  // A name must follow: "Datuk" alone is a title without its person.
  return tokens[i + n]?.cap && joined(tokens[i + n - 1]) ? n : 0;
}

/** Drops a leading honorific from every person of the segment (claimModelNames claims no person that is only one). */
export function stripHonorifics(state: SegmentState): void {
  for (let id = 0; id < state.candidates.length; id++) {
    const c = state.candidates[id];
    if (c.type !== 'person') continue;
    // The honorific may start one word before the person ("Tan" left out of "Tan Sri Muhyiddin Yassin").
    const before = c.from > 0 && state.owner[c.from - 1] === -1 ? honorificLength(state.tokens, c.from - 1) - 1 : 0;
    const n = before > 0 ? before : honorificLength(state.tokens, c.from);
    if (n <= 0 || c.from + n >= c.to) continue;
    resizeCandidate(state, id, c.from + n, c.to);
  }
}
