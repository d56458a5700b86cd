// People named right after their occupation or their kin: "Brazilian striker Ronaldo", "American singer
// Madonna", "novelist Orhan Pamuk", "his son Hikari". In the corpora's train and dev splits 239 of 245
// capitalised words right after the occupations start a person, 111 of 113 after the public roles
// ("negotiator", "activist", "candidate"), and 80 of 88 after the kin. The
// recognizer finds most of them; these are the one-word names and names from cultures it has seen
// little of, which it leaves. Only words no earlier step claimed are taken.
import { claim, type SegmentState } from '../claims.ts';
import { isCalendarWord, isEnglishWord } from '../lexicon.ts';
import { isMostlyLowerCase } from '../model/recognize-names.ts';
import { isNameStopWord } from '../words.ts';

/** Occupations and kin named before a person (lower case: "the writer", not "The Writer" of a title). */
const OCCUPATIONS = new Set([
  'striker', 'midfielder', 'defender', 'goalkeeper', 'winger', 'playmaker', 'singer', 'rapper', 'actor', 'actress',
  'author', 'writer', 'novelist', 'poet', 'composer', 'guitarist', 'drummer', 'pianist', 'painter', 'artist',
  'filmmaker', 'journalist', 'photographer', 'physicist', 'chemist', 'mathematician', 'philosopher', 'historian',
  'architect', 'comedian', 'boxer', 'golfer', 'cyclist', 'sprinter', 'songwriter', 'vocalist', 'bassist',
  'conductor', 'sculptor', 'playwright', 'screenwriter', 'cellist', 'violinist', 'tenor', 'soprano', 'jockey',
  'negotiator', 'envoy', 'mediator', 'diplomat', 'lawmaker', 'legislator', 'activist', 'dissident', 'commander',
  'officer', 'soldier', 'pilot', 'lawyer', 'attorney', 'prosecutor', 'candidate', 'challenger', 'rival', 'colleague',
  'teammate', 'coach', 'captain', 'referee', 'founder', 'businessman', 'businesswoman', 'entrepreneur', 'tycoon',
  'billionaire', 'investor', 'astronaut', 'scientist', 'researcher', 'professor', 'student', 'priest', 'cleric', 'leader',
  'son', 'daughter', 'wife', 'husband', 'brother', 'sister', 'father', 'mother', 'grandson', 'granddaughter',
  'nephew', 'niece', 'cousin', 'widow', 'widower', 'girlfriend', 'boyfriend', 'fiancee', 'fiancée',
]);
const MAX_WORDS = 4;

/** Claims the free name run after each occupation or kinship noun as a person. */
export function findOccupationPeople(state: SegmentState): void {
  const { tokens } = state;
  for (let k = 0; k + 1 < tokens.length; k++) {
    if (tokens[k].cap || tokens[k].possessive || !OCCUPATIONS.has(tokens[k].text) || tokens[k].gapAfter !== ' ') continue;
    const from = k + 1;
    let to = from;
    while (to < tokens.length && to - from < MAX_WORDS && tokens[to].cap && state.owner[to] === -1
      && (to === from || (tokens[to - 1].gapAfter === ' ' || /^\.\s?$/.test(tokens[to - 1].gapAfter)) && !tokens[to - 1].possessive)) to++;
    if (to === from || (tokens[to]?.cap && tokens[to - 1].gapAfter === ' ')) continue;
    const words = tokens.slice(from, to);
    if (words.some((t) => isNameStopWord(t) || isCalendarWord(t.text))) continue;
    // "the writer Today": one word the training text writes in lower case more often is no name.
    if (words.length === 1 && isEnglishWord(words[0].text) && isMostlyLowerCase(words[0].text)) continue;
    claim(state, { type: 'person', from, to });
  }
}
