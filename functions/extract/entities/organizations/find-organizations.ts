// Organizations built around a head noun (titles.ts ORG_HEADS): capitalised modifiers to its left
// ("Vietnam News Agency", "Sovico Group", "Qazaq Air", "Eurasian Economic Union") and "of/for/on"
// complements to its right ("Ministry of Culture, Sports and Tourism", "Communist Party of Vietnam",
// "Conference on Interaction and Confidence-Building Measures in Asia"). A leading demonym is dropped
// ("Vietnamese Ministry of Foreign Affairs" → "Ministry of Foreign Affairs"); a bare head ("the
// Ministry", "Party chief") is a common noun, not an organization.
import { claim, type SegmentState } from '../claims.ts';
import { lookupPlace } from '../places/gazetteer.ts';
import { isCalendarWord, isEnglishWord, isFirstName, lookupTags } from '../lexicon.ts';
import { isJoined, type Token } from '../tokens.ts';
import { COMMON_ACRONYMS, EVENT_WORDS, FACILITY_ORG_HEADS, ORG_CONNECTORS, ORG_HEADS, ROLE_HEADS, ROLE_WORDS, WEAK_ORG_HEADS } from '../titles.ts';
import { isDemonym, lower } from '../words.ts';

/** End (exclusive) of the capitalised run starting at i, stopping at claimed words. */
function capRunEnd(state: SegmentState, i: number): number {
  const { tokens } = state;
  let j = i;
  while (j < tokens.length && tokens[j].cap && state.owner[j] === -1) {
    j++;
    if (!isJoined(tokens, j - 1)) break;
  }
  return j;
}

const hasHead = (tokens: Token[], from: number, to: number) => tokens.slice(from, to).some((t) => t.cap && ORG_HEADS.has(lower(t)));
/** List items inside a complement are domains ("Culture", "Sports"), never places or names of others. */
const isDomain = (tokens: Token[], from: number, to: number) => to - from <= 3
  && !lookupPlace(tokens.slice(from, to).map((t) => t.text).join(' ')) && tokens.slice(from, to).every((t) => !lookupPlace(t.text));

/**
 * Extends a complement run that starts at `from` with a list of domains ("Culture, Sports and
 * Tourism", "Interaction and Confidence-Building Measures") and a regional scope ("in Asia"). List
 * items must be common English words: a ministry's domains, never two different names.
 */
function extendComplement(state: SegmentState, from: number, end: number): number {
  const { tokens } = state;
  let to = end;
  for (;;) {
    const last = tokens[to - 1];
    const next = tokens[to];
    if (!next) return to;
    // ", Sports" … " and Tourism"
    if (last.gapAfter === ', ' && next.cap && isDomain(tokens, from, to)) {
      const e = capRunEnd(state, to);
      let k = e;
      // A claimed word ends the list (capRunEnd does not move past it).
      while (k > to && tokens[k - 1]?.gapAfter === ', ' && tokens[k]?.cap) {
        const next = capRunEnd(state, k);
        if (next === k) break;
        k = next;
      }
      if (tokens[k] && lower(tokens[k]) === 'and' && isJoined(tokens, k - 1) && isJoined(tokens, k) && tokens[k + 1]?.cap) {
        const e2 = capRunEnd(state, k + 1);
        if (isDomain(tokens, to, e2) && !hasHead(tokens, to, e2)) { to = e2; continue; }
      }
      return to;
    }
    if (!isJoined(tokens, to - 1)) return to;
    const w = lower(next);
    if (w === 'and' && isJoined(tokens, to) && tokens[to + 1]?.cap && isDomain(tokens, from, to)) {
      const e = capRunEnd(state, to + 1);
      if (e > to + 1 && isDomain(tokens, to + 1, e) && !hasHead(tokens, to + 1, e)) { to = e; continue; }
      return to;
    }
    if (w === 'in' && isJoined(tokens, to) && tokens[to + 1]?.cap) {
      const e = capRunEnd(state, to + 1);
      if (lookupPlace(tokens.slice(to + 1, e).map((t) => t.text).join(' '))?.kind === 'region') { to = e; continue; }
    }
    return to;
  }
}

/** The whole span is a country or a subdivision in the place gazetteer. */
function isPlaceName(tokens: Token[], from: number, to: number): boolean {
  const kind = lookupPlace(tokens.slice(from, to).map((t) => t.text).join(' '))?.kind;
  return kind === 'country' || kind === 'subdivision';
}

/** An adjective or a number word in compromise's lexicon, not a place or a demonym ("Great", "Three"). */
function isAdjectiveOrNumber(t: Token): boolean {
  return /Adjective|Cardinal|Ordinal/.test(lookupTags(t.text)) && !lookupPlace(t.text) && !isDemonym(t);
}

/** Determiners, prepositions and pronouns capitalised at a sentence start. */
function isFunctionWord(t: Token): boolean {
  return /Determiner|Preposition|Conjunction|Pronoun|QuestionWord/.test(lookupTags(t.text));
}

/** A dash between two capitalised words joins them in a name ("Việt Nam–Kazakhstan Business Council"). */
const DASH_GAP = /^\s?[-–]\s?$/u;

/**
 * The capitalised words ending at word `end` hold a name (a word no English one): with a name after
 * "and" too, the two are two organizations ("Mitsubishi Trust and Sumitomo Bank", "Sony and Toshiba
 * Corp"); "Trade and Industry Ministry" and "Kenya Power and Lighting Company" are one.
 */
function isNameBefore(state: SegmentState, end: number, usable: (i: number) => boolean): boolean {
  let from = end;
  while (usable(from - 1) && isJoined(state.tokens, from - 1)) from--;
  return state.tokens.slice(from, end + 1).some((t) => !isFunctionWord(t) && !isEnglishWord(t.text));
}

