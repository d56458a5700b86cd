// Teams in match reports: "Leeds beat Chelsea 2-1", "a 2-0 win at Southampton", "were held 1-1 by
// Everton", "Chelsea manager Ruud Gullit". A club named after its town is an organization there, and
// wherever the article names it again except as a place ("in Leeds"). The recognizer reads such names
// as the towns they are named after (the corpora hold almost no sports reports); the language of a
// match report says otherwise. A country, state or region is a national or representative side, which
// stays the place (the contract keys it to that place), and a person of the article stays a person
// (individual sports: "Sampras beat Ivanisevic 6-4 6-4").
import { candidateAt, claim, retypeCandidate, spanText, type Candidate, type SegmentState } from '../claims.ts';
import { matchKey } from '../../keys.ts';
import { isCalendarWord, isEnglishWord, isFirstName, lookupTags } from '../lexicon.ts';
import { lookupPlace } from '../places/gazetteer.ts';
import type { Token } from '../tokens.ts';
import type { FullName } from '../people/find-alias-mentions.ts';
import { isNameStopWord } from '../words.ts';
import { isMostlyLowerCase } from '../model/recognize-names.ts';

const TEAM = String.raw`(?<![\p{L}\p{M}\d'’.-])\p{Lu}[\p{L}\p{M}'’.&-]*(?: \p{Lu}[\p{L}\p{M}'’.&-]*){0,3}`;
// A score, with a hyphen or an en dash ("2-0", "2–0"), not a range of a unit or of days ("2-3 percent",
// "10-15 minutes", "held 12-14 June").
const SCORE = String.raw`(?<![\d.,:/–-])\d{1,3}[-–]\d{1,3}(?![\d–-]|[.,]\d|\s*(?:%|percent|per cent|points?|pts|seconds?|minutes?|hours?|days?|weeks?|months?|years?|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b)`;
const RESULT_VERB = String.raw`beat|beats|beating|beaten|defeated|defeats|defeating|thrashed|routed|edged|crushed|hammered|stunned|upset|overcame|outclassed|drew|draws|drawn|lost|loses|losing|won|wins|winning|held|trailed|trailing`;
const RESULT_NOUN = String.raw`win|victory|defeat|draw|loss|lead|success|triumph|thrashing|drubbing|aggregate`;
// A sentence is a match report when a score follows a result verb ("beat Coventry 3-1", "were held
// 1-1") or precedes a result noun ("a 2-0 win"); a vote ("passed 51-49") or a range ("aged 18-25") is none.
const MATCH_FRAME = new RegExp(String.raw`\b(?:${RESULT_VERB})\b[^.;!?]{0,40}?${SCORE}|${SCORE}(?: [\p{L}-]+)?? (?:home |away )?(?:${RESULT_NOUN})\b`, 'u');
// A tennis set's score ("6-4", "7-5", "3-6"), which one player may win over another.
const SET_LIKE = /(?<![\d-])(?:[67]-\d|\d-[67])(?![\d-])/u;
// Sets ("6-4 6-4", "6-3, 3-6, 7-5") are scored by players, not teams.
const SET_SCORES = new RegExp(String.raw`${SCORE},? ${SCORE}`, 'u');
// Where a team stands in a match report: before a result verb, after one or after a result noun's
// preposition ("a 2-1 defeat by Dortmund", "a 2-0 win at Southampton").
const SLOTS = [
  // "Barcelona, coached by Bobby Robson, drew 1-1": a clause between commas may come between.
  new RegExp(String.raw`(?<team>${TEAM})(?:, (?:who|which)|, [^,.;!?]{1,40},)? (?:were |was |have |has |had )?(?:${RESULT_VERB})\b`, 'gdu'),
  new RegExp(String.raw`\b(?:(?:${RESULT_VERB}|${RESULT_NOUN})(?: ${SCORE})?(?: (?:over|against|at|by|to|with|away to|away at|at home to))?|against|over|by) (?:the )?(?<team>${TEAM})`, 'gdu'),
];
// A club's staff and players are named by the club ("Chelsea manager Ruud Gullit", "scored twice for
// Nottingham Forest"), with or without a score.
const ROLE_SLOTS = [
  new RegExp(String.raw`(?<team>${TEAM}) (?:manager|coach|striker|midfielder|defender|goalkeeper|keeper|winger|forward|playmaker|full-back|centre-back|center-back|centre-forward|center-forward) (?=\p{Lu})`, 'gdu'),
  new RegExp(String.raw`\b(?:goals?|scor(?:ed|es|ing)(?: (?:twice|once|again|three times|\d+ (?:points|goals|runs|tries)))?) (?:against|for) (?<team>${TEAM})`, 'gdu'),
];
// Only a club has a manager or a chairman: "Arsenal manager Bruce Rioch" names a club no step found,
// where "English defender" and "French coach" name a nationality.
const CLUB_STAFF = new RegExp(String.raw`(?<team>${TEAM}) (?:manager|chairman) (?=\p{Lu})`, 'gdu');
// Two sides of one fixture ("Liverpool, who play Aston Villa on Monday"): when one is a team, so is the other.
const FIXTURE = new RegExp(String.raw`(?<home>${TEAM})(?:, (?:who|which))? (?:will |are to |were to )?(?:play|plays|playing|played|meet|meets|met|face|faces|faced|host|hosts|hosted|visit|visits|visited|${RESULT_VERB})(?: ${SCORE})?(?: (?:at home to|away to|away at|with|against|at|to|by|over))? (?:the )?(?<away>${TEAM})`, 'gdu');
// Sentences within a segment (a paragraph): a score and its teams are in one sentence.
// A closing quote or bracket after the full stop ends the sentence with it (`said: "… off."`).
const SENTENCE = /[^.!?]+(?:[.!?]+["'”’)\]]*(?=\s|$)|$)/gu;
// A place named again as a place: "in Leeds", "the city of Liverpool".
const AS_PLACE = /\b(?:in|near|outside|around|across|into|through|(?:city|town|county|streets|centre|center) of)\s+$/i;

/** The words of [from, to) that may name a team: a capitalised run of names, not a country, state or person. */
function teamWords(state: SegmentState, from: number, to: number, fullNames: FullName[]): [number, number] | null {
  const { tokens } = state;
  // "The Yankees", "Leaders Rangers", "Champions Ajax": an article or a plural noun leading a longer run
  // is no part of the name ("Real Sociedad" keeps its adjective).
  while (to - from > 1 && !tokens[from].upper && (tokens[from].text === 'The' || /Plural/.test(lookupTags(tokens[from].text)))) from++;
  const words = tokens.slice(from, to);
  // Kind nouns may end a club's name ("Manchester City", "Leeds United"), not start it.
  if (isNameStopWord(words[0]) || words.some((t) => !t.cap || isCalendarWord(t.text))) return null;
  // "Arsenal", "Everton": an English word the training text writes capitalised at least as often may
  // name a club; "Leaders", "Champions" may not.
  if (to - from === 1 && isEnglishWord(words[0].text) && isMostlyLowerCase(words[0].text)) return null;
  const place = lookupPlace(spanText(state, from, to));
  if (place && place.kind !== 'city') return null;
  const folded = words.map((t) => matchKey(t.text));
  if (fullNames.some((n) => n.words.some((w) => folded.includes(matchKey(w))) && n.key !== matchKey(spanText(state, from, to)))) return null;
  if (words.some((t) => isFirstName(t.text) && !lookupPlace(t.text))) return null;
  return [from, to];
}

/**
 * A name typed a person that a match report's slot shows to be a club: a town ("Parma"), or two words
 * and more without a first name ("Borussia Dortmund"). A lone surname stays the player it may be.
 */
function isTeamNamedLikePerson(state: SegmentState, c: Candidate): boolean {
  // "Clinton won 52-48": a town compromise knows as a person's name stays the person.
  const text = spanText(state, c.from, c.to);
  if (c.to - c.from === 1) return lookupPlace(text)?.kind === 'city' && !/Person|FirstName|LastName|MaleName|FemaleName/.test(lookupTags(text));
  return c.to - c.from >= 2 && state.tokens.slice(c.from, c.to).every((t) => !isFirstName(t.text));
}

/** A word compromise's lexicon does not know, or knows as a name: what a club's name no rule found starts with. */
function isUnknownName(t: Token): boolean {
  const tags = lookupTags(t.text);
  return !tags || /ProperNoun|Place|City|Region|Country|Organization|SportsTeam|Person|FirstName|LastName|MaleName|FemaleName/.test(tags);
}

/**
 * A plain English noun the training text writes capitalised at least as often, which a club's staff
 * may follow ("Arsenal manager"), unlike a person's noun ("Caretaker manager").
 */
function isClubNoun(t: Token): boolean {
  return /^(?:Singular|Uncountable|Noun)$/.test(lookupTags(t.text)) && !isMostlyLowerCase(t.text);
}

/**
 * A lone word read as a person in a result's slot where the score is no tennis set ("Juventus won 1-0
 * at Lazio"): a club, unless compromise knows the word as a person's name ("Clinton won 52-48"). The
 * article's full names keep their words (teamWords), so "Carlsen" after "Magnus Carlsen" stays him.
 */
function isLoneClubWord(state: SegmentState, c: Candidate): boolean {
  return c.to - c.from === 1 && !/Person|FirstName|LastName|MaleName|FemaleName/.test(lookupTags(state.tokens[c.from].text));
}

/** Retypes a place, or a person named like a club, as a team; false when the candidate stays what it is. */
function retypeAsTeam(state: SegmentState, c: Candidate, lone = false): boolean {
  if (c.type === 'person' && !isTeamNamedLikePerson(state, c) && !(lone && isLoneClubWord(state, c))) return false;
  if (c.type !== 'organization') retypeCandidate(c, 'organization');
  return true;
}

/** Makes [from, to) a team: retypes the place or person found there, or (if `claimFree`) claims the free words. */
function markTeam(state: SegmentState, from: number, to: number, teams: Set<string>, claimFree = true, lone = false): void {
  const c = candidateAt(state, from, to);
  const first = state.tokens[from];
  // "Football manager Alan Smith": one word the training text writes in lower case more often is no club.
  const common = to - from === 1 && isMostlyLowerCase(first.text);
  // "a 2-0 win over Real Sociedad": a longer name may open with an English word, if a name follows it.
  const named = isUnknownName(first) || isClubNoun(first) || (to - from >= 2 && state.tokens.slice(from + 1, to).some(isUnknownName));
  const marked = c ? retypeAsTeam(state, c, lone) : claimFree && !common && named && claim(state, { type: 'organization', from, to });
  if (marked) teams.add(matchKey(spanText(state, from, to)));
}

/** The words lying within the characters [start, end) of the segment text (a full stop after a name is none of it). */
function wordsAt(state: SegmentState, start: number, end: number): [number, number] | null {
  const inside = (t: Token) => t.start - state.offset >= start && t.end - state.offset <= end;
  const from = state.tokens.findIndex(inside);
  if (from < 0 || state.tokens[from].start - state.offset !== start) return null;
  let to = from;
  while (to < state.tokens.length && inside(state.tokens[to])) to++;
  return [from, to];
}

function findTeamsInSegment(state: SegmentState, fullNames: FullName[], teams: Set<string>): void {
  const slots: [number, number][] = [];
  const staffSlots: [number, number][] = [];
  const scoreSlots: [number, number][] = [];
  const slotsOf = (re: RegExp, s: RegExpMatchArray, into: [number, number][]) => {
    for (const m of s[0].matchAll(re)) {
      const [a, b] = m.indices!.groups!.team!;
      into.push([s.index! + a, s.index! + b]);
    }
  };
  // Sentence by sentence, so a team's words never run across a full stop ("on Wednesday. Arsenal").
  const sentences = [...state.text.matchAll(SENTENCE)];
  for (const s of sentences) {
    for (const re of ROLE_SLOTS) slotsOf(re, s, slots);
    slotsOf(CLUB_STAFF, s, staffSlots);
  }
  const reports = sentences.filter((s) => MATCH_FRAME.test(s[0]) && !SET_SCORES.test(s[0]));
  // A score no tennis set has ("1-0", "28-13"; not "6-4", "7-5") names teams in its slots, even by a
  // lone word the recognizer read as a person.
  for (const s of reports) for (const re of SLOTS) slotsOf(re, s, SET_LIKE.test(s[0]) ? slots : scoreSlots);
  for (const s of reports) findFixtureTeams(state, fullNames, teams, s.index, s[0], true);
  // A slot of a set's score or a player's role only retypes a name found there: "English defender Kyle
  // Walker" names no club, and "Federer beat Nadal 6-4" no two. Free words become a team in a fixture
  // (findFixtureTeams), in a slot of another score ("after beating Harlequins 30-17") and before a
  // manager or a chairman, with or without a match ("Arsenal manager Bruce Rioch").
  for (const [list, claimFree, lone] of [[slots, false, false], [scoreSlots, true, true], [staffSlots, true, false]] as const) {
    for (const [start, end] of list) {
      const range = wordsAt(state, start, end);
      const words = range && teamWords(state, range[0], range[1], fullNames);
      // "Christian Social Union in Bavaria chairman": the end of a longer name is no club.
      if (words && claimFree && words[0] > 1 && /^(?:in|of|for|and)$/.test(state.tokens[words[0] - 1].text) && state.tokens[words[0] - 2].cap) continue;
      if (words) markTeam(state, words[0], words[1], teams, claimFree, lone);
    }
  }
}

/**
 * Both sides of a fixture ("Liverpool, who play Everton"), when one side is a team of the article or an
 * organization found there, or, in a match report's sentence, a town ("Leeds United beat Chelsea 2-1";
 * "Federer beat Nadal 6-4" names no town).
 */
function findFixtureTeams(state: SegmentState, fullNames: FullName[], teams: Set<string>, offset: number, text: string, inReport: boolean): void {
  for (const m of text.matchAll(FIXTURE)) {
    const sides = (['home', 'away'] as const).map((side) => {
      const [a, b] = m.indices!.groups![side]!;
      const range = wordsAt(state, offset + a, offset + b);
      return range && teamWords(state, range[0], range[1], fullNames);
    });
    const isTeam = (r: [number, number] | null) => r !== null && (teams.has(matchKey(spanText(state, r[0], r[1])))
      || candidateAt(state, r[0], r[1])?.type === 'organization' || (inReport && lookupPlace(spanText(state, r[0], r[1]))?.kind === 'city'));
    if (!sides.every((r) => r !== null) || !sides.some(isTeam)) continue;
    for (const [from, to] of sides as [number, number][]) markTeam(state, from, to, teams);
  }
}

/** Free words that name a team of the article ("CHELSEA" in the headline). */
function claimTeamMentions(state: SegmentState, teams: Set<string>): void {
  const { tokens } = state;
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i].cap || state.owner[i] !== -1 || (i > 0 && tokens[i - 1].cap && tokens[i - 1].gapAfter === ' ')) continue;
    let to = i + 1;
    while (to < tokens.length && tokens[to].cap && tokens[to - 1].gapAfter === ' ' && state.owner[to] === -1) to++;
    if (teams.has(matchKey(spanText(state, i, to))) && !AS_PLACE.test(state.text.slice(0, tokens[i].start - state.offset))) {
      claim(state, { type: 'organization', from: i, to });
    }
    i = to - 1;
  }
}

