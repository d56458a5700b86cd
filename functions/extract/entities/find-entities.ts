// People, places and organizations for one article. Each rule family is a small find step in its own
// folder; they run per segment (so the cost stays linear in the article's length) in order of
// confidence, claiming words as they go, then article-level passes use what the first pass found
// (short names joining full names, bare acronyms joining their expansion, list neighbours of places).
import type { Entity, EntityType } from '../types.ts';
import type { Segment } from '../segments.ts';
import { foldText, matchKey } from '../keys.ts';
import { claim, createState, isFree, spanText, type Candidate, type SegmentState } from './claims.ts';
import type { RuleSpan } from './model/features.ts';
import { COMPANY_TRADE_WORDS, LEGAL_FORMS, ORG_HEADS } from './titles.ts';
import { isFirstName, lookupTags } from './lexicon.ts';
import { isMostlyLowerCase } from './model/recognize-names.ts';
import { isDemonym, isNameStopWord } from './words.ts';
import { lookupPlace } from './places/gazetteer.ts';
import { mergeEntities, type Mention } from './merge-entities.ts';
import { tokenize, type Token } from './tokens.ts';
import { findTitledPeople } from './people/find-titled-people.ts';
import { findUntitledPeople } from './people/find-untitled-people.ts';
import { findAppositivePeople } from './people/find-appositive-people.ts';
import { isStormMention, isStormName, stormNamesOf } from './people/storm-names.ts';
import { findScorecardPlayers } from './people/find-scorecard-players.ts';
import { findBracketedNationals } from './people/find-bracketed-nationals.ts';
import { findOccupationPeople } from './people/find-occupation-people.ts';
import { stripHonorifics } from './people/strip-honorifics.ts';
import { buildAliasIndex, findAliasMentions, fullNamesOf, isAmbiguousAlias, nearestFullName, onlyFullNameWith, resolveAlias, type AliasIndex, type FullName } from './people/find-alias-mentions.ts';
import { findOrganizations } from './organizations/find-organizations.ts';
import { findDefinedAcronyms } from './organizations/find-defined-acronyms.ts';
import { findKnownOrganizations } from './organizations/find-known-organizations.ts';
import { findLegalForms } from './organizations/find-legal-forms.ts';
import { findAcronyms, initialsOf, type AcronymIndex } from './organizations/find-acronyms.ts';
import { findPlaces } from './places/find-places.ts';
import { findNestedPlaces } from './places/find-nested-places.ts';
import { findDatelines } from './places/find-datelines.ts';
import { findResultTeams } from './organizations/find-result-teams.ts';
import { findMatchTeams } from './organizations/find-match-teams.ts';
import { findNamedEmployers } from './organizations/find-named-employers.ts';
import { findKindExamples } from './organizations/find-kind-examples.ts';
import { findKindDescriptors } from './organizations/find-kind-descriptors.ts';
import { findLocativePlaces } from './places/find-locative-places.ts';
import { findPlacePairs, placePairParts } from './places/find-place-pairs.ts';
import { findContextPlaces, findPlacesBeforeTheirRegion, retypeListPlaces } from './places/find-context-places.ts';
import { recognizeNames } from './model/recognize-names.ts';
import { findHeadlineMentions } from './find-headline-mentions.ts';
import { unifyNameTypes } from './unify-name-types.ts';
import { retypeOrganizationPeople } from './retype-organization-people.ts';
import { findCoordinatedNames } from './find-coordinated-names.ts';
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
 * Which finders run: the rules (overriding and refining) with the learned recognizer reading all their
 * findings as features (the default); the recognizer alone (its rule features left empty); or the rules
 * alone. The article passes follow each. See model/MODEL_CARD.md for each on dev.
 */
export type EntityFinders = 'both' | 'model' | 'rules';

