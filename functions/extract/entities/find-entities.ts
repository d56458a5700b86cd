// First version: compromise's people/places/organizations as documented, merged by key. Replaced by
// the entity issue's find/parse/merge steps.
import { nlp } from '../nlp.ts';
import { entityKey } from '../keys.ts';
import type { Entity, EntityType, Span } from '../types.ts';
import type { Segment } from '../segments.ts';

export type EntitiesByType = Record<'people' | 'places' | 'organizations', Entity[]>;

function mergeByKey(spans: Span[]): Entity[] {
  const byKey = new Map<string, Entity>();
  for (const span of spans) {
    const key = entityKey(span.text);
    if (!key) continue;
    const entity = byKey.get(key) ?? { name: span.text, key, aliases: [], mentions: [] };
    entity.mentions.push(span);
    if (span.text.length > entity.name.length) entity.name = span.text;
    byKey.set(key, entity);
  }
  for (const e of byKey.values()) e.aliases = [...new Set(e.mentions.map((m) => m.text))].filter((t) => t !== e.name);
  return [...byKey.values()];
}

export function findEntities(segments: Segment[]): EntitiesByType {
  const spans: Record<EntityType, Span[]> = { person: [], place: [], organization: [] };
  for (const seg of segments) {
    const doc = nlp(seg.text);
    const pick = (view: any, type: EntityType) => {
      for (const m of view.json({ offset: true }) as any[]) {
        const start = seg.start + m.offset.start;
        const text = seg.text.slice(m.offset.start, m.offset.start + m.offset.length).replace(/[\s.,;:'’]+$/u, '');
        if (text) spans[type].push({ text, start, end: start + text.length });
      }
    };
    pick(doc.people(), 'person');
    pick(doc.places(), 'place');
    pick(doc.organizations(), 'organization');
  }
  return { people: mergeByKey(spans.person), places: mergeByKey(spans.place), organizations: mergeByKey(spans.organization) };
}