/** An organization's acronym before "and" is a name of its own ("OCBC and United Overseas Bank"), a common noun's is not ("ICT and Digital Economy Ministry"). */
function isAcronymName(t: Token): boolean {
  return t.upper && !COMMON_ACRONYMS.has(t.text);
}

/**
 * Start of the modifiers left of a head: capitalised words, across a dash, and across "and" between
 * two modifiers ("Central Propaganda and Education Committee") but not between two names
 * ("Mitsubishi Trust and Sumitomo Bank"), never into a role or a claimed word.
 */
function extendLeft(state: SegmentState, h: number): number {
  const { tokens } = state;
  const usable = (i: number) => i >= 0 && tokens[i].cap && state.owner[i] === -1 && !ROLE_HEADS.has(lower(tokens[i]));
  let from = h;
  for (;;) {
    const p = from - 1;
    if (usable(p) && (isJoined(tokens, p) || DASH_GAP.test(tokens[p].gapAfter))) { from = p; continue; }
    if (from < h && p >= 1 && lower(tokens[p]) === 'and' && isJoined(tokens, p) && isJoined(tokens, p - 1) && usable(p - 1)
      && !lookupPlace(tokens[p - 1].text) && !lookupPlace(tokens[from].text) && !isAcronymName(tokens[p - 1])
      && !(isNameBefore(state, p - 1, usable) && !isEnglishWord(tokens[from].text))) { from = p - 1; continue; }
    return from;
  }
}

/** A capitalised word that goes on a name rather than open the next one: no title, no first name. */
function isPlainNameWord(t: Token): boolean {
  return !ROLE_WORDS.has(lower(t)) && !isFirstName(t.text);
}

/** Finds head-noun organizations in one segment and claims their words. */
export function findOrganizations(state: SegmentState): void {
  const { tokens } = state;
  for (let h = 0; h < tokens.length; h++) {
    const head = tokens[h];
    if (!head.cap || head.upper || !ORG_HEADS.has(lower(head)) || state.owner[h] !== -1) continue;
    // A later head in the same run builds the longer name ("United Nations Human Rights Council").
    const runEnd = capRunEnd(state, h);
    if (hasHead(tokens, h + 1, runEnd)) continue;
    let from = extendLeft(state, h);
    // Sentence-initial grammar words ("The International Monetary Fund") are not part of the name.
    while (from < h && isFunctionWord(tokens[from])) from++;
    let to = h + 1;
    // Right complements: "of (the) X", "for (the) X", "on X", repeated ("Committee for the Safeguarding of …").
    for (;;) {
      if (!isJoined(tokens, to - 1) || !tokens[to] || !ORG_CONNECTORS.has(lower(tokens[to]))) break;
      let k = to + 1;
      const definite = tokens[k] && lower(tokens[k]) === 'the' && isJoined(tokens, to);
      if (definite) k++;
      // "Congress on Tuesday": a date is when something happened, never what an organization is about.
      if (!tokens[k] || !tokens[k].cap || !isJoined(tokens, k - 1) || isCalendarWord(tokens[k].text)) break;
      const e = capRunEnd(state, k);
      // "Committee of the Communist Party": a definite complement with its own head is another
      // organization; "Association of Southeast Asian Nations" is one name.
      if (e === k || (definite && hasHead(tokens, k, e))) break;
      to = extendComplement(state, k, e);
    }
    // A leading demonym is redundant when the complement names the owner ("Vietnamese Ministry of
    // Foreign Affairs" → "Ministry of Foreign Affairs") but part of names like "European Union".
    if (to > h + 1) while (from < h && isDemonym(tokens[from])) from++;
    const weak = WEAK_ORG_HEADS.has(lower(head));
    if (weak && to === h + 1 && tokens.slice(from, h).every((t) => isDemonym(t))) continue;
    // "Seoul Air Base", "New Party Sakigake", "Major League Baseball", "University College London": a head
    // inside a longer capitalised run is a plain word of a longer name, which the recognizer reads whole;
    // not before a title or a first name ("Republican Party President", "Ontario New Democratic Party Jim
    // Wiseman").
    if (to === h + 1 && runEnd > h + 1 && isPlainNameWord(tokens[h + 1])) continue;
    const hasModifier = from < h;
    const hasComplement = to > h + 1;
    if (!hasModifier && (!hasComplement || weak)) continue;
    if (!hasComplement && FACILITY_ORG_HEADS.has(lower(head))) continue;
    if (hasModifier && !hasComplement && tokens.slice(from, h).every((t) => lookupPlace(t.text)?.kind === 'country') && weak) continue;
    // "Royal Society Award", "Senate election": the name of an award or event, not the organization.
    if (tokens.slice(h + 1, to + 1).some((t, k) => EVENT_WORDS.has(lower(t)) && (h + 1 + k < to || isJoined(tokens, to - 1)))) continue;
    // "Great Service", "Three Times", "Local Government": a weak head after nothing but adjectives or
    // numbers is a common noun phrase (a party is the exception: "Liberal Party", "Green Party").
    if (weak && !hasComplement && lower(head) !== 'party' && tokens.slice(from, h).every(isAdjectiveOrNumber)) continue;
    // "Russian Federation", "Republic of Korea": a country's own name, whatever its last word.
    if (isPlaceName(tokens, from, to)) continue;
    const acronym = tokens[to - 1].gapAfter === ' (' && tokens[to]?.upper && tokens[to].gapAfter.startsWith(')') ? to : undefined;
    claim(state, { type: 'organization', from, to, acronym });
  }
}
