// Organizations wire copy names by what they employ, what they are or what is traded of them, with no
// head noun of their own: an employer before its staff's role and a person ("Commerzbank economist
// Peter Pietsch", "Siemens spokesman Wolfram Trost") or after its staff and "at" ("analysts at
// Bernstein"), a news agency ("the Interfax news agency"), a compound that ends in "bank"
// ("Bundesbank", "Sberbank", "Techcombank"), and what shares or a stake are of ("Shares of Vale rose",
// "Nissan shares fell"). The recognizer leaves one-word companies with little context as often as it
// finds them, and these frames say what they are. The frames take only
// words no earlier step claimed, so a place or a person there stays what it is ("Moscow spokesman",
// "Obama spokesman"); a bank's compound also wins over a lone person or place the recognizer read, and
// an employer over a place the recognizer read that no gazetteer knows ("Telkomsat chief executive").
import { candidateAt, claim, resizeCandidate, retypeCandidate, spanText, type SegmentState } from '../claims.ts';
import { isEnglishWord, isFirstName, lookupTags } from '../lexicon.ts';
import { lookupPlace } from '../places/gazetteer.ts';
import type { Token } from '../tokens.ts';
import { ORG_HEADS } from '../titles.ts';
import { isNameStopWord } from '../words.ts';

/** Roles an employer names before a person's name (lower case: "economist", not the title "Economist"). */
const STAFF_ROLES = new Set([
  'economist', 'economists', 'analyst', 'analysts', 'strategist', 'spokesman', 'spokeswoman', 'spokesperson',
  'chairman', 'chairwoman', 'president', 'executive', 'director', 'official', 'officials', 'trader', 'dealer',
  'researcher', 'engineer', 'lawyer', 'founder', 'boss', 'chief', 'head',
]);
// Lower-case words between the role and the name: "chief executive", "senior economist", "managing director".
const ROLE_MODIFIERS = new Set(['chief', 'senior', 'managing', 'executive', 'deputy', 'vice', 'group', 'general', 'financial', 'operating', 'investment', 'market', 'markets', 'currency', 'bond', 'equity']);
/** Staff named before "at" and their employer ("analysts at Bernstein"). */
const STAFF_AT = new Set(['economist', 'economists', 'analyst', 'analysts', 'strategist', 'strategists', 'trader', 'traders',
  'dealer', 'dealers', 'researcher', 'researchers', 'engineer', 'engineers', 'executive', 'executives', 'banker', 'bankers']);
/** Staff that "from" names the employer of too ("executives from JBS, BRF and Suzano"; "officials from Vietnam" is a place). */
const EXECUTIVES = new Set(['executive', 'executives', 'banker', 'bankers', 'analyst', 'analysts', 'economist', 'economists']);
/** Nouns whose "of" or "in" names a company ("shares of Vale", "a stake in Tokopedia"). */
const SHARE_WORDS = new Set(['shares', 'stake', 'stakes', 'stock', 'shareholding', 'shareholders', 'bonds']);
/** What a company's shares do in a market report ("Nissan shares fell 4.9%"). */
const MARKET_VERBS = new Set(['rose', 'fell', 'gained', 'lost', 'dropped', 'slipped', 'jumped', 'climbed', 'slid', 'surged', 'soared',
  'tumbled', 'plunged', 'sank', 'dipped', 'edged', 'rallied', 'closed', 'ended', 'opened', 'traded', 'were', 'have', 'had', 'rise', 'fall']);
const BANK_COMPOUND = /^\p{Lu}[\p{L}-]*\p{L}(?:bank|banken|BANK)$/u;
const MAX_WORDS = 3;
const CONNECTORS = new Set(['in', 'of', 'for', 'and', 'de', 'du', 'der', 'des']);

/** A word that may be part of a company's name: capitalised, no grammar, no English word, no place or first name. */
function isCompanyWord(t: Token): boolean {
  // "Tokyo-based analyst", "state-run": a compound with a lower-case part describes, it does not name.
  return t.cap && !/-\p{Ll}/u.test(t.text) && !isNameStopWord(t) && !isEnglishWord(t.text) && !lookupPlace(t.text) && !isFirstName(t.text);
}

