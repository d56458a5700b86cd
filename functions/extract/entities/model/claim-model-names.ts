// Hands the recognizer's spans to the entity pipeline as claimed candidates on the rules' word tokens,
// so merging, aliases, acronyms, nested places and the one-entity-per-thing rule apply to them as to
// any rule's finding. A parenthesised acronym right after an organization becomes that
// organization's acronym ("International Atomic Energy Agency (IAEA)" is one entity).
import type { EntityType } from '../../types.ts';
import { claim, type Candidate, type SegmentState } from '../claims.ts';
import { lookupPlace } from '../places/gazetteer.ts';
import type { NameSpan } from './recognize-names.ts';

const TYPE_OF: Record<NameSpan['type'], EntityType> = { PER: 'person', LOC: 'place', ORG: 'organization' };

/** The rule tokens lying wholly inside [start, end), as [from, to), or null when there are none. */
function tokenRange(state: SegmentState, start: number, end: number): [number, number] | null {
  let from = -1;
  let to = -1;
  for (let i = 0; i < state.tokens.length; i++) {
    const t = state.tokens[i];
    if (t.start >= start && t.end <= end) {
      if (from < 0) from = i;
      to = i + 1;
    } else if (t.start >= end) break;
  }
  return from < 0 ? null : [from, to];
}

/** Claims the spans that fall in this segment; words already claimed by an earlier step are left. */
export function claimModelNames(state: SegmentState, spans: NameSpan[]): void {
  const segmentEnd = state.offset + state.text.length;
  let previous: Candidate | undefined;
  for (const span of spans) {
    if (span.end <= state.offset || span.start >= segmentEnd) continue;
    const range = tokenRange(state, span.start, span.end);
    if (!range) continue;
    const [from, to] = range;
    const type = TYPE_OF[span.type];
    const t = state.tokens[from];
    const before = state.text.slice(0, t.start - state.offset);
    if (previous && previous.type === 'organization' && to - from === 1 && t.upper && /\(\s*$/.test(before)
      && previous.acronym === undefined && previous.to === from && /^\s*\(\s*$/.test(state.tokens[from - 1].gapAfter)) {
      if (state.owner[from] === -1) { previous.acronym = from; state.owner[from] = state.candidates.indexOf(previous); }
      continue;
    }
    const text = state.text.slice(t.start - state.offset, state.tokens[to - 1].end - state.offset);
    const candidate: Candidate = { type, from, to };
    // A place keeps the gazetteer's canonical key, so "Viet Nam" and "Vietnam" are one entity.
    if (type === 'place') { const entry = lookupPlace(text); if (entry) candidate.key = entry.key; }
    previous = claim(state, candidate) ? candidate : undefined;
  }
}
