// A headline in capitals names what the story names in running text ("RUSSIA - YELTSIN BACK AT WORK",
// "BUNDESBANK LEAVES RATES UNCHANGED"), where capitals say nothing about which words are names and the
// recognizer often finds none. A shouted word or run that is a name of the story's body, the family
// name of one of its people or the first word of one of its organizations, is a mention of that
// entity, with its type and key.
import { claim, spanText, type SegmentState } from './claims.ts';
import { foldText, matchKey } from '../keys.ts';
import type { EntityType } from '../types.ts';
import type { AliasIndex } from './people/find-alias-mentions.ts';
import { isNameStopWord } from './words.ts';
import { isEnglishWord } from './lexicon.ts';

interface KnownName {
  type: EntityType;
  key?: string;
}

const MAX_WORDS = 4;

/** A line in capitals: two or more words, and at least four in five of its letters upper case. */
function isShouted(state: SegmentState): boolean {
  const letters = state.text.replace(/[^\p{L}]/gu, '');
  const upper = letters.replace(/[^\p{Lu}]/gu, '').length;
  return state.tokens.length >= 2 && letters.length > 0 && upper / letters.length >= 0.8;
}

/** The names the article's running text holds, by key; a key found with two types is left out. */
function namesOfBody(body: SegmentState[]): Map<string, KnownName | null> {
  const names = new Map<string, KnownName | null>();
  // A mention without a key of its own takes the one the article passes give it later (the recognizer's
  // "Yeltsin" joins "Boris Yeltsin" then): where another mention of the name has a key, that one.
  const add = (k: string, name: KnownName) => {
    const seen = names.get(k);
    if (seen === undefined) names.set(k, name);
    else if (seen && (seen.type !== name.type || (seen.key && name.key && seen.key !== name.key))) names.set(k, null);
    else if (seen && !seen.key) names.set(k, name);
  };
  for (const state of body) {
    for (const c of state.candidates) {
      // A kind noun alone ("the Senate") is a name in its sentence, not a headline's word.
      if (c.to - c.from === 1 && isNameStopWord(state.tokens[c.from])) continue;
      add(matchKey(spanText(state, c.from, c.to)), { type: c.type, key: c.key });
    }
  }
  // "LEEDS BEAT CHELSEA", "TOYOTA RECALLS CARS": a headline calls an organization by its first word,
  // when that word starts one organization of the body and is no English word.
  const firstWords = new Map<string, KnownName | null>();
  for (const state of body) {
    for (const c of state.candidates) {
      const first = state.tokens[c.from];
      if (c.type !== 'organization' || c.to - c.from < 2 || isNameStopWord(first) || isEnglishWord(first.text)) continue;
      const k = matchKey(first.text);
      const key = c.key ?? matchKey(spanText(state, c.from, c.to));
      const seen = firstWords.get(k);
      firstWords.set(k, seen === undefined || seen?.key === key ? { type: 'organization', key } : null);
    }
  }
  for (const [k, name] of firstWords) if (!names.has(k)) names.set(k, name);
  return names;
}

/** Claims free shouted words in headlines that name an entity of the body (longest match first). */
export function findHeadlineMentions(states: SegmentState[], aliases: AliasIndex): void {
  const shouted = new Set(states.filter(isShouted));
  if (shouted.size === 0 || shouted.size === states.length) return;
  const names = namesOfBody(states.filter((s) => !shouted.has(s)));
  for (const state of shouted) {
    const { tokens } = state;
    for (let i = 0; i < tokens.length; i++) {
      if (!tokens[i].upper || state.owner[i] !== -1) continue;
      for (let n = Math.min(MAX_WORDS, tokens.length - i); n >= 1; n--) {
        const words = tokens.slice(i, i + n);
        if (words.some((t, k) => !t.upper || state.owner[i + k] !== -1 || (k > 0 && words[k - 1].gapAfter !== ' '))) continue;
        const text = spanText(state, i, i + n);
        // "YELTSIN": the family name of the one person of that name in the story.
        const person = n === 1 ? aliases.get(foldText(text)) : undefined;
        const known = names.get(matchKey(text));
        if (person) claim(state, { type: 'person', from: i, to: i + 1, key: person });
        else if (known) claim(state, { type: known.type, from: i, to: i + n, ...(known.key ? { key: known.key } : {}) });
        else continue;
        i += n - 1;
        break;
      }
    }
  }
}