/** The free capitalised run of up to three company words ending at word `end - 1`, as its first word, or -1. */
function runStart(state: SegmentState, end: number): number {
  const { tokens } = state;
  let from = end;
  while (from > 0 && end - from < MAX_WORDS && state.owner[from - 1] === -1 && isCompanyWord(tokens[from - 1])
    && (from === end || (tokens[from - 1].gapAfter === ' ' && !tokens[from - 1].possessive))) from--;
  if (from === end) return -1;
  // The whole capitalised run, or none of it ("Deutsche Bundesbank" is one name, not "Bundesbank" alone).
  if (from > 0 && tokens[from - 1].cap && tokens[from - 1].text !== 'The' && tokens[from - 1].gapAfter === ' ') return -1;
  // "Christian Social Union in Bavaria chairman": the end of a longer name's complement.
  if (from > 1 && CONNECTORS.has(tokens[from - 1].text) && tokens[from - 2].cap) return -1;
  return lookupPlace(tokens.slice(from, end).map((t) => t.text).join(' ')) ? -1 : from;
}

/** "Commerzbank economist Peter Pietsch": the run before a staff role that a person follows. */
function findEmployers(state: SegmentState): void {
  const { tokens } = state;
  for (let r = 1; r < tokens.length; r++) {
    if (!STAFF_ROLES.has(tokens[r].text) || tokens[r - 1].gapAfter !== ' ' || tokens[r - 1].possessive) continue;
    let end = r;
    while (end + 1 < tokens.length && ROLE_MODIFIERS.has(tokens[end].text) && STAFF_ROLES.has(tokens[end + 1].text)) end++;
    const next = state.owner[end + 1];
    if (next === undefined || next === -1 || state.candidates[next].type !== 'person' || state.candidates[next].from !== end + 1) continue;
    const from = runStart(state, r);
    if (from >= 0) { claim(state, { type: 'organization', from, to: r }); continue; }
    // "Telkomsat chief executive Lukman Hakim": a name the recognizer read as a place no gazetteer knows.
    const before = state.owner[r - 1] === -1 ? undefined : state.candidates[state.owner[r - 1]];
    if (before?.type === 'place' && before.to === r && !lookupPlace(spanText(state, before.from, before.to))) retypeCandidate(before, 'organization');
  }
}

/**
 * "Analysts at Bernstein said", "an economist at Citi", "executives from JBS, BRF and Suzano": the names
 * after staff and "at" (or an executive's "from"), free, or read as a person or as a place no gazetteer
 * knows (a town or a country stays a place).
 */
function findStaffEmployers(state: SegmentState): void {
  const { tokens } = state;
  for (let r = 0; r + 2 < tokens.length; r++) {
    const word = tokens[r].text.toLowerCase();
    const at = tokens[r + 1].text === 'at' || (tokens[r + 1].text === 'from' && EXECUTIVES.has(word));
    if (!STAFF_AT.has(word) || !at || tokens[r].gapAfter !== ' ' || tokens[r + 1].gapAfter !== ' ' || !tokens[r + 2].cap) continue;
    markCompanyList(state, r + 2, false);
  }
}

/** Marks the list of companies starting at word i ("Vale and Itaú Unibanco", "JBS, BRF and Suzano"). */
function markCompanyList(state: SegmentState, i: number, towns: boolean): void {
  const { tokens } = state;
  while (i < tokens.length && tokens[i].cap) {
    const end = markCompanyAt(state, i, towns);
    if (end <= i) break;
    const gap = tokens[end - 1].gapAfter;
    if (tokens[end]?.text === 'and' && (gap === ' ' || gap === ', ') && tokens[end].gapAfter === ' ') i = end + 1;
    else if (gap === ', ') i = end;
    else break;
  }
}

/** "the Interfax news agency", "Xinhua news agency": the run before "news agency". */
function findNewsAgencies(state: SegmentState): void {
  const { tokens } = state;
  for (let n = 1; n + 1 < tokens.length; n++) {
    if (tokens[n].text !== 'news' || tokens[n + 1].text !== 'agency' || tokens[n - 1].gapAfter !== ' ') continue;
    const from = runStart(state, n);
    if (from >= 0) claim(state, { type: 'organization', from, to: n });
  }
}

/** "Bundesbank", "Sberbank": one word that ends in "bank", free or read as a lone person or place. */
function findBankCompounds(state: SegmentState): void {
  const { tokens } = state;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.text.length < 7 || !BANK_COMPOUND.test(t.text) || lookupPlace(t.text) || isEnglishWord(t.text)) continue;
    // A word of a longer capitalised run is that run's ("Deutsche Bundesbank" is for the recognizer).
    // "Uzbekistan's Kapitalbank": a possessive before it is no part of it.
    const before = tokens[i - 1];
    if ((before?.cap && before.text !== 'The' && before.gapAfter === ' ' && !before.possessive) || (tokens[i + 1]?.cap && t.gapAfter === ' ')) continue;
    const lone = candidateAt(state, i, i + 1);
    if (state.owner[i] === -1) claim(state, { type: 'organization', from: i, to: i + 1 });
    else if (lone && lone.type !== 'organization') retypeCandidate(lone, 'organization');
  }
}

