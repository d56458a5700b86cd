// A person whose first word opens an organization of the same article is that organization: the
// recognizer reads two unknown capitalised words as a person's ("Yonhap Infomax" beside "Yonhap News
// Agency", "Hutchison Essar" beside "Hutchison Whampoa"), unless the word is a known given name
// ("Tata Sons" and "Tata Steel" are companies, but "Henry Ford" beside "Ford Motor" is a person) or the
// organization is named after the person ("Dante Alighieri" of the "Dante Alighieri Society").
import { retypeCandidate, spanText, type SegmentState } from './claims.ts';
import { isFirstName } from './lexicon.ts';
import { matchKey } from '../keys.ts';

/** Retypes as organizations the people of two or more words that start with an organization's first word. */
export function retypeOrganizationPeople(states: SegmentState[]): void {
  const firstWords = new Set<string>();
  const organizations: string[] = [];
  for (const state of states) {
    for (const c of state.candidates) {
      if (c.type !== 'organization') continue;
      firstWords.add(state.tokens[c.from].text);
      organizations.push(matchKey(spanText(state, c.from, c.to)));
    }
  }
  for (const state of states) {
    for (const c of state.candidates) {
      if (c.type !== 'person' || c.to - c.from < 2) continue;
      const first = state.tokens[c.from].text;
      if (!firstWords.has(first) || isFirstName(first)) continue;
      const key = matchKey(spanText(state, c.from, c.to));
      if (organizations.some((o) => o.startsWith(`${key} `))) continue;
      retypeCandidate(c, 'organization');
    }
  }
}
