// One entity per thing: a name the article writes several times is one thing, but the recognizer
// types each mention from its own sentence ("Tinkoff" a place here, an organization there). The type
// most of its mentions have wins; a tie is left as it is (+0.002 / +0.001 overlap F1 on the two
// held-out dev halves; the first mention's type breaking ties scored lower), but for a person and an
// organization. A mention whose sentence says what the name is ("ride-hailing firm Gojek") outweighs
// the votes: the recognizer typed the others from the look of one unknown word.
import { retypeCandidate, spanText, type SegmentState } from './claims.ts';
import { matchKey } from '../keys.ts';
import type { EntityType } from '../types.ts';
import { lookupPlace } from './places/gazetteer.ts';

/** Retypes the minority mentions of every name written with more than one type. */
export function unifyNameTypes(states: SegmentState[]): void {
  const votes = new Map<string, Map<EntityType, number>>();
  const stated = new Map<string, Set<EntityType>>();
  for (const state of states) {
    for (const c of state.candidates) {
      const name = matchKey(spanText(state, c.from, c.to));
      const counts = votes.get(name) ?? new Map<EntityType, number>();
      counts.set(c.type, (counts.get(c.type) ?? 0) + 1);
      votes.set(name, counts);
      if (c.stated) stated.set(name, (stated.get(name) ?? new Set<EntityType>()).add(c.type));
    }
  }
  for (const state of states) {
    for (const c of state.candidates) {
      const text = spanText(state, c.from, c.to);
      const name = matchKey(text);
      const counts = votes.get(name)!;
      if (counts.size < 2) continue;
      const said = stated.get(name);
      let type: EntityType;
      if (said?.size === 1) type = [...said][0];
      else {
        const [first, second] = [...counts].sort((a, b) => b[1] - a[1]);
        // "Moody's cuts …" read as a person, "an analyst at Moody's" as the company: between a person and
        // an organization, a tie goes to the organization, which only evidence in a sentence gives a name
        // that looks like a person's (+4 / −2 names on the two held-out dev halves).
        const personOrOrganization = counts.size === 2 && counts.has('person') && counts.has('organization');
        if (first[1] === second[1] && !personOrOrganization) continue;
        type = first[1] === second[1] ? 'organization' : first[0];
      }
      if (c.type === type) continue;
      // A place keeps the gazetteer's canonical key, as the recognizer's places do.
      retypeCandidate(c, type, type === 'place' ? lookupPlace(text)?.key : undefined);
    }
  }
}