/**
 * The run of up to three words of a company starting at word i, as its end, or i when there is none:
 * a company word first, then company words or English ones ("Lotte Chemical", "SSI Securities").
 */
function companyRunEnd(state: SegmentState, i: number): number {
  const { tokens } = state;
  if (state.owner[i] !== -1 || !isCompanyWord(tokens[i])) return i;
  const to = companyNameEnd(state, i + 1, i + MAX_WORDS);
  return tokens[to]?.cap && tokens[to - 1]?.gapAfter === ' ' ? i : to;
}

/**
 * The end of the free words that go on a company's name from word `to` (before `limit`): company words,
 * English words that are no grammar, and kind nouns ("Chemical", "Securities", "Bank").
 */
function companyNameEnd(state: SegmentState, to: number, limit: number): number {
  const { tokens } = state;
  while (to < tokens.length && to < limit && state.owner[to] === -1 && tokens[to].cap && tokens[to - 1].gapAfter === ' ' && !tokens[to - 1].possessive
    && (isCompanyWord(tokens[to]) || (isEnglishWord(tokens[to].text) && !isNameStopWord(tokens[to])) || ORG_HEADS.has(tokens[to].text.toLowerCase()))) to++;
  return to;
}

/**
 * Makes the name at word i a company: free company words are claimed, a person named without a first
 * name is retyped, and so is a place no gazetteer knows, or a town where `towns` ("shares of Vale"; but
 * "shares in Tokyo" is the market).
 */
function markCompanyAt(state: SegmentState, i: number, towns: boolean): number {
  const id = state.owner[i];
  if (id === -1) {
    const to = companyRunEnd(state, i);
    if (to > i) claim(state, { type: 'organization', from: i, to });
    return to;
  }
  const c = state.candidates[id];
  if (c.from !== i) return c.to;
  if (c.type === 'person' && !isFirstName(state.tokens[i].text)) retypeCandidate(c, 'organization');
  if (c.type === 'place') {
    const place = lookupPlace(spanText(state, c.from, c.to));
    if (!place || (towns && place.kind === 'city')) retypeCandidate(c, 'organization');
  }
  // "analysts at SSI Securities and VNDirect": free capitalised words right after the company the
  // recognizer cut short are the rest of its name, so the list goes on after them.
  if (c.type === 'organization') {
    const to = companyNameEnd(state, c.to, c.to + MAX_WORDS);
    if (to > c.to) resizeCandidate(state, id, c.from, to);
  }
  return c.to;
}

/**
 * "Shares of Vale and Itaú Unibanco rose", "a stake in Tokopedia", "Nissan shares fell": what shares
 * are of is a company.
 */
function findShareholdings(state: SegmentState): void {
  const { tokens } = state;
  for (let s = 0; s + 2 < tokens.length; s++) {
    const w = tokens[s].text.toLowerCase();
    // "Nissan shares fell", not "It shares borders" or "Nissan shares its platform".
    if (w === 'shares' && s > 0 && tokens[s - 1].gapAfter === ' ' && tokens[s - 1].cap && !tokens[s - 1].possessive && tokens[s].gapAfter === ' '
      && MARKET_VERBS.has(tokens[s + 1].text)) markCompanyBefore(state, s);
    if (!SHARE_WORDS.has(w) || !/^(?:of|in)$/.test(tokens[s + 1].text) || tokens[s].gapAfter !== ' ' || tokens[s + 1].gapAfter !== ' ' || !tokens[s + 2].cap) continue;
    // The list: "Vale and Itaú Unibanco", "Sony, Panasonic and Sharp".
    markCompanyList(state, s + 2, tokens[s + 1].text === 'of' || w !== 'shares');
  }
}

/** "Nissan shares fell": a lone name the recognizer read as a person, or free company words, before "shares". */
function markCompanyBefore(state: SegmentState, s: number): void {
  // "Its shares closed up": a possessive or a pronoun owns the shares, it names no company.
  if (/Possessive|Pronoun|Determiner/.test(lookupTags(state.tokens[s - 1].text))) return;
  const id = state.owner[s - 1];
  if (id !== -1) {
    const c = state.candidates[id];
    if (c.to === s && c.type === 'person' && !isFirstName(state.tokens[c.from].text)) retypeCandidate(c, 'organization');
    return;
  }
  const from = runStart(state, s);
  if (from >= 0) claim(state, { type: 'organization', from, to: s });
}

/** Claims the organizations the frames above name, on the words still free after the recognizer. */
export function findNamedEmployers(state: SegmentState): void {
  findBankCompounds(state);
  findNewsAgencies(state);
  findEmployers(state);
  findStaffEmployers(state);
  findShareholdings(state);
}