/** The rule families, in order of confidence. */
export const RULE_FAMILIES = {
  datelines: findDatelines,
  'result-teams': findResultTeams,
  'scorecard-players': findScorecardPlayers,
  'bracketed-nationals': findBracketedNationals,
  'titled-people': findTitledPeople,
  'legal-forms': findLegalForms,
  organizations: findOrganizations,
  'known-organizations': findKnownOrganizations,
  'defined-acronyms': findDefinedAcronyms,
  'nested-places': findNestedPlaces,
  places: findPlaces,
  'untitled-people': findUntitledPeople,
  'appositive-people': findAppositivePeople,
} satisfies Record<string, (state: SegmentState) => void>;
export type RuleFamily = keyof typeof RULE_FAMILIES;

/**
 * Rule families that shape what the recognizer confirms: their findings are taken only where the model
 * found the same type, with the rule's extent and key (chosen on dev, docs/ner-eval.md).
 */
export const REFINING_RULES: RuleFamily[] = ['places'];

/**
 * Rule families that run after the recognizer, on the words it left. None: places, untitled and
 * appositive people as fillers cost 0.011 overlap F1 on dev (their findings still reach the model as
 * features).
 */
export const FILLING_RULES: RuleFamily[] = [];

/** Rule families whose findings win over the recognizer's where they disagree (chosen on dev). */
export const OVERRIDING_RULES: RuleFamily[] = ['datelines', 'result-teams', 'scorecard-players', 'bracketed-nationals', 'titled-people', 'legal-forms', 'organizations', 'known-organizations', 'defined-acronyms'];

function runRules(state: SegmentState, families: readonly RuleFamily[] = Object.keys(RULE_FAMILIES) as RuleFamily[]): void {
  for (const family of families) RULE_FAMILIES[family](state);
}

/** Article passes: short names join full names, bare acronyms their expansion, list neighbours of places. */
function runArticlePasses(states: SegmentState[], rulesOnly: boolean): { aliases: AliasIndex; fullNames: FullName[]; acronyms: AcronymIndex } {
  // Before the aliases are built, so a list's place never lends its last word as a person's short name.
  if (!rulesOnly) for (const state of states) retypeListPlaces(state);
  // Before the short mentions are claimed: "von der Leyen" after "Ursula von der Leyen" is no full name.
  const fullNames = fullNamesOf(states);
  const aliases = buildAliasIndex(fullNames);
  const acronyms = buildAcronymIndex(states);
  for (const state of states) {
    findAliasMentions(state, aliases);
    // With the recognizer, an unknown word in capitals ("MATLAB", "CRISPR") is what the recognizer made
    // of it, not an organization by default (+0.003 overlap F1 on held-out dev).
    findAcronyms(state, acronyms, rulesOnly);
    if (rulesOnly) findContextPlaces(state);
    // "in Taylor, Texas": the recognizer leaves such names as often as it finds them (+0.001 place F1 on
    // both held-out dev halves).
    findPlacesBeforeTheirRegion(state);
  }
  return { aliases, fullNames, acronyms };
}

/** The rules' findings as typed document spans (what the recognizer reads as its 'rules' features). */
export function findRuleSpans(segments: Segment[]): RuleSpan[] {
  const states = segments.map((seg) => createState(tokenize(seg), seg.text, seg.start));
  for (const state of states) runRules(state);
  runArticlePasses(states, true);
  return states.flatMap((state) => state.candidates.map((c) => ({ type: c.type, start: state.tokens[c.from].start, end: state.tokens[c.to - 1].end })));
}

const ARTICLES = new Set(['the', 'a', 'an']);
/** Text ending in a locative preposition: what follows is used as a place ("in Honda", "near Toyota"). */
const AFTER_LOCATIVE = /\b(?:in|at|near|from|to|into|outside|around|across)\s+$/i;

/** The place candidate is written as a place: after a locative preposition, or before its region ("Durham, North Carolina"). */
function isUsedAsPlace(state: SegmentState, c: Candidate): boolean {
  if (AFTER_LOCATIVE.test(state.text.slice(0, state.tokens[c.from].start - state.offset))) return true;
  const next = state.owner[c.to];
  return state.tokens[c.to - 1].gapAfter === ', ' && next !== undefined && next !== -1 && state.candidates[next].type === 'place';
}

