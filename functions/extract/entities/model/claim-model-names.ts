// Hands the recognizer's spans to the entity pipeline as claimed candidates on the rules' word tokens,
// so merging, aliases, acronyms, nested places and the one-entity-per-thing rule apply to them as to
// any rule's finding. A parenthesised acronym right after a name becomes that name's
// acronym ("International Atomic Energy Agency (IAEA)" is one entity). Refinements are
// rule findings the model must confirm: they are taken only where the model found the same type.
import { eng } from 'stopword';
import type { EntityType } from '../../types.ts';
import { candidateAt, claim, retypeCandidate, type Candidate, type SegmentState } from '../claims.ts';
import { isEnglishWord, isFirstName, isKnownOrganization, lookupPhraseTags, lookupTags } from '../lexicon.ts';
import { DEMONYMS, lookupPlace, lookupPlaceAbbreviation } from '../places/gazetteer.ts';
import type { Token } from '../tokens.ts';
import { isCurrencyName } from '../../money/currencies.ts';
import { honorificLength } from '../people/strip-honorifics.ts';
import { isDemonym, isNameStopWord, NAME_PARTICLES } from '../words.ts';
import { isMostlyLowerCase, type NameSpan } from './recognize-names.ts';
import { COMMON_ACRONYMS, COMPANY_NAME_ENDINGS, COMPASS_WORDS, DOCUMENT_WORDS, EVENT_WORDS, LEGISLATURE_HEADS, NATURAL_FEATURE_HEADS, ORG_HEADS, PLACE_HEADS, ROLE_WORDS, WEAK_ORG_HEADS } from '../titles.ts';
import type { RuleSpan } from './features.ts';

const TYPE_OF: Record<NameSpan['type'], EntityType> = { PER: 'person', LOC: 'place', ORG: 'organization' };

/** The rule tokens lying wholly inside [start, end), as [from, to), or null when there are none. */
function tokenRange(state: SegmentState, start: number, end: number): [number, number] | null {
  let from = -1;
  let to = -1;
  for (let i = 0; i < state.tokens.length; i++) {
    const t = state.tokens[i];
    // A span that ends at an inner hyphen before a capital ends the whole word ("Timor" of "Timor-Leste");
    // before a lower-case part it does not ("Kai" of "Kai-shek"; "US-based" is two words already).
    const wholeWord = t.start >= start && t.end > end && t.start < end && /^[-‐‑]\p{Lu}/u.test(state.text.slice(end - state.offset, end - state.offset + 2));
    if ((t.start >= start && t.end <= end) || wholeWord) {
      if (from < 0) from = i;
      to = i + 1;
    } else if (t.start >= end) break;
  }
  return from < 0 ? null : [from, to];
}

/** Text before a word that puts it mid-sentence (after a lower-case word), and a determiner right before it. */
const MID_SENTENCE = /\p{Ll}[\p{L}\d,]*\s+$/u;
const DETERMINER_BEFORE = /\b(?:the|a|an|this|that|its|their|his|her|our|whose)\s+$/i;

const NAME_TAGS = /Person|FirstName|LastName|Organization|Place|City|Country/;

/** An organization's kind noun that is never a plain noun inside other names ("Bank", "Ministry"; not "Party"). */
function isStrongOrgHead(word: string): boolean {
  const w = word.toLowerCase();
  return ORG_HEADS.has(w) && !WEAK_ORG_HEADS.has(w);
}

const PLACE_KIND_AFTER = new Set([...PLACE_HEADS, 'crossing', 'checkpoint', 'border', 'town', 'area', 'complex', 'camp', 'base', 'site', 'field', 'plant', 'mine']);

/** "the Erez crossing": the words [from, to) after a lower-case "the" and before a lower-case noun of a place's kind. */
function isBeforePlaceKind(state: SegmentState, from: number, to: number): boolean {
  const before = state.tokens[from - 1];
  const after = state.tokens[to];
  return before?.text === 'the' && Boolean(after) && !after.cap && PLACE_KIND_AFTER.has(after.text) && /^\s+$/.test(state.tokens[to - 1].gapAfter);
}

/** Inside tokens [from, to): a capitalised strong kind noun after the first word, then only a place the gazetteer knows. */
function isHeadBeforePlace(state: SegmentState, from: number, to: number): boolean {
  for (let k = from + 1; k < to - 1; k++) {
    const t = state.tokens[k];
    if (!t.cap || !isStrongOrgHead(t.text)) continue;
    const rest = state.text.slice(state.tokens[k + 1].start - state.offset, state.tokens[to - 1].end - state.offset);
    if (lookupPlace(rest)) return true;
  }
  return false;
}

