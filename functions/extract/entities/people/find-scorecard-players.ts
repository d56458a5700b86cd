// Cricket scorecards name every player by the dismissal notation around them: "Saeed Anwar c Croft b
// Cork 176" is three players (caught by Croft, bowled by Cork), "Ijaz Ahmed lbw b Mullally 61" two,
// "Salim Malik not out 24" one. The recognizer has never seen the notation and reads "Saeed Anwar c
// Croft" as one person and "Cork" as the Irish city. A batting line is a name, the notation between
// names (c, b, lbw, st, c & b, run out, not out, retired hurt) and the runs at the end; on such a line
// each capitalised run between the notation's words is a person.
import { claim, type SegmentState } from '../claims.ts';
import type { Token } from '../tokens.ts';

/** The lower-case words of the notation. */
const NOTATION = new Set(['c', 'b', 'lbw', 'st', 'run', 'out', 'not', 'retired', 'hurt', 'obstructing', 'handled']);
const MAX_WORDS = 4;

/** Runs at the end of the line, optionally with balls or minutes in brackets: "176", "24 ( 61 balls )". */
function endsWithRuns(tokens: Token[]): boolean {
  let last = tokens.length - 1;
  while (last >= 0 && !/^\d+$/.test(tokens[last].text)) last--;
  return last >= 0 && tokens.slice(last + 1).every((t) => !/\p{L}/u.test(t.text) || /^(?:balls?|mins?|minutes)$/.test(t.text));
}

/** The word ranges of a batting line's players, or [] when the segment is no batting line. */
function playersOfLine(tokens: Token[]): [number, number][] {
  if (tokens.length < 3 || !tokens[0].cap || !endsWithRuns(tokens)) return [];
  const firstNumber = tokens.findIndex((t) => /^\d/.test(t.text));
  const words = tokens.slice(0, firstNumber);
  // The notation must be there ("b", "lbw", "not out"), and every other word a capitalised name word.
  if (!words.some((t) => t.text === 'b' || t.text === 'lbw' || (t.text === 'out' && words.some((u) => u.text === 'not' || u.text === 'run')))) return [];
  if (!words.every((t) => t.cap || NOTATION.has(t.text))) return [];
  // A fielder or a bowler follows each "c", "st" and "b" ("Extras ( b 4 , lb 2 ) 6" names no one).
  if (words.some((t, i) => /^(?:c|st|b)$/.test(t.text) && !(words[i + 1]?.cap || (t.text === 'c' && words[i + 1]?.text === 'b')))) return [];
  const players: [number, number][] = [];
  let from = -1;
  for (let i = 0; i <= words.length; i++) {
    const name = i < words.length && words[i].cap;
    if (name && from < 0) from = i;
    if (!name && from >= 0) {
      if (i - from > MAX_WORDS) return [];
      players.push([from, i]);
      from = -1;
    }
  }
  return players;
}

/** Makes each player of a batting line a person (before the recognizer, whose names give way to it). */
export function findScorecardPlayers(state: SegmentState): void {
  for (const [from, to] of playersOfLine(state.tokens)) claim(state, { type: 'person', from, to });
}