/**
 * Finds the teams of the article's match reports and makes every other mention of them an
 * organization too, by their full name or their first word ("Leeds" of "Leeds United"), except where
 * the name is used as a place ("in Leeds").
 */
export function findMatchTeams(states: SegmentState[], fullNames: FullName[]): void {
  const teams = new Set<string>();
  for (const state of states) findTeamsInSegment(state, fullNames, teams);
  if (teams.size === 0) return;
  for (const state of states) findFixtureTeams(state, fullNames, teams, 0, state.text, false);
  // In a match report, an organization named after its town ("Leeds United") is a club too.
  const clubs = new Set(teams);
  for (const state of states) {
    for (const c of state.candidates) {
      const words = state.tokens.slice(c.from, c.to);
      if (c.type !== 'organization' || words.length < 2 || words.length > 3 || words.some((t) => !t.cap)) continue;
      // "Leeds United", not "London Review of Books".
      if (lookupPlace(words[0].text)?.kind === 'city') clubs.add(matchKey(spanText(state, c.from, c.to)));
    }
  }
  const shortNames = teamShortNames(clubs);
  for (const state of states) {
    for (const c of state.candidates) {
      if (c.type === 'organization') continue;
      const name = matchKey(spanText(state, c.from, c.to));
      const club = teams.has(name) ? name : shortNames.get(name);
      if (!club || AS_PLACE.test(state.text.slice(0, state.tokens[c.from].start - state.offset))) continue;
      if (teamWords(state, c.from, c.to, fullNames) && retypeAsTeam(state, c) && club !== name) c.key = club;
    }
    claimTeamMentions(state, teams);
  }
}

/** "Leeds" of "Leeds United": a team's first word, where it starts one team of the article only. */
function teamShortNames(teams: Set<string>): Map<string, string> {
  const byFirst = new Map<string, string | null>();
  for (const team of teams) {
    const words = team.split(' ');
    if (words.length < 2) continue;
    byFirst.set(words[0], byFirst.has(words[0]) ? null : team);
  }
  return new Map([...byFirst].filter((e): e is [string, string] => e[1] !== null && !teams.has(e[0])));
}
