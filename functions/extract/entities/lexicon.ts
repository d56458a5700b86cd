// What compromise's lexicon knows about a single word. A capitalised word that the lexicon knows as a
// common English word ("Foreign", "Affairs", "Strategic") is part of a role or an organization, not of a
// person's name; names from any culture are mostly unknown to it or tagged as names.
import { nlp } from '../nlp.ts';

type Lexicon = Record<string, string | string[]>;
const lexicon: Lexicon = (nlp as any).model().one.lexicon;

const NAME_TAGS = /FirstName|MaleName|FemaleName|LastName|Person|Honorific|ProperNoun|Place|City|Country|Region|Organization|SportsTeam/;
const WORD_TAGS = /Adjective|Noun|Singular|Plural|Uncountable|Actor|Infinitive|PresentTense|PastTense|Gerund|Comparative|Superlative|Adverb|Participle|Verb|Month|WeekDay|Date|Duration|Unit|Value|Currency/;
// Derivational endings of English common words; a name rarely carries them (-ic but not the -vić/-vic
// of South Slavic surnames).
const ENGLISH_SUFFIX = /(?:[^v]ic|tion|sion|ment|ity|ness|ship|ism|ance|ence|ure|ical|ial|ual|nal|ral|tal|ive|ous|ary|ory|ics|ing|ied|ies|ated|ised|ized|able|ible|ern|ward|hood)s?$/;

function tagsOf(word: string): string {
  const t = lexicon[word];
  return Array.isArray(t) ? t.join(',') : (t ?? '');
}

/** compromise's tags for a word, or for its singular when the word is a plain plural. */
export function lookupTags(word: string): string {
  const w = word.toLowerCase();
  const direct = tagsOf(w);
  if (direct) return direct;
  if (w.endsWith('s') && w.length > 3) return tagsOf(w.slice(0, -1));
  return '';
}

/** A common English word (noun, adjective, verb ...) rather than a name. */
export function isEnglishWord(word: string): boolean {
  const w = word.toLowerCase();
  const tags = lookupTags(w);
  if (tags && NAME_TAGS.test(tags)) return false;
  if (tags && WORD_TAGS.test(tags)) return true;
  return w.length >= 6 && ENGLISH_SUFFIX.test(w);
}

/** A demonym or language adjective ("Kazakh", "Vietnamese"), which is never an entity alone. */
export function isDemonymWord(word: string, demonyms: Set<string>): boolean {
  const w = word.toLowerCase();
  return demonyms.has(w) || /Demonym/.test(lookupTags(w));
}

/** A word compromise lists as an organization (ASEAN, UNESCO, NATO ...). */
export function isKnownOrganization(word: string): boolean {
  return /Organization/.test(tagsOf(word.toLowerCase()));
}

/** A first name compromise knows; used to spot untitled names such as "John Smith said". */
export function isFirstName(word: string): boolean {
  return /FirstName|MaleName|FemaleName/.test(tagsOf(word.toLowerCase()));
}

// compromise keeps month and weekday names outside its lexicon, so they are spelled out here (a closed
// class of English words, like the titles).
// Only full names: abbreviations such as "Thu" or "Mai" are also given names ("Le Thi Thu Hang").
const CALENDAR = /^(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

/** Months, weekdays and other calendar words, which are capitalised but never names. */
export function isCalendarWord(word: string): boolean {
  const w = word.toLowerCase();
  return CALENDAR.test(w) || /Month|WeekDay|Date/.test(tagsOf(w));
}

/** compromise's tags for a phrase of several words ("goldman sachs", "new york"), or ''. */
export function lookupPhraseTags(phrase: string): string {
  return tagsOf(phrase.toLowerCase());
}

/** The most words a phrase in compromise's lexicon has. */
export const LONGEST_LEXICON_PHRASE = Math.min(5, Object.keys(lexicon).reduce((n, k) => Math.max(n, k.split(' ').length), 1));
