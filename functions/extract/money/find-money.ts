// First version: compromise's money tags as documented. Replaced by the money issue's find/parse steps.
import { nlp } from '../nlp.ts';
import type { MoneyMention } from '../types.ts';
import type { Segment } from '../segments.ts';

export function findMoney(segments: Segment[]): MoneyMention[] {
  const out: MoneyMention[] = [];
  for (const seg of segments) {
    const found = (nlp(seg.text) as any).money().json({ offset: true }) as any[];
    for (const m of found) {
      const amount = m.number?.num ?? m.money?.num;
      if (typeof amount !== 'number') continue;
      const start = seg.start + m.offset.start;
      out.push({ text: m.text, start, end: start + m.offset.length, amount, currency: (m.number?.iso ?? m.money?.iso ?? 'USD').toUpperCase() });
    }
  }
  return out.filter((m) => m.text.length > 0);
}