interface ShortForms {
  /** Short forms any capitalised mention may be: names without their legal form, first words that are no place. */
  names: Map<string, string>;
  /**
   * Short forms only a mention already typed an organization joins: first name words that are also
   * places ("Toyota" of "Toyota Motor Corp"), and names without their kind noun ("Labour" of "Labour
   * Party", "Golkar" of "Golkar Party"; null where two organizations share one).
   */
  orgOnly: Map<string, string | null>;
}

/** Organizations' names without their legal form ("pertamina" → the key of "PT Pertamina"), and their first name word. */
function organizationShortForms(states: SegmentState[]): ShortForms {
  const out = new Map<string, string>();
  const orgOnly = new Map<string, string | null>();
  const addOrgOnly = (form: string, key: string) => orgOnly.set(form, orgOnly.has(form) && orgOnly.get(form) !== key ? null : key);
  const statedAlone = new Set(states.flatMap((state) => state.candidates
    .filter((c) => c.stated && c.type === 'organization' && c.to - c.from === 1).map((c) => matchKey(spanText(state, c.from, c.to)))));
  for (const state of states) {
    for (const c of state.candidates) {
      if (c.type !== 'organization') continue;
      const key = c.key ?? matchKey(spanText(state, c.from, c.to));
      const headless = withoutKindNoun(state, c);
      if (headless) {
        if (isCompanyFirstWord(state, c)) out.set(headless, key);
        else addOrgOnly(headless, key);
      } else {
        // "Masan" of "Masan Group", "Tata" of "Tata Motors": a company named after a town, where a
        // mention typed an organization or read as the town but not used as a place joins it.
        const town = townCompanyName(state, c);
        if (town) addOrgOnly(town, key);
      }
      // "Vietnam Dairy Products JSC (Vinamilk)": the name in brackets after an organization is its short
      // name (in train and dev, 15 of the 22 such words are; the other 7 are its country, "(Japan)").
      const bracketed = bracketedShortName(state, c);
      if (bracketed) out.set(bracketed, key);
      // "Aramco" of "Saudi Aramco": a company's name after the demonym that opens it.
      // Only a mention typed an organization joins it ("Togoland" of "French Togoland" stays the place).
      const named = withoutDemonym(state, c);
      if (named) addOrgOnly(named, key);
      const words = state.tokens.slice(c.from, c.to).filter((t) => !LEGAL_FORMS.has(t.text.toLowerCase()));
      if (words.length === 0 || words.length === c.to - c.from) continue;
      // A leading article is no part of the short form: "The Slim Shady LP" must not make every "The" the album.
      while (words.length > 0 && ARTICLES.has(words[0].text.toLowerCase())) words.shift();
      if (words.length === 0) continue;
      out.set(matchKey(words.map((t) => t.text).join(' ')), key);
      // "Petronas Chemicals" of "Petronas Chemicals Group Bhd": without its legal form and its kind noun too.
      if (words.length > 2 && isKindOrTradeWord(words[words.length - 1])) addOrgOnly(matchKey(words.slice(0, -1).map((t) => t.text).join(' ')), key);
      // "Vale" after "PT Vale Indonesia Tbk": the company's first name word, when it is a name, and not
      // one the article names as an organization of its own ("national oil company Petronas" is not
      // "Petronas Chemicals Group Bhd").
      if (words.length > 1 && !isNameStopWord(words[0]) && !statedAlone.has(matchKey(words[0].text))) {
        if (lookupPlace(words[0].text)) addOrgOnly(matchKey(words[0].text), key);
        else out.set(matchKey(words[0].text), key);
      }
    }
  }
  return { names: out, orgOnly };
}

/** Every word of the candidate is a company's legal form ("Inc", "Ltd"). */
function isOnlyLegalForms(state: SegmentState, c: Candidate): boolean {
  return state.tokens.slice(c.from, c.to).every((t) => LEGAL_FORMS.has(t.text.toLowerCase().replace(/\.$/, '')));
}

