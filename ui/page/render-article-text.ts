// The article text with every mention marked: <mark> elements nested by offset, built from text nodes
// only. Mentions that cross (one starts inside another and ends after it) are split into parts that
// share the mention's id, so every mention's text is exactly its slice of the article.
import type { ViewFact, ViewMention } from '../article-view.ts';

export const KIND_LABELS: Record<string, string> = { person: 'PERSON', place: 'PLACE', organization: 'ORG', date: 'DATE', money: 'MONEY' };

interface Piece {
  start: number;
  end: number;
  mention: ViewMention;
  part: boolean;
}

const before = (a: Piece, b: Piece) => a.start - b.start || b.end - a.end;

export function renderArticleText(text: string, mentions: ViewMention[], facts: ViewFact[]): DocumentFragment {
  const root = document.createDocumentFragment();
  const pieces: Piece[] = mentions.map((m) => ({ start: m.start, end: m.end, mention: m, part: false })).sort(before);
  const stack: Array<{ end: number; node: Node }> = [{ end: text.length, node: root }];
  let pos = 0;
  const top = () => stack[stack.length - 1];
  const textUpTo = (upTo: number) => {
    if (upTo > pos) { top().node.appendChild(document.createTextNode(text.slice(pos, upTo))); pos = upTo; }
  };
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i];
    while (stack.length > 1 && top().end <= piece.start) { textUpTo(top().end); stack.pop(); }
    textUpTo(piece.start);
    let end = piece.end;
    if (end > top().end) {
      // Crosses the enclosing mark's end: the rest becomes a part of its own, after that end.
      const rest: Piece = { start: top().end, end, mention: piece.mention, part: true };
      let at = i + 1;
      while (at < pieces.length && before(pieces[at], rest) <= 0) at++;
      pieces.splice(at, 0, rest);
      end = top().end;
    }
    if (end <= piece.start) continue;
    const mark = createMark(piece.mention, facts[piece.mention.fact], piece.part);
    top().node.appendChild(mark);
    stack.push({ end, node: mark });
  }
  while (stack.length > 1) { textUpTo(top().end); stack.pop(); }
  textUpTo(text.length);
  return root;
}

function createMark(mention: ViewMention, fact: ViewFact, part: boolean): HTMLElement {
  const mark = document.createElement('mark');
  mark.className = `k-${mention.kind}${part ? ' part' : ''}`;
  mark.dataset.mention = String(mention.id);
  mark.dataset.fact = String(mention.fact);
  mark.dataset.label = KIND_LABELS[mention.kind];
  if (!part) {
    // The first part of each mention is a tab stop; its description is the tooltip.
    mark.id = `m-${mention.id}`;
    mark.tabIndex = 0;
    mark.setAttribute('aria-describedby', 'tip');
  }
  mark.dataset.value = describeFact(fact);
  return mark;
}

/** What hovering or focusing a mention shows: its kind and normalised value. */
export function describeFact(fact: ViewFact): string {
  const kind = KIND_LABELS[fact.kind];
  if (fact.kind === 'date') return `${kind} · ${fact.value}`;
  if (fact.kind === 'money') return `${kind} · ${fact.value}`;
  const aliases = fact.aliases?.length ? `\naliases: ${fact.aliases.join(', ')}` : '';
  return `${kind} · ${fact.label}\nkey: ${fact.entityKey}${aliases}`;
}
