// Datelines: a news story opens with its city in capitals, then the country or state, then a dash
// ("MOROWALI, Indonesia —", "HANOI, Vietnam (AP) —", "ASTANA —"). The city is a place even when no
// gazetteer lists it; this is the grammar of news, not a list of names.
import { claim, type SegmentState } from '../claims.ts';
import { lookupPlace } from './gazetteer.ts';

const DASH = /^\s*(?:\([^)]*\)\s*)?[—–-]/u;

export function findDatelines(state: SegmentState): void {
  const { tokens, text, offset } = state;
  if (tokens.length < 2) return;
  // The line may open with the contract's `date YYYY-MM-DD` header.
  const header = /^\s*date \d{4}-\d{2}-\d{2}\s+/.exec(text);
  const first = tokens.findIndex((t) => t.start - offset >= (header ? header[0].length : text.length - text.trimStart().length));
  if (first < 0 || tokens[first].start - offset !== (header ? header[0].length : text.length - text.trimStart().length)) return;
  let j = first;
  while (j < tokens.length && tokens[j].upper && tokens[j].gapAfter === ' ') j++;
  if (j < tokens.length && tokens[j].upper) j++;
  if (j === first || j - first > 3) return;
  const after = text.slice(tokens[j - 1].end - offset);
  let place = false;
  if (DASH.test(after)) place = true;
  else if (/^,\s/.test(after) && j < tokens.length && tokens[j].cap) {
    // ", Indonesia —" / ", Vietnam (AP) —": the region must be a known place and a dash must follow.
    let k = j + 1;
    while (k < tokens.length && tokens[k - 1].gapAfter === ' ' && tokens[k].cap) k++;
    const region = text.slice(tokens[j].start - offset, tokens[k - 1].end - offset);
    place = Boolean(lookupPlace(region)) && DASH.test(text.slice(tokens[k - 1].end - offset));
  }
  if (place) claim(state, { type: 'place', from: first, to: j });
}