/** An organization's kind noun ("Party", "Bank") or a company's trade word ("Industries", "Telecom"). */
function isKindOrTradeWord(t: Token): boolean {
  const w = t.text.toLowerCase();
  return ORG_HEADS.has(w) || COMPANY_TRADE_WORDS.has(w);
}

/**
 * "Labour" of "Labour Party", "DBS" of "DBS Group Holdings": the name without the kind nouns and trade
 * words that end it, when what is left is a name (no place, no common words).
 */
function withoutKindNoun(state: SegmentState, c: Candidate): string | undefined {
  let end = c.to;
  while (end > c.from + 1 && isKindOrTradeWord(state.tokens[end - 1])) end--;
  if (end === c.to) return undefined;
  const words = state.tokens.slice(c.from, end);
  while (words.length > 0 && ARTICLES.has(words[0].text.toLowerCase())) words.shift();
  if (words.length === 0 || words.some((t) => !t.cap || isNameStopWord(t))) return undefined;
  const text = words.map((t) => t.text).join(' ');
  return lookupPlace(text) ? undefined : matchKey(text);
}

/** The one capitalised word (no acronym, no place) in brackets right after an organization's name, as a key. */
function bracketedShortName(state: SegmentState, c: Candidate): string | undefined {
  const word = state.tokens[c.to];
  if (c.to - c.from < 2 || !word?.cap || word.upper || state.tokens[c.to - 1].gapAfter !== ' (' || !word.gapAfter.startsWith(')')) return undefined;
  return lookupPlace(word.text) ? undefined : matchKey(word.text);
}

/** The first of a company's two words when the second is a trade word ("Reliance Industries", "Masan Group"). */
function wordBeforeTradeWord(state: SegmentState, c: Candidate): Token | undefined {
  return c.to - c.from === 2 && COMPANY_TRADE_WORDS.has(state.tokens[c.to - 1].text.toLowerCase()) ? state.tokens[c.from] : undefined;
}

/** The town's name a company is named after, before a trade word ("Masan Group"), else undefined. */
function townCompanyName(state: SegmentState, c: Candidate): string | undefined {
  const word = wordBeforeTradeWord(state, c);
  return word?.cap && lookupPlace(word.text)?.kind === 'city' ? matchKey(word.text) : undefined;
}

/**
 * "Reliance" of "Reliance Industries": a company's one first word before a trade word, when it is a
 * name of its own (no word the training text writes in lower case more often, no adjective, first name
 * or place), is the company wherever the article writes it.
 */
function isCompanyFirstWord(state: SegmentState, c: Candidate): boolean {
  const word = wordBeforeTradeWord(state, c);
  return word !== undefined && !isMostlyLowerCase(word.text) && !/Adjective/.test(lookupTags(word.text)) && !isFirstName(word.text);
}

/**
 * "Aramco" of "Saudi Aramco": the words after a leading demonym, when they are a name of their own (no
 * kind noun, grammar or common word: "Vietnamese Embassy", "Japanese Foreign Ministry" keep theirs).
 */
function withoutDemonym(state: SegmentState, c: Candidate): string | undefined {
  if (c.to - c.from < 2 || !isDemonym(state.tokens[c.from])) return undefined;
  const rest = state.tokens.slice(c.from + 1, c.to);
  if (rest.some((t) => !t.cap || isNameStopWord(t) || isMostlyLowerCase(t.text) || LEGAL_FORMS.has(t.text.toLowerCase()))) return undefined;
  const text = rest.map((t) => t.text).join(' ');
  return lookupPlace(text) ? undefined : matchKey(text);
}

/**
 * The organization a person's or a place's mention is the short form of, or undefined: "Pertamina" after
 * "PT Pertamina", whatever type the statistics gave it (one entity per thing), and "Honda" after "Honda
 * Motor Co" read as the town, unless the text puts it as a place ("in Honda", "Durham, North Carolina").
 */
