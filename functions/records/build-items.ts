// Pure: one extraction → the article's items. Aggregated on purpose (one item per distinct entity,
// date value or amount, mentions inside it) because write units, not reads, dominate Gleaner's cost.
import { entityKey, matchKey } from '../extract/keys.ts';
import type { Entity, EntityType, Extraction, Span } from '../extract/types.ts';
import { clipToYear, listDatePartitions, parseDateValue } from './date-range.ts';
import { findTitle } from './find-title.ts';
import {
  ARTICLE_SK, UNDATED, aliasSk, articleId, articlePk, clipUtf8, dateGsiPk, dateSk, entityGsiPk, entitySk, moneyGsiPk,
  moneySk, statusGsiPk, storedEntityKey,
} from './keys.ts';
import { makeContext } from './make-context.ts';
import type {
  AliasItem, ArticleCounts, ArticleItem, ArticleStatus, ChildItem, DateItem, EntityItem, MoneyItem, ObjectVersion, StoredSpan,
  TombstoneItem,
} from './model.ts';

/** Mentions kept per item; `mentionCount` keeps the true number. Bounds every item far below 400 KB. */
export const MAX_MENTIONS = 100;
/** A second guard on top of MAX_MENTIONS for mentions with very long text. */
export const MAX_ITEM_BYTES = 64 * 1024;
const MAX_ALIASES = 25;
const MAX_NAME_CHARS = 300;
const MAX_ID_BYTES = 600;
/** Tombstones are kept this long: far longer than any SQS retry window. */
const TOMBSTONE_SECONDS = 7 * 24 * 3600;

export const ENTITY_TYPES: Array<[EntityType, 'people' | 'places' | 'organizations']> = [
  ['person', 'people'],
  ['place', 'places'],
  ['organization', 'organizations'],
];

export interface ArticleContent {
  text: string;
  extraction: Extraction;
  encoding?: string;
  /** `html` when the text is an HTML page's visible text. */
  format?: string;
  extractorVersion: string;
  processedAt: string;
}

export interface ArticleItems {
  article: ArticleItem;
  children: ChildItem[];
}

/** Drops undefined fields: the caller's document client may not be set to remove them. */
function compact<T extends object>(item: T): T {
  return Object.fromEntries(Object.entries(item).filter(([, v]) => v !== undefined)) as T;
}

const approximateBytes = (item: object) => Buffer.byteLength(JSON.stringify(item));

/** Keeps the first mentions in text order, as many as fit both caps. */
function capMentions<T extends { mentions: StoredSpan[] }>(item: T): T {
  let capped = { ...item, mentions: item.mentions.slice(0, MAX_MENTIONS) };
  while (capped.mentions.length > 1 && approximateBytes(capped) > MAX_ITEM_BYTES) {
    capped = { ...capped, mentions: capped.mentions.slice(0, Math.ceil(capped.mentions.length / 2)) };
  }
  return capped;
}

const toSpan = (s: Span): StoredSpan => ({ text: s.text, start: s.start, end: s.end });
const byStart = (a: Span, b: Span) => a.start - b.start;

function baseFields(version: ObjectVersion) {
  return { pk: articlePk(version.bucket, version.key), bucket: version.bucket, key: version.key };
}

const indexedId = (version: ObjectVersion) => clipUtf8(articleId(version.bucket, version.key), MAX_ID_BYTES);

