// Sports results and standings: a line that is only names and scores ("Celtic 2 Hearts 0", "Leeds
// United 1 Chelsea 1", "Rangers 10 7 2 1 23 8 23") names teams, which are organizations even when a
// club carries its town's name ("Motherwell"). A country's name there stays a place: a national side is
// named by its country, and the contract keys it to that country.
import { claim, type SegmentState } from '../claims.ts';
import { lookupPlace } from '../places/gazetteer.ts';

// A team: one to four capitalised words ("Borussia Dortmund", "St Johnstone", "Paris St Germain").
const TEAM = String.raw`\p{Lu}[\p{L}.'’&-]*(?: \p{Lu}[\p{L}.'’&-]*){0,3}`;
const SCORE = String.raw`\d{1,3}`;
// A note in brackets may close a result: "( 10 innings )", "( aet )", "(4-2 on penalties)".
const NOTE = String.raw`(?:\s*\([^()]{1,30}\))?`;
// Two teams with their scores, or one team and its row of a table (three numbers or more).
const RESULT = new RegExp(String.raw`^\s*(?<home>${TEAM})\s+${SCORE}\s+(?<away>${TEAM})\s+${SCORE}${NOTE}\s*$`, 'du');
const STANDING = new RegExp(String.raw`^\s*(?<home>${TEAM})(?:\s+${SCORE}){3,}\s*$`, 'du');

export function findResultTeams(state: SegmentState): void {
  const { tokens, text, offset } = state;
  const m = RESULT.exec(text) ?? STANDING.exec(text);
  if (!m) return;
  for (const team of ['home', 'away'] as const) {
    const at = m.indices!.groups![team];
    if (!at) continue;
    const from = tokens.findIndex((t) => t.start - offset === at[0]);
    const to = tokens.findIndex((t) => t.end - offset === at[1]);
    if (from < 0 || to < from || lookupPlace(m.groups![team]!)?.kind === 'country') continue;
    claim(state, { type: 'organization', from, to: to + 1 });
  }
}
