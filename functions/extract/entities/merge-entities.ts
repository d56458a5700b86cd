// Turns candidates into the contract's entities: one entity per key per article, named by its fullest
// surface form, with every other surface form as an alias and every mention's exact offsets.
import { entityKey, matchKey } from '../keys.ts';
import type { Entity, Span } from '../types.ts';

export interface Mention {
  key: string;
  span: Span;
}

/** Groups mentions by key; entities come in the order of their first mention in the text. */
export function mergeEntities(mentions: Mention[]): Entity[] {
  const byKey = new Map<string, Entity>();
  for (const { key, span } of mentions) {
    let entity = byKey.get(key);
    if (!entity) {
      entity = { name: span.text, key, aliases: [], mentions: [] };
      byKey.set(key, entity);
    }
    if (entity.mentions.some((m) => m.start === span.start && m.end === span.end)) continue;
    entity.mentions.push(span);
  }
  for (const entity of byKey.values()) {
    entity.mentions.sort((a, b) => a.start - b.start);
    const forms = [...new Set(entity.mentions.map((m) => m.text))];
    // The fullest form: most words, then longest, then not shouted in capitals; on a tie the first written.
    const words = (s: string) => s.split(/\s+/).length;
    const shouted = (s: string) => (s === s.toUpperCase() && s.length > 4 ? 1 : 0);
    const better = (f: string, best: string) => words(f) - words(best) || f.length - best.length || shouted(best) - shouted(f);
    // Mentions are grouped by matchKey; the contract wants key === entityKey(name). Among the forms,
    // those that fold to the group's key come first ("Kazakhstan" over "Republic of Kazakhstan"); when
    // none does (a gazetteer's canonical name never written), the entity is named by its fullest form.
    const canonical = forms.filter((f) => matchKey(f) === entity!.key);
    const pool = canonical.length > 0 ? canonical : forms;
    entity.name = pool.reduce((best, f) => (better(f, best) > 0 ? f : best), pool[0]);
    entity.key = entityKey(entity.name);
    entity.aliases = forms.filter((f) => f !== entity!.name);
  }
  return [...byKey.values()].sort((a, b) => a.mentions[0].start - b.mentions[0].start);
}