/**
 * A word the training text writes in lower case more often than capitalised (the model's common words),
 * or closed-class grammar (title, kind noun, compass word, month, demonym). Not every word of an English
 * dictionary: "Congress", "Senate" and "Amnesty International" are dictionary words too, and the
 * recognizer is right about them far more often than not (+0.005 overlap F1 on held-out dev).
 */
function isCommonWord(t: Token): boolean {
  if (t.upper) return false;
  if (isNameStopWord(t)) return true;
  return isMostlyLowerCase(t.text) && !NAME_TAGS.test(lookupTags(t.text));
}

/**
 * Grammar is never a name, and common words are a name only with corroboration. A single title, kind
 * noun, compass word or demonym ("Union", "North", "Crown Prince") is dropped; a span made only of
 * common English words ("Joint Statement", "Street said …") is kept only when the gazetteer or
 * compromise's lexicon knows it, or a rule found a name there ("International Monetary Fund" has its
 * head noun). The statistics sometimes read a capital as a name in these places; the contract's policy
 * (titles, demonyms and common nouns are never entities) decides.
 */
function isUnsupportedCommonWords(tokens: Token[], text: string, corroborated: boolean, type: EntityType, midSentence: boolean, bareName: boolean): boolean {
  // Demonyms: world-countries', and compromise's singular ones ("Lao", though world-countries also lists
  // it as a spelling of the country); its plural "Laos" is the country.
  const tags = lookupTags(text);
  if (DEMONYMS.has(text.toLowerCase()) || (tokens.length === 1 && /Demonym/.test(tags) && !/Plural/.test(tags))) return true;
  // "passed Congress", "told Senate": a kind noun without a determiner in mid-sentence is that body's
  // name, when the recognizer says organization ("the Committee" stays a common noun).
  if (type === 'organization' && bareName && tokens.length === 1 && isStrongOrgHead(tokens[0].text)) return false;
  if (tokens.length === 1 && tokens[0].upper && COMMON_ACRONYMS.has(tokens[0].text)) return true;
  // "the European Parliament", "Scottish Parliament": a demonym and a legislature, typed an organization.
  if (type === 'organization' && tokens.length === 2 && isDemonym(tokens[0]) && LEGISLATURE_HEADS.has(tokens[1].text.toLowerCase())) return false;
  const place = lookupPlace(text);
  if (place?.kind === 'country') return false;
  if (tokens.every((t) => !t.upper && isNameStopWord(t)) && (tokens.length === 1 || !corroborated)) return true;
  if (place || isKnownOrganization(text) || NAME_TAGS.test(lookupPhraseTags(text))) return false;
  // "Kazakhstan Strategic Partnership": a country and then only common words is a common noun phrase
  // about the country, not a name, unless a rule found one there ("Vietnam News Agency" has its head
  // noun). Only countries: "Manchester United" is a name (a city's version cost 0.002 on held-out dev).
  const words = lookupPlace(tokens[0].text)?.kind === 'country' && tokens.length >= 2 && !tokens[0].upper ? tokens.slice(1) : tokens;
  if (!words.every(isCommonWord)) return false;
  // "joined Veterans for Peace", "members of the Moral Majority": several common words the recognizer
  // types an organization in mid-sentence are its name, unless they end in a document's or an event's
  // kind ("signed the Free Trade Agreement"): +0.007 / +0.008 organization F1 on the two held-out dev
  // halves (+0.006 / +0.005 without an article before them only). At a sentence's start, where any
  // word is capitalised, three or more ("Human Rights Watch said"): +3 names on the halves, none wrong.
  const last = tokens[tokens.length - 1].text.toLowerCase();
  if (type === 'organization' && tokens.length >= (midSentence ? 2 : 3) && !DOCUMENT_WORDS.has(last) && !EVENT_WORDS.has(last)) return false;
  return !corroborated;
}

function isCompanyOfCountry(state: SegmentState, from: number, to: number, text: string): boolean {
  if (to - from < 2 || lookupPlace(text)) return false;
  const last = state.tokens[to - 1];
  if (lookupPlace(last.text)?.kind !== 'country') return false;
  return state.tokens.slice(from, to - 1).every((t) => t.cap && !isNameStopWord(t) && !lookupPlace(t.text));
}

function isCountry(state: SegmentState, c: Candidate): boolean {
  return c.type === 'place' && lookupPlace(state.text.slice(state.tokens[c.from].start - state.offset, state.tokens[c.to - 1].end - state.offset))?.kind === 'country';
}

/**
 * Two words, an organization's kind noun after a compass word or a word that is no place itself
 * ("Soviet Union", "West Bank"; not "Harrow School", where the recognizer reads the town).
 */