function buildEntityItems(type: EntityType, entities: Entity[], version: ObjectVersion, content: ArticleContent): EntityItem[] {
  const { text, extraction } = content;
  const publishedAt = extraction.publishedAt ?? undefined;
  // An extractor may split one key across two entities; the table holds one item per (type, key).
  const merged = new Map<string, { name: string; key: string; aliases: Set<string>; mentions: Span[] }>();
  for (const entity of entities) {
    const key = storedEntityKey(entity.key || entityKey(entity.name));
    if (!key) continue;
    const entry = merged.get(key) ?? { name: entity.name, key, aliases: new Set<string>(), mentions: [] };
    if (entity.name.length > entry.name.length) {
      entry.aliases.add(entry.name);
      entry.name = entity.name;
    } else if (entity.name !== entry.name) {
      entry.aliases.add(entity.name);
    }
    for (const alias of entity.aliases) if (alias !== entry.name) entry.aliases.add(alias);
    entry.mentions.push(...entity.mentions);
    merged.set(key, entry);
  }
  return [...merged.values()].map((e) => {
    const mentions = [...e.mentions].sort(byStart);
    return capMentions(compact<EntityItem>({
      ...baseFields(version),
      sk: entitySk(type, e.key),
      kind: 'entity',
      type,
      entityKey: e.key,
      name: e.name.slice(0, MAX_NAME_CHARS),
      aliases: [...e.aliases].filter((a) => a !== e.name).slice(0, MAX_ALIASES).map((a) => a.slice(0, MAX_NAME_CHARS)),
      publishedAt,
      mentionCount: mentions.length,
      mentions: mentions.map(toSpan),
      context: mentions.length ? makeContext(text, mentions[0].start, mentions[0].end) : '',
      gsi1pk: entityGsiPk(e.key),
      gsi1sk: `${publishedAt ?? UNDATED}#${indexedId(version)}`,
    }));
  });
}

function buildAliasItems(entities: EntityItem[]): AliasItem[] {
  // An alias that is itself an entity of this article would list the article twice for one lookup.
  const ownKeys = new Set(entities.map((e) => e.entityKey));
  const items = new Map<string, AliasItem>();
  for (const entity of entities) {
    // A hyphenated name is also looked up as written without its hyphens ("Kassym Jomart Tokayev"):
    // matchKey gives that key, for the entity's own name as for its aliases.
    const names = [entity.name, ...entity.aliases];
    const keyed = names.flatMap((alias) => [...new Set([entityKey(alias), matchKey(alias)])].map((k) => [alias, storedEntityKey(k)] as const));
    for (const [alias, aliasKey] of keyed) {
      if (!aliasKey || ownKeys.has(aliasKey)) continue;
      const sk = aliasSk(entity.type, aliasKey, entity.entityKey);
      if (items.has(sk)) continue;
      items.set(sk, compact<AliasItem>({
        pk: entity.pk, sk, bucket: entity.bucket, key: entity.key,
        kind: 'alias', type: entity.type, alias, aliasKey, entityKey: entity.entityKey, name: entity.name,
        publishedAt: entity.publishedAt, mentionCount: entity.mentionCount, context: entity.context,
        gsi1pk: entityGsiPk(aliasKey), gsi1sk: entity.gsi1sk,
      }));
    }
  }
  return [...items.values()];
}

function buildDateItems(version: ObjectVersion, content: ArticleContent): DateItem[] {
  const { text, extraction } = content;
  const byValue = new Map<string, Span[]>();
  for (const d of extraction.dates) byValue.set(d.value, [...(byValue.get(d.value) ?? []), d]);
  const items: DateItem[] = [];
  for (const [value, spans] of byValue) {
    const range = parseDateValue(value);
    // A value the calendar cannot place stays on the article (question 1) but in no date partition.
    if (!range) continue;
    const mentions = [...spans].sort(byStart);
    for (const partition of listDatePartitions(range)) {
      const clipped = clipToYear(range, partition);
      items.push(capMentions(compact<DateItem>({
        ...baseFields(version),
        sk: dateSk(value, partition),
        kind: 'date',
        value,
        rangeStart: range.start,
        rangeEnd: range.end,
        publishedAt: extraction.publishedAt ?? undefined,
        mentionCount: mentions.length,
        mentions: mentions.map(toSpan),
        context: makeContext(text, mentions[0].start, mentions[0].end),
        gsi1pk: dateGsiPk(partition),
        gsi1sk: `${clipped.start}#${clipped.end}#${indexedId(version)}`,
      })));
    }
  }
  return items;
}