function shortFormOrganization(state: SegmentState, c: Candidate, text: string, textKey: string, shortForms: ShortForms): string | undefined {
  const named = shortForms.names.get(textKey);
  if (named || c.type !== 'place' || lookupPlace(text)?.kind !== 'city' || isUsedAsPlace(state, c)) return named;
  return shortForms.orgOnly.get(textKey) ?? undefined;
}

/**
 * Free capitalised words that are a company's short form in this article ("Vale expects …"); the
 * forms only a mention typed an organization joins (`orgOnly`) are claimed after a lower-case word only.
 */
function claimShortForms(state: SegmentState, shortForms: Map<string, string>, orgOnly: Map<string, string | null>): void {
  const { tokens } = state;
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i].cap || state.owner[i] !== -1) continue;
    for (const n of [2, 1]) {
      if (i + n > tokens.length || !isFree(state, i, i + n)) continue;
      if (n === 2 && (!tokens[i + 1].cap || tokens[i].gapAfter !== ' ')) continue;
      // "Reliance Retail" after "Reliance Industries": the start of another name, not the short form.
      if (n === 1 && tokens[i + 1]?.cap && tokens[i].gapAfter === ' ' && !tokens[i].possessive) continue;
      const form = matchKey(spanText(state, i, i + n));
      let key = shortForms.get(form);
      // "while Grab's shares were flat" after "Grab Holdings": a company's first word that is also an
      // English word is the company where it is capitalised after a lower-case word, unless it is a place.
      if (!key && n === 1 && isAfterLowerCaseWord(tokens, i) && !lookupPlace(tokens[i].text)) key = orgOnly.get(form) ?? undefined;
      if (key && claim(state, { type: 'organization', from: i, to: i + n, key })) { i += n - 1; break; }
    }
  }
}

/** Word i follows a lower-case word in its sentence ("while Grab's"), so its capital is its own. */
function isAfterLowerCaseWord(tokens: Token[], i: number): boolean {
  return i > 0 && /^\p{Ll}/u.test(tokens[i - 1].text) && tokens[i - 1].gapAfter === ' ';
}

/** The one longer person key that ends with `key` (word-aligned), else undefined (ambiguous or none). */
function longerNameEnding(keys: string[], key: string): string | undefined {
  const longer = keys.filter((k) => k.length > key.length && k.endsWith(` ${key}`));
  return longer.length === 1 ? longer[0] : undefined;
}

