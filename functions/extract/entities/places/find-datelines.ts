// Datelines: a news story opens with its city in capitals, then the country or state or the day, an
// agency in brackets, then a dash ("MOROWALI, Indonesia —", "HANOI, Vietnam (AP) —", "ASTANA —",
// "LONDON, Sept 2 (Reuters) -"), or the city and the day alone on their line ("LONDON 1996-08-30").
// The city is a place even when no gazetteer lists it, and the agency in brackets is an organization:
// this is the grammar of news, not a list of names.
import { DAY_NUM, MONTH_ANY, YEAR_NUM } from '../../dates/calendar.ts';
import { claim, type SegmentState } from '../claims.ts';
import { lookupPlace } from './gazetteer.ts';

// `(AP)`, `(Reuters)`, `(dpa)`: the agency in brackets before the dash; an organization when its
// name is capitalised words.
const BRACKETS = /^\s*\((?<inside>[^()\n]{1,40})\)/u;
const AGENCY_NAME = /^\p{Lu}[\p{L}.&'’]*(?: \p{Lu}[\p{L}.&'’]*){0,3}$/u;
// The dash, then the story in running text: a shouted headline ("SOCCER - LEEDS BEAT CHELSEA") is no dateline.
const DASH_THEN_STORY = /^\s*[—–-]{1,2}(?:\s*$|\s+(?=[^\n]*\p{Ll}))/u;
// `, Sept 2`, `, May 9, 2024`, ` 1996-08-30`: the day of the story.
const DAY = new RegExp(`^(?: ?,?\\s+${MONTH_ANY}\\s+${DAY_NUM}(?:,\\s*${YEAR_NUM})?| ?,?\\s+${DAY_NUM}\\s+${MONTH_ANY}(?:\\s+${YEAR_NUM})?|\\s+\\d{4}-\\d{2}-\\d{2}(?!\\d))`, 'u');

export function findDatelines(state: SegmentState): void {
  const { tokens, text, offset } = state;
  if (tokens.length < 2) return;
  // The line may open with the contract's `date YYYY-MM-DD` header.
  const header = /^\s*date \d{4}-\d{2}-\d{2}\s+/.exec(text);
  const lead = header ? header[0].length : text.length - text.trimStart().length;
  const first = tokens.findIndex((t) => t.start - offset >= lead);
  if (first < 0 || tokens[first].start - offset !== lead) return;
  let j = first;
  while (j < tokens.length && tokens[j].upper && tokens[j].gapAfter === ' ') j++;
  if (j < tokens.length && tokens[j].upper) j++;
  if (j === first || j - first > 3) return;
  let rest = tokens[j - 1].end - offset;
  // ", Indonesia —" / " , United Arab Emirates 1996-12-06": a region after the city must be a known place.
  let day = DAY.exec(text.slice(rest));
  if (!day && /^ ?,\s/.test(text.slice(rest)) && j < tokens.length && tokens[j].cap) {
    let k = j + 1;
    while (k < tokens.length && tokens[k - 1].gapAfter === ' ' && tokens[k].cap) k++;
    if (!lookupPlace(text.slice(tokens[j].start - offset, tokens[k - 1].end - offset))) return;
    rest = tokens[k - 1].end - offset;
    day = DAY.exec(text.slice(rest));
  }
  if (day) rest += day[0].length;
  // The city (and region) and the day alone on their line is a dateline too.
  let place = day !== null && text.slice(rest).trim() === '';
  const agency = BRACKETS.exec(text.slice(rest));
  const afterAgency = rest + (agency ? agency[0].length : 0);
  if (DASH_THEN_STORY.test(text.slice(afterAgency))) place = true;
  if (!place) return;
  claim(state, { type: 'place', from: first, to: j });
  if (agency && AGENCY_NAME.test(agency.groups!.inside)) {
    const start = offset + rest + agency[0].indexOf('(') + 1;
    const end = start + agency.groups!.inside.length;
    const from = tokens.findIndex((t) => t.start === start);
    const to = tokens.findIndex((t) => t.end === end);
    if (from >= 0 && to >= from) claim(state, { type: 'organization', from, to: to + 1 });
  }
}
