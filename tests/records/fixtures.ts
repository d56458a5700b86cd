// Hand-made extractions for record-model tests: the model must store whatever the extractor returns,
// so these tests do not depend on the extractor's current quality.
import { entityKey } from '../../functions/extract/keys.ts';
import type { DateMention, Entity, Extraction, MoneyMention, Span } from '../../functions/extract/types.ts';
import { buildArticleItems } from '../../functions/records/build-items.ts';
import { computeEventOrder } from '../../functions/records/event-order.ts';
import type { ObjectVersion } from '../../functions/records/model.ts';

/** Every occurrence of `surface` in `text`. */
export function findSpans(text: string, surface: string): Span[] {
  const spans: Span[] = [];
  for (let i = text.indexOf(surface); i >= 0; i = text.indexOf(surface, i + surface.length)) spans.push({ text: surface, start: i, end: i + surface.length });
  if (!spans.length) throw new Error(`fixture error: "${surface}" is not in the text`);
  return spans;
}

export function entity(text: string, name: string, aliases: string[] = []): Entity {
  const all = [name, ...aliases].flatMap((s) => findSpans(text, s));
  // "Tokayev" inside "Kassym-Jomart Tokayev" is one mention, not two.
  const inside = (a: Span, b: Span) => a !== b && b.start <= a.start && a.end <= b.end;
  const mentions = (aliases.length ? all.filter((a) => !all.some((b) => inside(a, b))) : all).sort((a, b) => a.start - b.start);
  return { name, key: entityKey(name), aliases, mentions };
}

export interface FixtureSpec {
  publishedAt?: string | null;
  people?: Array<[string, ...string[]]>;
  places?: Array<[string, ...string[]]>;
  organizations?: Array<[string, ...string[]]>;
  dates?: Array<[surface: string, value: string]>;
  money?: Array<[surface: string, amount: number, currency: string]>;
}

export function makeExtraction(text: string, spec: FixtureSpec): Extraction {
  const ents = (list: Array<[string, ...string[]]> = []) => list.map(([name, ...aliases]) => entity(text, name, aliases));
  return {
    publishedAt: spec.publishedAt ?? null,
    publishedAtSource: spec.publishedAt ? 'given' : null,
    people: ents(spec.people),
    places: ents(spec.places),
    organizations: ents(spec.organizations),
    dates: (spec.dates ?? []).flatMap(([surface, value]): DateMention[] => findSpans(text, surface).map((s) => ({ ...s, value }))),
    money: (spec.money ?? []).flatMap(([surface, amount, currency]): MoneyMention[] => findSpans(text, surface).map((s) => ({ ...s, amount, currency }))),
  };
}

let sequencer = 0x20000000n;
export const nextOrder = () => computeEventOrder((++sequencer).toString(16).toUpperCase(), undefined);

export function makeVersion(bucket: string, key: string, order = nextOrder()): ObjectVersion {
  return { bucket, key, order, sequencer: order.slice(1).replace(/^0+/, ''), etag: 'etag', size: 1 };
}

export function buildFixture(version: ObjectVersion, text: string, spec: FixtureSpec, processedAt = '2026-01-01T00:00:00.000Z') {
  return buildArticleItems(version, { text, extraction: makeExtraction(text, spec), encoding: 'utf-8', extractorVersion: 'test', processedAt });
}
