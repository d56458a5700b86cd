// People, places and organizations for one article. Each rule family is a small find step in its own
// folder; they run per segment (so the cost stays linear in the article's length) in order of
// confidence, claiming words as they go, then article-level passes use what the first pass found
// (short names joining full names, bare acronyms joining their expansion, list neighbours of places).
import type { Entity, EntityType } from '../types.ts';
import type { Segment } from '../segments.ts';
import { matchKey } from '../keys.ts';
import { createState, spanText, type SegmentState } from './claims.ts';
import type { RuleSpan } from './model/features.ts';
import { mergeEntities, type Mention } from './merge-entities.ts';
import { tokenize } from './tokens.ts';
import { findTitledPeople } from './people/find-titled-people.ts';
import { findUntitledPeople } from './people/find-untitled-people.ts';
import { findAppositivePeople } from './people/find-appositive-people.ts';
import { buildAliasIndex, findAliasMentions, resolveAlias } from './people/find-alias-mentions.ts';
import { findOrganizations } from './organizations/find-organizations.ts';
import { findDefinedAcronyms } from './organizations/find-defined-acronyms.ts';
import { findKnownOrganizations } from './organizations/find-known-organizations.ts';
import { findAcronyms, initialsOf, type AcronymIndex } from './organizations/find-acronyms.ts';
import { findPlaces } from './places/find-places.ts';
import { findNestedPlaces } from './places/find-nested-places.ts';
import { findContextPlaces } from './places/find-context-places.ts';
import { recognizeNames } from './model/recognize-names.ts';
import { claimModelNames } from './model/claim-model-names.ts';

export type EntitiesByType = Record<'people' | 'places' | 'organizations', Entity[]>;

/** Acronyms defined in parentheses, and initials of every multi-word organization, to their keys. */
function buildAcronymIndex(states: SegmentState[]): AcronymIndex {
  const index: AcronymIndex = new Map();
  const fromInitials: AcronymIndex = new Map();
  for (const state of states) {
    for (const c of state.candidates) {
      if (c.type !== 'organization' || c.to - c.from < 2) continue;
      const key = c.key ?? matchKey(spanText(state, c.from, c.to));
      if (c.acronym !== undefined) index.set(state.tokens[c.acronym].text, key);
      const initials = initialsOf(spanText(state, c.from, c.to));
      if (initials.length >= 2 && !fromInitials.has(initials)) fromInitials.set(initials, key);
    }
  }
  for (const [acronym, key] of fromInitials) if (!index.has(acronym)) index.set(acronym, key);
  return index;
}

/**
 * Which finders run: the learned recognizer reading the rules' findings as features, then the article
 * passes (the default); the recognizer alone; or the rules alone. See docs/ner-eval.md for each on dev.
 */
export type EntityFinders = 'both' | 'model' | 'rules';

/** The rule families, in order of confidence, on one segment. */
function runRules(state: SegmentState): void {
  findTitledPeople(state);
  findOrganizations(state);
  findKnownOrganizations(state);
  findDefinedAcronyms(state);
  findNestedPlaces(state);
  findPlaces(state);
  findUntitledPeople(state);
  findAppositivePeople(state);
}

/** Article passes: short names join full names, bare acronyms their expansion, list neighbours of places. */
function runArticlePasses(states: SegmentState[], contextPlaces: boolean): { aliases: ReturnType<typeof buildAliasIndex>; acronyms: AcronymIndex } {
  const fullNames = states.flatMap((state) => state.candidates
    .filter((c) => c.type === 'person' && c.to - c.from >= 2)
    .map((c) => ({ key: matchKey(spanText(state, c.from, c.to)), words: state.tokens.slice(c.from, c.to).map((t) => t.text) })));
  const aliases = buildAliasIndex(fullNames);
  const acronyms = buildAcronymIndex(states);
  for (const state of states) {
    findAliasMentions(state, aliases);
    findAcronyms(state, acronyms);
    if (contextPlaces) findContextPlaces(state);
  }
  return { aliases, acronyms };
}

/** The rules' findings as typed document spans (what the recognizer reads as its 'rules' features). */
export function findRuleSpans(segments: Segment[]): RuleSpan[] {
  const states = segments.map((seg) => createState(tokenize(seg), seg.text, seg.start));
  for (const state of states) runRules(state);
  runArticlePasses(states, true);
  return states.flatMap((state) => state.candidates.map((c) => ({ type: c.type, start: state.tokens[c.from].start, end: state.tokens[c.to - 1].end })));
}

/** Finds the people, places and organizations of one article from its segments. */
export function findEntities(segments: Segment[], finders: EntityFinders = 'both'): EntitiesByType {
  const states = segments.map((seg) => createState(tokenize(seg), seg.text, seg.start));
  if (finders === 'rules') {
    for (const state of states) runRules(state);
  } else {
    const names = recognizeNames(segments, finders === 'both' ? findRuleSpans(segments) : []);
    for (const state of states) {
      claimModelNames(state, names);
      findNestedPlaces(state);
    }
  }
  const { aliases, acronyms } = runArticlePasses(states, finders === 'rules');

  const mentions: Record<EntityType, Mention[]> = { person: [], place: [], organization: [] };
  for (const state of states) {
    for (const c of state.candidates) {
      const text = spanText(state, c.from, c.to);
      let key = c.key;
      if (!key && c.type === 'person' && c.to - c.from === 1) key = resolveAlias(aliases, state.tokens[c.from]);
      // A bare acronym the recognizer typed joins the organization it abbreviates.
      if (!key && c.type === 'organization' && c.to - c.from === 1 && state.tokens[c.from].upper) key = acronyms.get(state.tokens[c.from].text);
      key ??= matchKey(text);
      if (!key) continue;
      const first = state.tokens[c.from];
      mentions[c.type].push({ key, span: { text, start: first.start, end: state.tokens[c.to - 1].end } });
      if (c.acronym !== undefined) {
        const a = state.tokens[c.acronym];
        mentions[c.type].push({ key, span: { text: a.text, start: a.start, end: a.end } });
      }
    }
  }
  return {
    people: mergeEntities(mentions.person),
    places: mergeEntities(mentions.place),
    organizations: mergeEntities(mentions.organization),
  };
}