/** Finds the people, places and organizations of one article from its segments. */
export function findEntities(segments: Segment[], finders: EntityFinders = 'both', overrides: readonly RuleFamily[] = OVERRIDING_RULES,
  refiners: readonly RuleFamily[] = REFINING_RULES, fillers: readonly RuleFamily[] = FILLING_RULES): EntitiesByType {
  const states = segments.map((seg) => createState(tokenize(seg), seg.text, seg.start));
  if (finders === 'rules') {
    for (const state of states) { findPlacePairs(state); runRules(state); }
  } else {
    const ruleSpans = finders === 'both' ? findRuleSpans(segments) : [];
    const names = recognizeNames(segments, ruleSpans);
    for (const state of states) {
      // Before every other claim: "Vientiane-Hà Nội expressway" would otherwise be read as two names
      // cut at the wrong word.
      findPlacePairs(state);
      let refinements: Candidate[] = [];
      if (finders === 'both') {
        runRules(state, overrides);
        // The refining rules run on a scratch copy (they see what is claimed but claim nothing).
        const scratch: SegmentState = { ...state, owner: [...state.owner], candidates: [...state.candidates] };
        runRules(scratch, refiners.filter((f) => !overrides.includes(f)));
        refinements = scratch.candidates.slice(state.candidates.length);
      }
      claimModelNames(state, names, refinements, ruleSpans);
      if (finders === 'both') runRules(state, fillers.filter((f) => !overrides.includes(f)));
      if (!overrides.includes('nested-places')) findNestedPlaces(state);
    }
  }
  // On the words the recognizer left, once its people are known ("Commerzbank economist Peter Pietsch").
  for (const state of states) {
    stripHonorifics(state);
    findNamedEmployers(state);
    findKindExamples(state);
    findKindDescriptors(state);
    if (finders !== 'rules') findLocativePlaces(state);
    findOccupationPeople(state);
  }
  const { aliases, fullNames, acronyms } = runArticlePasses(states, finders === 'rules');
  // After the people are known, so a player's surname in a tennis report stays a person. Not a rule
  // feature of the recognizer: a match report's teams are decided by the report, not by the statistics.
  findMatchTeams(states, fullNames);
  for (const state of states) findCoordinatedNames(state);
  findHeadlineMentions(states, aliases);

  unifyNameTypes(states);
  retypeOrganizationPeople(states);
  const shortForms = organizationShortForms(states);
  if (finders !== 'rules') for (const state of states) claimShortForms(state, shortForms.names, shortForms.orgOnly);
  const personKeys = [...new Set(states.flatMap((state) => state.candidates.filter((c) => c.type === 'person').map((c) => matchKey(spanText(state, c.from, c.to)))))];
  const storms = stormNamesOf(segments.map((s) => s.text).join('\n'));
  const mentions: Record<EntityType, Mention[]> = { person: [], place: [], organization: [] };
  for (const state of states) {
    for (const c of state.candidates) {
      const text = spanText(state, c.from, c.to);
      // "Inc" left of "SK hynix Inc." once "SK" is claimed: a legal form alone names no company.
      if (c.type === 'organization' && isOnlyLegalForms(state, c)) continue;
      // A storm is no entity: "Storm Boris" and its bare "Boris" are no person, "Storm Daniel" no organization.
      if (storms.size > 0 && (c.type === 'person' ? isStormMention(text, storms) : isStormName(text))) continue;
      // "US-China", "Việt Nam-Kazakhstan": each place a hyphen joins is a mention of that place.
      const parts = c.type === 'place' && c.placePair ? placePairParts(text, state.tokens[c.from].start) : null;
      if (parts) {
        for (const part of parts) mentions.place.push({ key: part.key, span: { text: part.text, start: part.start, end: part.end } });
        continue;
      }
      const textKey = matchKey(text);
      let key = c.key;
      if (!key && c.type === 'person' && c.to - c.from === 1) {
        // The recognizer's bare "An" after "Nguyen Van An" and "Tran Van An" is one of them, not a third
        // person: the one named last before it, as a reader takes it (one entity per thing).
        const word = state.tokens[c.from];
        key = isAmbiguousAlias(aliases, word) ? nearestFullName(fullNames, foldText(word.text), word.start) : resolveAlias(aliases, word);
        // A person the recognizer found by a middle word of one full name is that person ("Lula", "Lacalle").
        key ??= onlyFullNameWith(fullNames, foldText(word.text));
      }
      // "Von der Leyen" after "Ursula von der Leyen": a shorter name that ends the one longer name.
      if (!key && c.type === 'person' && c.to - c.from >= 2) key = longerNameEnding(personKeys, textKey);
      // A bare acronym the recognizer typed joins the organization it abbreviates.
      if (!key && c.type === 'organization' && c.to - c.from === 1 && state.tokens[c.from].upper) key = acronyms.get(state.tokens[c.from].text);
      // "Pertamina" the recognizer found on its own after "PT Pertamina" is the same company.
      // "Toyota" in the headline, "Toyota Motor Corp" in the body: a first word that is also a city joins
      // only when the mention was typed an organization already.
      if (!key && c.type === 'organization') key = shortForms.names.get(textKey) ?? shortForms.orgOnly.get(textKey) ?? undefined;
      key ??= textKey;
      if (!key) continue;
      const first = state.tokens[c.from];
      const organization = c.type === 'organization' ? undefined : shortFormOrganization(state, c, text, textKey, shortForms);
      if (organization) {
        mentions.organization.push({ key: organization, span: { text, start: first.start, end: state.tokens[c.to - 1].end } });
        continue;
      }
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
