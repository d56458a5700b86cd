// First version: compromise-dates as documented, one segment at a time. Replaced by the parsers and
// refiners of the extraction issue.
import { nlp } from '../nlp.ts';
import type { DateMention } from '../types.ts';
import type { Segment } from '../segments.ts';

export interface DateContext {
  publishedAt: string | null;
}

function toIsoDay(value: string | undefined): string | null {
  return value ? value.slice(0, 10) : null;
}

export function findDates(segments: Segment[], context: DateContext): DateMention[] {
  const out: DateMention[] = [];
  for (const seg of segments) {
    const doc = nlp(seg.text);
    const found = (doc as any).dates(context.publishedAt ? { today: context.publishedAt } : {}).json({ offset: true }) as any[];
    for (const d of found) {
      const start = seg.start + d.offset.start;
      const text = d.text.trim();
      const s = toIsoDay(d.dates?.start);
      const e = toIsoDay(d.dates?.end);
      if (!s) continue;
      out.push({ text, start, end: start + text.length, value: e && e !== s ? `${s}/${e}` : s });
    }
  }
  return out;
}
