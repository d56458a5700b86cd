// The baseline Gleaner is measured against: compromise + compromise-dates used exactly as their
// documentation shows, on the whole text at once (no paragraph splitting, no rules of our own), mapped
// onto the contract's JSON shape so the same scorer and the same timers apply to both.
import { nlpWithDates } from '../functions/extract/nlp.ts';
import { entityKey } from '../functions/extract/keys.ts';
import { findPublishedHeader } from '../functions/extract/published-at.ts';
import type { DateMention, Entity, Extraction, MoneyMention, Span } from '../functions/extract/types.ts';

interface OffsetJson {
  text: string;
  offset: { start: number; length: number };
}

function toSpan(m: OffsetJson): Span {
  return { text: m.text, start: m.offset.start, end: m.offset.start + m.offset.length };
}

// compromise returns one match per mention; the contract wants one entity per key with its mentions.
function groupByKey(spans: Span[]): Entity[] {
  const byKey = new Map<string, Entity>();
  for (const span of spans) {
    const key = entityKey(span.text);
    if (!key) continue;
    const entity = byKey.get(key) ?? { name: span.text, key, aliases: [], mentions: [] };
    entity.mentions.push(span);
    if (span.text.length > entity.name.length) entity.name = span.text;
    byKey.set(key, entity);
  }
  for (const entity of byKey.values()) {
    entity.aliases = [...new Set(entity.mentions.map((m) => m.text))].filter((t) => t !== entity.name);
  }
  return [...byKey.values()];
}

/** Runs the documented calls once on the whole text; `publishedAt` from the option or the header. */
export function extractNaive(text: string, options: { publishedAt?: string | null } = {}): Extraction {
  const publishedAt = options.publishedAt ?? findPublishedHeader(text)?.value ?? null;
  const doc = nlpWithDates()(text);
  const entities = (view: { json(o: object): unknown }) => groupByKey((view.json({ offset: true }) as OffsetJson[]).map(toSpan));
  // compromise-dates adds .dates() and compromise's number plugin .money(); neither is in the base typings.
  const withPlugins = doc as unknown as {
    dates(o: object): { json(o: object): Array<OffsetJson & { dates?: { start?: string; end?: string } }> };
    money(): { json(o: object): Array<OffsetJson & { number?: { num?: number; iso?: string } }> };
  };
  const dates: DateMention[] = [];
  for (const d of withPlugins.dates(publishedAt ? { today: publishedAt } : {}).json({ offset: true })) {
    const start = d.dates?.start?.slice(0, 10);
    const end = d.dates?.end?.slice(0, 10);
    if (!start) continue;
    dates.push({ ...toSpan(d), value: end && end !== start ? `${start}/${end}` : start });
  }
  const money: MoneyMention[] = [];
  for (const m of withPlugins.money().json({ offset: true })) {
    if (typeof m.number?.num !== 'number') continue;
    money.push({ ...toSpan(m), amount: m.number.num, currency: (m.number.iso ?? 'USD').toUpperCase() });
  }
  return {
    publishedAt,
    publishedAtSource: publishedAt ? 'given' : null,
    people: entities(doc.people()),
    places: entities(doc.places()),
    organizations: entities(doc.organizations()),
    dates,
    money,
  };
}