function isModifiedHead(tokens: Token[], from: number, to: number): boolean {
  const modifier = tokens[from].text;
  return to - from === 2 && ORG_HEADS.has(tokens[from + 1].text.toLowerCase()) && (COMPASS_WORDS.has(modifier.toLowerCase()) || !lookupPlace(modifier));
}

/** The span's last word follows a known first name or an initial. */
function isSurnameAfterGivenName(tokens: Token[], from: number, to: number): boolean {
  if (to - from < 2) return false;
  const given = tokens[to - 2].text;
  return /^\p{Lu}$/u.test(given) || (isFirstName(given) && !ROLE_WORDS.has(given.toLowerCase()));
}

/** "Order of …" right at the start of the span, or right after its possessor ("Kazakhstan’s"). */
function isBareOrder(tokens: Token[], from: number, to: number): boolean {
  const possessor = tokens.slice(from, to - 1).findIndex((t) => t.possessive);
  const i = possessor < 0 ? from : from + possessor + 1;
  return tokens[i].text === 'Order' && tokens[i + 1]?.text === 'of' && i + 2 < to;
}

/** English grammar words (the stopword package's list) and the particles inside names: no cut at these. */
const NAME_GLUE = new Set([...eng, ...NAME_PARTICLES, 'y', 'des']);

/**
 * "Vietnamese conglomerate Vingroup": a span the recognizer read across a lower-case content word to a
 * capitalised name after it is the names on either side (each keeping at least one capital); a span
 * ending in common words ("Kansas City metropolitan area") is left whole.
 */
function splitAtCommonWords(state: SegmentState, span: NameSpan): NameSpan[] {
  const range = tokenRange(state, span.start, span.end);
  if (!range) return [span];
  const [from, to] = range;
  const { tokens } = state;
  const cuts: number[] = [];
  for (let i = from + 1; i < to - 1; i++) {
    const t = tokens[i];
    if (t.cap || !/^\p{Ll}+$/u.test(t.text) || NAME_GLUE.has(t.text) || !isEnglishWord(t.text) || /Determiner|Preposition|Conjunction|Pronoun/.test(lookupTags(t.text)) || !/^\s+$/.test(tokens[i - 1].gapAfter) || !/^\s+$/.test(t.gapAfter)) continue;
    cuts.push(i);
  }
  if (cuts.length === 0) return [span];
  let after = cuts[cuts.length - 1] + 1;
  while (after < to && NAME_GLUE.has(tokens[after].text)) after++;
  if (after >= to || !tokens[after].cap) return [span];
  const parts: NameSpan[] = [];
  let start = from;
  for (const cut of [...cuts, to]) {
    let a = start;
    while (a < cut && NAME_GLUE.has(tokens[a].text)) a++;
    if (a < cut && tokens.slice(a, cut).some((x) => x.cap)) parts.push({ type: span.type, start: tokens[a].start, end: tokens[cut - 1].end });
    start = cut + 1;
  }
  return parts;
}

