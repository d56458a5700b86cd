// Organizations compromise's lexicon knows by name ("Facebook", "Al Jazeera", "World Trade
// Organization"), matched on capitalised words only, with the trade words and legal form that follow
// ("Samsung Electronics", "Sony Group Corp"). A one-word name that opens a sentence is left out:
// the lexicon also lists words such as "visa", which a sentence may start with.
import { claim, type SegmentState } from '../claims.ts';
import { isKnownOrganization } from '../lexicon.ts';
import { isJoined } from '../tokens.ts';
import { COMPANY_TRADE_WORDS, LEGAL_FORMS } from '../titles.ts';

const MAX_WORDS = 4;
const isTradeWord = (w: string) => COMPANY_TRADE_WORDS.has(w) || LEGAL_FORMS.has(w);

function opensSentence(state: SegmentState, i: number): boolean {
  return i === 0 || /[.!?:"“—]\s*$/u.test(state.tokens[i - 1].gapAfter);
}

export function findKnownOrganizations(state: SegmentState): void {
  const { tokens } = state;
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i].cap || tokens[i].upper || state.owner[i] !== -1) continue;
    let best = -1;
    let words = '';
    for (let n = i; n < tokens.length && n - i < MAX_WORDS && tokens[n].cap && state.owner[n] === -1; n++) {
      words = words ? `${words} ${tokens[n].text}` : tokens[n].text;
      if (isKnownOrganization(words)) best = n + 1;
      if (!isJoined(tokens, n)) break;
    }
    // "Samsung Electronics", "Sony Group Corp": the known name with its trade words and legal form.
    let known = best;
    while (known > 0 && known < tokens.length && tokens[known].cap && state.owner[known] === -1 && isJoined(tokens, known - 1)
      && isTradeWord(tokens[known].text.toLowerCase())) known++;
    if (best < 0 || (known === i + 1 && opensSentence(state, i))) continue;
    best = known;
    // The whole capitalised run must be the name ("Visa Bank" is not Visa).
    if (best < tokens.length && tokens[best].cap && isJoined(tokens, best - 1)) continue;
    if (i > 0 && tokens[i - 1].cap && isJoined(tokens, i - 1)) continue;
    claim(state, { type: 'organization', from: i, to: best });
    i = best - 1;
  }
}