function buildMoneyItems(version: ObjectVersion, content: ArticleContent): MoneyItem[] {
  const { text, extraction } = content;
  const groups = new Map<string, typeof extraction.money>();
  for (const m of extraction.money) {
    if (!Number.isFinite(m.amount) || !/^[A-Z]{3}$/.test(m.currency)) continue;
    const sk = moneySk(m.currency, m.amount, m.amountHigh);
    groups.set(sk, [...(groups.get(sk) ?? []), m]);
  }
  return [...groups].map(([sk, list]) => {
    const mentions = [...list].sort(byStart);
    const first = mentions[0];
    return capMentions(compact<MoneyItem>({
      ...baseFields(version),
      sk,
      kind: 'money',
      currency: first.currency,
      amount: first.amount,
      amountHigh: first.amountHigh,
      qualifier: first.qualifier,
      publishedAt: extraction.publishedAt ?? undefined,
      mentionCount: mentions.length,
      mentions: mentions.map(toSpan),
      context: makeContext(text, first.start, first.end),
      gsi2pk: moneyGsiPk(first.currency),
      gsi2sk: first.amount,
    }));
  });
}

function buildArticleItem(version: ObjectVersion, fields: {
  status: ArticleStatus; reason?: string; encoding?: string; format?: string; publishedAt?: string; title?: string; counts?: ArticleCounts;
  extractorVersion: string; processedAt: string;
}): ArticleItem {
  return compact<ArticleItem>({
    ...baseFields(version),
    sk: ARTICLE_SK,
    kind: 'article',
    ...fields,
    order: version.order,
    sequencer: version.sequencer,
    eventTime: version.eventTime,
    etag: version.etag,
    versionId: version.versionId,
    size: version.size,
    gsi1pk: statusGsiPk(fields.status),
    gsi1sk: `${fields.processedAt}#${indexedId(version)}`,
  });
}

/** The full item set of a successfully extracted article. */
export function buildArticleItems(version: ObjectVersion, content: ArticleContent): ArticleItems {
  const entities = ENTITY_TYPES.flatMap(([type, field]) => buildEntityItems(type, content.extraction[field], version, content));
  const dates = buildDateItems(version, content);
  const money = buildMoneyItems(version, content);
  const counts: ArticleCounts = {
    people: entities.filter((e) => e.type === 'person').length,
    places: entities.filter((e) => e.type === 'place').length,
    organizations: entities.filter((e) => e.type === 'organization').length,
    dates: new Set(content.extraction.dates.map((d) => d.value)).size,
    money: money.length,
  };
  const article = buildArticleItem(version, {
    status: 'extracted',
    encoding: content.encoding,
    format: content.format,
    publishedAt: content.extraction.publishedAt ?? undefined,
    title: findTitle(content.text),
    counts,
    extractorVersion: content.extractorVersion,
    processedAt: content.processedAt,
  });
  return { article, children: [...entities, ...buildAliasItems(entities), ...dates, ...money] };
}

/** An article that could not be extracted: no children, a reason a person can act on. */
export function buildUnsuccessfulArticle(
  version: ObjectVersion,
  status: Exclude<ArticleStatus, 'extracted'>,
  reason: string,
  meta: { extractorVersion: string; processedAt: string; encoding?: string },
): ArticleItem {
  return buildArticleItem(version, { status, reason, ...meta });
}

export function buildTombstone(version: ObjectVersion, removedAt: Date): TombstoneItem {
  return {
    ...baseFields(version),
    sk: ARTICLE_SK,
    kind: 'tombstone',
    order: version.order,
    removedAt: removedAt.toISOString(),
    expiresAt: Math.floor(removedAt.getTime() / 1000) + TOMBSTONE_SECONDS,
  };
}