/** Claims the spans that fall in this segment; words already claimed by an earlier step are left. */
export function claimModelNames(state: SegmentState, spans: NameSpan[], refinements: Candidate[] = [], ruleSpans: RuleSpan[] = []): void {
  const segmentEnd = state.offset + state.text.length;
  let previous: Candidate | undefined;
  const inSegment = spans.filter((s) => s.end > state.offset && s.start < segmentEnd);
  for (const span of inSegment.flatMap((s) => splitAtCommonWords(state, s))) {
    const range = tokenRange(state, span.start, span.end);
    if (!range) continue;
    const [from, to] = range;
    let type = TYPE_OF[span.type];
    // "the Soviet Union", "the West Bank": a two-word head-noun organization the recognizer reads as
    // exactly that place is the place (in train and dev, 31 of 33 "Soviet Union" and 8 of 8 "West
    // Bank" are places; the recognizer keeps "European Union" an organization).
    if (type === 'place') {
      const ruled = candidateAt(state, from, to);
      if (ruled?.type === 'organization' && isModifiedHead(state.tokens, from, to)) { retypeCandidate(ruled, 'place'); previous = undefined; continue; }
    }
    // "Dato' | Sri Najib Razak" read as two people: an honorific alone is no person (strip-honorifics.ts
    // takes it off the front of the rest).
    if (type === 'person' && honorificLength(state.tokens, from) >= to - from) { previous = undefined; continue; }
    const t = state.tokens[from];
    const before = state.text.slice(0, t.start - state.offset);
    if (previous && to - from === 1 && t.upper && /\(\s*$/.test(before)
      && previous.acronym === undefined && previous.to === from && /^\s*\(\s*$/.test(state.tokens[from - 1].gapAfter)) {
      if (state.owner[from] === -1) { previous.acronym = from; state.owner[from] = state.candidates.indexOf(previous); }
      continue;
    }
    const text = state.text.slice(t.start - state.offset, state.tokens[to - 1].end - state.offset);
    // A person's name never ends in a title ("Crown Prince", "Vice President"), unless the title word is
    // a surname after a first name or an initial ("Larry King", "B.B. King", "Alexander Pope").
    if (type === 'person' && ROLE_WORDS.has(state.tokens[to - 1].text.toLowerCase()) && !isSurnameAfterGivenName(state.tokens, from, to)) { previous = undefined; continue; }
    // "the Erez crossing", "the Yongbyon complex": a name between "the" and a lower-case kind of place is the place.
    if (type === 'person' && isBeforePlaceKind(state, from, to)) type = 'place';
    // "Thomas Shoal", "Batang River" read as people: a kind of land or water ends a place's name.
    if (type === 'person' && to - from >= 2 && NATURAL_FEATURE_HEADS.has(state.tokens[to - 1].text.toLowerCase())) type = 'place';
    // "Deutsche Mark traders": a currency's name is money, whatever type the statistics gave it.
    if (isCurrencyName(text)) { previous = undefined; continue; }
    // An organization's kind noun is never part of a person's name: "Bank Mandiri" is a bank.
    if (type === 'person' && state.tokens.slice(from, to).some((t) => t.cap && isStrongOrgHead(t.text))) type = 'organization';
    // A name that ends in a company's trade ("Fitch Ratings", "Topline Securities") is the company.
    if (type !== 'organization' && to - from >= 2 && COMPANY_NAME_ENDINGS.has(state.tokens[to - 1].text.toLowerCase()) && !lookupPlace(text)) type = 'organization';
    // A place that starts with an organization's kind noun is that organization ("Bank Indonesia",
    // "Ministry of Finance"), unless the gazetteer knows it as a place.
    if (type === 'place' && to - from >= 2 && isStrongOrgHead(t.text) && !lookupPlace(text)) type = 'organization';
    // So is one whose kind noun is followed by nothing but a place ("Imperial College London").
    if (type === 'place' && isHeadBeforePlace(state, from, to)) type = 'organization';
    // "the Order of Lenin", "Kazakhstan’s Order of Dostyk": an order named bare is an honour (six of
    // eight such names in the corpora's train and dev splits), unlike a fraternal one ("Fraternal Order
    // of Eagles"); the contract lists honours among the things that are no entity.
    if (type === 'organization' && isBareOrder(state.tokens, from, to)) { previous = undefined; continue; }
    const corroborated = ruleSpans.some((r) => r.start < span.end && span.start < r.end);
    const midSentence = MID_SENTENCE.test(before);
    const bareName = midSentence && !DETERMINER_BEFORE.test(before);
    if (isUnsupportedCommonWords(state.tokens.slice(from, to), text, corroborated, type, midSentence, bareName)) { previous = undefined; continue; }
    // Where a rule found the same kind of thing here, the rule's span and key win ("Abay region" joins
    // "Abay", "Viet Nam" is "Vietnam"): the model decides that there is a place, the rule its extent.
    // A country the gazetteer names exactly here is a place whatever type the statistics gave it.
    // So is a gazetteer place right after "in", "at", "near" or "from" ("Harvard University in Cambridge").
    const afterPreposition = /\b(?:in|at|near|from)\s+$/i.test(before);
    const refined = refinements.find((r) => r.from < to && from < r.to
      && (r.type === type || (r.from === from && r.to === to && (isCountry(state, r) || (r.type === 'place' && afterPreposition)))));
    if (refined) {
      // "in The Hague": a capitalised "The" in mid-sentence is part of the name the recognizer found;
      // the rule still gives the key.
      const withArticle = refined.from === from + 1 && refined.to === to && t.cap && t.text === 'The' && midSentence;
      // "Remote Galápagos Island" in a title-case headline: common words the rule took before the
      // recognizer's start are no part of the name.
      const commonLead = refined.from < from && refined.type === type && state.tokens.slice(refined.from, from).every(isCommonWord);
      const chosen = withArticle || commonLead ? { ...refined, from } : refined;
      if (claim(state, chosen)) previous = chosen;
      continue;
    }
    // A company named after its country ("Garuda Indonesia", "Vale Indonesia"): capitalised words before
    // a country, the whole not a place the gazetteer knows, is an organization.
    if (type === 'place' && isCompanyOfCountry(state, from, to, text)) type = 'organization';
    const candidate: Candidate = { type, from, to };
    // A place keeps the gazetteer's canonical key, so "Viet Nam" and "Vietnam" are one entity.
    if (type === 'place') {
      const entry = lookupPlace(text) ?? lookupPlaceAbbreviation(text);
      if (entry) candidate.key = entry.key;
    }
    previous = claim(state, candidate) ? candidate : undefined;
  }
}
