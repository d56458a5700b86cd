// Which way a date with no year or week looks, from the verb that governs it: past tense and
// reported speech (`said on Wednesday`, `told reporters on Monday`, `has approved`) look back, future
// (`will meet on Monday`, `will be held on 28 January`, `is due to open in March`) looks forward,
// anything else (`could meet`, `talks resume on Monday`) takes the nearest date.
// The governing verb is the closest verb before the date in its sentence, else the first after it
// (`On Monday, the minister said`). Tenses are compromise's: its lexicon's tags for each word (nlp.ts
// lexiconTags, no tagger run, so a date costs a few map lookups), and its tagger, once per sentence,
// only for a sentence where the lexicon finds no verb at all.
import { lexiconTags, tagTerms } from '../nlp.ts';
import type { Direction } from './types.ts';

// Forward cues read as present tense (`is due to open`, `are set to meet`).
const FORWARD_CUE = /\b(?:due (?:to|on|in|by)|set (?:to|for)|scheduled (?:to|for|on)|slated (?:to|for)|expected to|poised to|plans? to|planning to|going to|is to|are to|upcoming)\s/i;
// A sentence ends at . ! ? followed by a space and a capital or quote (not `U.S. officials`).
const SENTENCE_END = /[.!?]["'”’)]?\s+(?=["'“‘(]?\p{Lu})/gu;
const WORD = /[\p{L}'’]+/gu;
// A gerund alone (`Monday's meeting`) is no finite verb; its auxiliary (`is meeting`) carries the tense.
const PRESENT = new Set(['PresentTense', 'Infinitive', 'Copula', 'Verb']);
// After one of these a word is a noun (`the plan`, `its report`), whatever the lexicon lists first.
const DETERMINER = /^(?:the|a|an|this|that|these|those|its|his|her|their|our|my|your|each|every|no|some|any|['’]s)$/i;

type Reading = 'past' | 'present' | 'modal-future' | 'modal-other' | null;

/** What one word says about tense: compromise's lexicon, then its `-ed` suffix rule for unknown words. */
function readWord(word: string): Reading {
  const w = word.toLowerCase();
  if (w === 'will' || w === 'shall' || /['’]ll$/.test(w)) return 'modal-future';
  const tags = lexiconTags(w);
  if (tags.includes('Modal')) return 'modal-other';
  if (tags.includes('PastTense')) return 'past';
  if (tags.some((t) => PRESENT.has(t))) return 'present';
  // compromise's suffix rule for a word it does not list: `-ed` is the past (`need`, `speed` are not).
  if (tags.length === 0 && w.length > 4 && /ed$/.test(w) && !/eed$/.test(w)) return 'past';
  return null;
}

/** The tense of the verb at `words[i]`, with the modal up to three words before it (`will be held`). */
function groupDirection(words: string[], i: number, reading: Reading, before: string): Direction {
  if (reading === 'modal-future') return 'future';
  for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
    const r = readWord(words[j]);
    if (r === 'modal-future') return 'future';
    if (r === 'modal-other') return 'nearest';
  }
  if (reading === 'modal-other') return 'nearest';
  // `are scheduled`, `is expected`: a participle after a present copula is the present passive.
  if (reading === 'past' && !(i > 0 && /^(?:is|are|am)$/i.test(words[i - 1]))) return 'past';
  return FORWARD_CUE.test(before) ? 'future' : 'nearest';
}

function directionOf(sentence: string, at: number): Direction | null {
  const before = sentence.slice(0, at);
  const words = before.match(WORD) ?? [];
  for (let i = words.length - 1; i >= 0; i--) {
    if (i > 0 && DETERMINER.test(words[i - 1])) continue;
    const reading = readWord(words[i]);
    if (reading) return groupDirection(words, i, reading, before);
  }
  // After the date's own first word (`Monday's meeting was tense`).
  const after = sentence.slice(at).replace(/^\S+/, '').match(WORD) ?? [];
  for (let i = 0; i < after.length; i++) {
    if (i > 0 && DETERMINER.test(after[i - 1])) continue;
    const reading = readWord(after[i]);
    if (reading) return groupDirection(after, i, reading, before);
  }
  return null;
}

/** The tagger's reading, for a sentence the lexicon finds no verb in. */
function taggedDirection(sentence: string, at: number): Direction {
  const terms = tagTerms(sentence);
  const verbs = terms.filter((t) => t.tags.includes('Verb'));
  const verb = verbs.filter((t) => t.end <= at).at(-1) ?? verbs.find((t) => t.start >= at);
  if (verb?.tags.includes('PastTense')) return 'past';
  return FORWARD_CUE.test(sentence.slice(0, at)) ? 'future' : 'nearest';
}

/** `directionAt` for one segment: sentence bounds found once, on first use. */
export function makeDirectionAt(text: string): (index: number) => Direction {
  let bounds: number[] | null = null;
  return (index) => {
    if (!bounds) {
      bounds = [0];
      for (const m of text.matchAll(SENTENCE_END)) bounds.push(m.index + m[0].length);
      bounds.push(text.length);
    }
    let i = 0;
    while (i + 2 < bounds.length && bounds[i + 1] <= index) i++;
    const sentence = text.slice(bounds[i], bounds[i + 1]);
    return directionOf(sentence, index - bounds[i]) ?? taggedDirection(sentence, index - bounds[i]);
  };
}
