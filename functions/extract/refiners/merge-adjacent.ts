// The one merging refiner dates and money share (chrono's MergingRefiner idea): walk the settled,
// ordered mentions and join a mention with the next when the text between them says they are one
// thing (`June 2019 to March 2020`, `between $1 billion and $1.5 billion`). A merged result may merge
// again with its next neighbour; each family's rule decides whether that can happen.

/** Every refiner, dates and money alike: the segment's text and its ordered items in, items out. */
export type Refiner<T> = (text: string, items: T[]) => T[];

export interface MergeRule<T extends { start: number; end: number }> {
  /** `gap` is the text between the two; `text` the whole segment (for a cue before `left`). */
  shouldMerge(gap: string, left: T, right: T, text: string): boolean;
  merge(left: T, right: T, text: string): T;
}

export function mergeAdjacent<T extends { start: number; end: number }>(rule: MergeRule<T>): Refiner<T> {
  return (text, items) => {
    if (items.length < 2) return items;
    const out: T[] = [];
    let current = items[0];
    for (let i = 1; i < items.length; i++) {
      const next = items[i];
      const gap = text.slice(current.end, next.start);
      if (current.end <= next.start && rule.shouldMerge(gap, current, next, text)) {
        current = rule.merge(current, next, text);
        continue;
      }
      out.push(current);
      current = next;
    }
    out.push(current);
    return out;
  };
}
