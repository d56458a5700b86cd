// A person whose first word opens an organization of the same article is that organization: the
// recognizer reads two unknown capitalised words as a person's ("Yonhap Infomax" beside "Yonhap News
// Agency", "Hutchison Essar" beside "Hutchison Whampoa"), unless the word is a known given name
// ("Tata Sons" and "Tata Steel" are companies, but "Henry Ford" beside "Ford Motor" is a person) or the
// organization is named after the person ("Dante Alighieri" of the "Dante Alighieri Society"). So is
// a one-word person that is an organization's name without its kind noun ("Morena" beside "the ruling
// Morena party"), unless a person of the article bears the word ("Carter" beside "Jimmy Carter" and the
// "Carter Center").
import { retypeCandidate, spanText, type SegmentState } from './claims.ts';
import { isFirstName } from './lexicon.ts';
import { matchKey } from '../keys.ts';
import { ORG_HEADS } from './titles.ts';

/**
 * Retypes as organizations the people of two or more words that start with an organization's first
 * word, and the one-word people that are an organization's name without its kind noun ("Morena" of the
 * "Morena party") where no person of the article bears that word.
 */
export function retypeOrganizationPeople(states: SegmentState[]): void {
  const firstWords = new Set<string>();
  // Every organization's leading words ("dante alighieri" of "dante alighieri society"), looked up once per person.
  const leadingWords = new Set<string>();
  const headless = new Set<string>();
  const personWords = new Set<string>();
  for (const state of states) {
    for (const c of state.candidates) {
      if (c.type === 'person' && c.to - c.from > 1) for (let i = c.from; i < c.to; i++) personWords.add(matchKey(state.tokens[i].text));
      if (c.type !== 'organization') continue;
      firstWords.add(state.tokens[c.from].text);
      const words = matchKey(spanText(state, c.from, c.to)).split(' ');
      for (let n = 1; n < words.length; n++) leadingWords.add(words.slice(0, n).join(' '));
      if (c.to - c.from >= 2 && ORG_HEADS.has(state.tokens[c.to - 1].text.toLowerCase())) headless.add(matchKey(spanText(state, c.from, c.to - 1)));
    }
  }
  for (const state of states) {
    for (const c of state.candidates) {
      if (c.type === 'person' && c.to - c.from === 1) {
        const key = matchKey(spanText(state, c.from, c.to));
        if (headless.has(key) && !personWords.has(key) && !isFirstName(state.tokens[c.from].text)) retypeCandidate(c, 'organization');
        continue;
      }
      if (c.type !== 'person' || c.to - c.from < 2) continue;
      const first = state.tokens[c.from].text;
      if (!firstWords.has(first) || isFirstName(first)) continue;
      const key = matchKey(spanText(state, c.from, c.to));
      if (leadingWords.has(key)) continue;
      retypeCandidate(c, 'organization');
    }
  }
}
