// Exact and overlap precision, recall and F1 per type for typed character spans. Exact: same start, end
// and type. Overlap: a prediction is right when it overlaps a gold span of its type not already taken
// (one to one), which forgives boundary slips such as a title kept or a "the" dropped.

export interface TypedSpan {
  start: number;
  end: number;
  type: string;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Prf extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

export type ScoreTable = Record<string, { exact: Prf; overlap: Prf }>;

export const prf = (c: Counts): Prf => {
  const precision = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const recall = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  return { ...c, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
};

export class SpanScorer {
  private exact = new Map<string, Counts>();
  private overlap = new Map<string, Counts>();
  constructor(private readonly types: readonly string[]) {
    for (const t of types) { this.exact.set(t, { tp: 0, fp: 0, fn: 0 }); this.overlap.set(t, { tp: 0, fp: 0, fn: 0 }); }
  }

  /** Adds one document's gold and predicted spans. */
  add(gold: TypedSpan[], pred: TypedSpan[]): void {
    for (const type of this.types) {
      const g = gold.filter((s) => s.type === type).sort((a, b) => a.start - b.start || a.end - b.end);
      const p = pred.filter((s) => s.type === type).sort((a, b) => a.start - b.start || a.end - b.end);
      const exactKeys = new Set(g.map((s) => `${s.start}:${s.end}`));
      const predKeys = new Set(p.map((s) => `${s.start}:${s.end}`));
      const e = this.exact.get(type)!;
      const tp = [...predKeys].filter((k) => exactKeys.has(k)).length;
      e.tp += tp; e.fp += predKeys.size - tp; e.fn += exactKeys.size - tp;
      const o = this.overlap.get(type)!;
      const taken = new Array<boolean>(g.length).fill(false);
      let matched = 0;
      for (const s of p) {
        const j = g.findIndex((x, k) => !taken[k] && x.start < s.end && s.start < x.end);
        if (j >= 0) { taken[j] = true; matched++; }
      }
      o.tp += matched; o.fp += p.length - matched; o.fn += g.length - matched;
    }
  }

  /** Per type and "micro" over all types. */
  table(): ScoreTable {
    const out: ScoreTable = {};
    const sum = (m: Map<string, Counts>): Counts => [...m.values()].reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn }), { tp: 0, fp: 0, fn: 0 });
    for (const t of this.types) out[t] = { exact: prf(this.exact.get(t)!), overlap: prf(this.overlap.get(t)!) };
    out.micro = { exact: prf(sum(this.exact)), overlap: prf(sum(this.overlap)) };
    return out;
  }
}
