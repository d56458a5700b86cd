// Pure: one result for an object (extracted, failed, rejected or removed) → the items that record it.
// Designed from the write bill (README.md): everything about the article lives once, compressed, on
// its facts item; every item outside the partition is small and exists because a question reads it.
import type { Entity, EntityType, Extraction, Span } from '../extract/types.ts';
import { clipToPartition, listDatePartitions, parseDateValue } from './date-range.ts';
import {
  ARTICLE_SK, SHARDS, activityPk, activitySk, articlePk, clipUtf8, datePk, dateSk, indexedId, mentionPk, mentionSk, moneyPk, moneySk,
  shardOf, termPk, termSk,
} from './keys.ts';
import { SHORT_CONTEXT_CHARS, makeContext } from './make-context.ts';
import { buildBucketItem, type BucketItem } from './bucket-names.ts';
import { indexKeyOf, listNameTerms } from './name-terms.ts';
import type {
  ActivityItem, ArticleCounts, ArticleFacts, ArticleItem, ArticleStatus, DateFact, DatesItem, DateValue, EntityFact, IndexItem,
  MentionItem, MoneyFact, MoneyItem, ObjectVersion, SpanTuple, StoredSpan, TermItem, TombstoneItem,
} from './model.ts';

/** Mentions kept per fact; `mentionCount` keeps the true number. */
export const MAX_MENTIONS = 100;
const MAX_ALIASES = 25;
const MAX_NAME_CHARS = 300;
/** Names per type on the activity item (what top-N counts): bounds it for a pathological article. */
const MAX_ACTIVITY_NAMES = 1000;
/** Tombstones are kept this long: far longer than any SQS retry window. */
export const TOMBSTONE_SECONDS = 7 * 24 * 3600;

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
  /** For people scanning results (the handler derives it from the text). */
  title?: string;
}

/** Everything that records one object's current state. */
export interface BuiltRecord {
  head: ArticleItem | TombstoneItem;
  /** Null for a removal: nothing is left to describe. */
  facts: ArticleFacts | null;
  /** Items outside the article's partition, each answering one question. */
  index: IndexItem[];
  /** Corpus-wide items (vocabulary terms, the bucket's name); written only when the corpus lacks them. */
  terms: Array<TermItem | BucketItem>;
}

/** Drops undefined fields: the caller's document client may not be set to remove them. */
function compact<T extends object>(item: T): T {
  return Object.fromEntries(Object.entries(item).filter(([, v]) => v !== undefined)) as T;
}

const toSpan = (s: Span): StoredSpan => ({ text: s.text, start: s.start, end: s.end });
const byStart = (a: Span, b: Span) => a.start - b.start;
const shortContext = (text: string, s: Span) => makeContext(text, s.start, s.end, SHORT_CONTEXT_CHARS);

function buildEntityFacts(type: EntityType, entities: Entity[], text: string): EntityFact[] {
  // Entities that fold to one index key are one fact: the table looks them up as one.
  const merged = new Map<string, { name: string; entityKey: string; aliases: Set<string>; mentions: Span[] }>();
  for (const entity of entities) {
    const indexKey = indexKeyOf(entity.name) || indexKeyOf(entity.key);
    if (!indexKey) continue;
    const entry = merged.get(indexKey) ?? { name: entity.name, entityKey: entity.key, aliases: new Set<string>(), mentions: [] };
    if (entity.name.length > entry.name.length) {
      entry.aliases.add(entry.name);
      entry.name = entity.name;
      entry.entityKey = entity.key;
    } else if (entity.name !== entry.name) {
      entry.aliases.add(entity.name);
    }
    for (const alias of entity.aliases) entry.aliases.add(alias);
    entry.mentions.push(...entity.mentions);
    merged.set(indexKey, entry);
  }
  return [...merged].map(([indexKey, e]) => {
    const mentions = [...e.mentions].sort(byStart);
    return compact<EntityFact>({
      type,
      name: e.name.slice(0, MAX_NAME_CHARS),
      entityKey: clipUtf8(e.entityKey),
      indexKey,
      aliases: [...e.aliases].filter((a) => a !== e.name).slice(0, MAX_ALIASES).map((a) => a.slice(0, MAX_NAME_CHARS)),
      mentionCount: mentions.length,
      mentions: mentions.slice(0, MAX_MENTIONS).map(toSpan),
      context: mentions.length ? makeContext(text, mentions[0].start, mentions[0].end) : '',
    });
  });
}

function buildDateFacts(extraction: Extraction, text: string): DateFact[] {
  const byValue = new Map<string, Span[]>();
  for (const d of extraction.dates) byValue.set(d.value, [...(byValue.get(d.value) ?? []), d]);
  return [...byValue].map(([value, spans]) => {
    const mentions = [...spans].sort(byStart);
    const range = parseDateValue(value);
    return compact<DateFact>({
      value, rangeStart: range?.start, rangeEnd: range?.end, mentionCount: mentions.length,
      mentions: mentions.slice(0, MAX_MENTIONS).map(toSpan), context: makeContext(text, mentions[0].start, mentions[0].end),
    });
  });
}

function buildMoneyFacts(extraction: Extraction, text: string): MoneyFact[] {
  const groups = new Map<string, typeof extraction.money>();
  for (const m of extraction.money) {
    if (!Number.isFinite(m.amount) || !/^[A-Z]{3}$/.test(m.currency)) continue;
    const id = `${m.currency}#${m.amount}#${m.amountHigh ?? ''}`;
    groups.set(id, [...(groups.get(id) ?? []), m]);
  }
  return [...groups.values()].map((list) => {
    const mentions = [...list].sort(byStart);
    const first = mentions[0];
    return compact<MoneyFact>({
      currency: first.currency, amount: first.amount, amountHigh: first.amountHigh, qualifier: first.qualifier,
      mentionCount: mentions.length, mentions: mentions.slice(0, MAX_MENTIONS).map(toSpan), context: makeContext(text, first.start, first.end),
    });
  });
}

const tuple = (s: StoredSpan): SpanTuple => [s.text, s.start, s.end];

/** One item per (century or LONG) partition the article's dates fall in, holding those values. */
function buildDatesItems(facts: ArticleFacts, text: string, id: string): DatesItem[] {
  const partitions = new Map<string, { start: string; lastEnd: string; values: DateValue[] }>();
  for (const d of facts.dates) {
    if (!d.rangeStart || !d.rangeEnd) continue;
    const range = { start: d.rangeStart, end: d.rangeEnd };
    const value: DateValue = { v: d.value, s: range.start, e: range.end, c: d.mentionCount, w: tuple(d.mentions[0]), x: shortContext(text, d.mentions[0]) };
    for (const partition of listDatePartitions(range)) {
      const clipped = clipToPartition(range, partition);
      const entry = partitions.get(partition) ?? { start: clipped.start, lastEnd: clipped.end, values: [] };
      if (clipped.start < entry.start) entry.start = clipped.start;
      if (clipped.end > entry.lastEnd) entry.lastEnd = clipped.end;
      entry.values.push(value);
      partitions.set(partition, entry);
    }
  }
  const shard = shardOf(id, SHARDS.date);
  return [...partitions].map(([partition, e]) => ({
    pk: datePk(partition, shard), sk: dateSk(e.start, id), e: e.lastEnd, v: e.values.sort((a, b) => a.s.localeCompare(b.s)),
  }));
}

function buildMoneyItems(facts: ArticleFacts, text: string, id: string): MoneyItem[] {
  return facts.money.map((m) => compact<MoneyItem>({
    pk: moneyPk(m.currency, shardOf(id, SHARDS.money)), sk: moneySk(m.amount, id, m.amountHigh),
    a: m.amount, h: m.amountHigh, q: m.qualifier, c: m.mentionCount, w: tuple(m.mentions[0]), x: shortContext(text, m.mentions[0]),
  }));
}

function buildMentionItems(entities: EntityFact[], text: string, publishedAt: string | undefined, id: string): MentionItem[] {
  const shard = shardOf(id, SHARDS.entity);
  return entities.map((e) => ({
    pk: mentionPk(e.indexKey, shard), sk: mentionSk(publishedAt, id, e.type), n: e.name, c: e.mentionCount,
    x: e.mentions.length ? shortContext(text, e.mentions[0]) : '',
  }));
}

function buildTermItems(entities: EntityFact[]): TermItem[] {
  const items = new Map<string, TermItem>();
  for (const e of entities) {
    for (const term of listNameTerms(e.type, e.name, e.aliases)) {
      const item: TermItem = { pk: termPk(term), sk: termSk(e.indexKey, e.type), kind: 'term', type: e.type, indexKey: e.indexKey, name: e.name };
      items.set(`${item.pk}\n${item.sk}`, item);
    }
  }
  return [...items.values()];
}

interface HeadFields {
  status: ArticleStatus; reason?: string; encoding?: string; format?: string; publishedAt?: string; publishedAtSource?: ArticleItem['publishedAtSource'];
  title?: string; counts?: ArticleCounts; extractorVersion: string; processedAt: string;
}

function buildHead(version: ObjectVersion, fields: HeadFields): ArticleItem {
  return compact<ArticleItem>({
    pk: articlePk(version.bucket, version.key), sk: ARTICLE_SK, kind: 'article', bucket: version.bucket, key: version.key,
    ...fields,
    order: version.order, sequencer: version.sequencer, eventTime: version.eventTime, etag: version.etag, versionId: version.versionId, size: version.size,
  });
}

function buildActivity(version: ObjectVersion, head: ArticleItem, id: string, facts?: ArticleFacts, title?: string): ActivityItem {
  const names = (list: EntityFact[] | undefined) => (list?.length ? list.slice(0, MAX_ACTIVITY_NAMES).map((e) => e.name) : undefined);
  let sums: Record<string, number> | undefined;
  let months: Record<string, number> | undefined;
  for (const m of facts?.money ?? []) (sums ??= {})[m.currency] = (sums[m.currency] ?? 0) + m.amount;
  for (const d of facts?.dates ?? []) {
    // Day and month values only: a year or a decade is no point on a monthly timeline.
    if (!d.rangeStart || !d.rangeEnd || d.rangeStart.slice(0, 7) !== d.rangeEnd.slice(0, 7)) continue;
    const month = d.rangeStart.slice(0, 7);
    (months ??= {})[month] = (months[month] ?? 0) + 1;
  }
  return compact<ActivityItem>({
    pk: activityPk(head.status, shardOf(id, SHARDS.activity)), sk: activitySk(head.processedAt, id), extractorVersion: head.extractorVersion,
    etag: version.etag, title, publishedAt: head.publishedAt, publishedAtSource: head.publishedAtSource, reason: head.reason,
    counts: head.counts, people: names(facts?.people), places: names(facts?.places), organizations: names(facts?.organizations), sums, months,
  });
}

/** The full record of a successfully extracted article. */
export function buildArticleItems(version: ObjectVersion, content: ArticleContent): BuiltRecord {
  const { text, extraction } = content;
  const id = indexedId(version.bucket, version.key);
  const facts: ArticleFacts = {
    title: content.title,
    people: buildEntityFacts('person', extraction.people, text),
    places: buildEntityFacts('place', extraction.places, text),
    organizations: buildEntityFacts('organization', extraction.organizations, text),
    dates: buildDateFacts(extraction, text),
    money: buildMoneyFacts(extraction, text),
  };
  const publishedAt = extraction.publishedAt ?? undefined;
  const head = buildHead(version, {
    status: 'extracted', encoding: content.encoding, format: content.format, publishedAt,
    publishedAtSource: publishedAt ? extraction.publishedAtSource ?? undefined : undefined,
    counts: { people: facts.people.length, places: facts.places.length, organizations: facts.organizations.length, dates: facts.dates.length, money: facts.money.length },
    extractorVersion: content.extractorVersion, processedAt: content.processedAt,
  });
  const entities = [...facts.people, ...facts.places, ...facts.organizations];
  const index: IndexItem[] = [
    buildActivity(version, head, id, facts, content.title),
    ...buildMentionItems(entities, text, publishedAt, id),
    ...buildDatesItems(facts, text, id),
    ...buildMoneyItems(facts, text, id),
  ];
  return { head, facts, index, terms: [buildBucketItem(version.bucket), ...buildTermItems(entities)] };
}

/** An article that could not be extracted: no facts, a reason a person can act on. */
export function buildUnsuccessfulArticle(
  version: ObjectVersion,
  status: Exclude<ArticleStatus, 'extracted'>,
  reason: string,
  meta: { extractorVersion: string; processedAt: string; encoding?: string },
): BuiltRecord {
  const head = buildHead(version, { status, reason, ...meta });
  const facts: ArticleFacts = { people: [], places: [], organizations: [], dates: [], money: [] };
  return { head, facts, index: [buildActivity(version, head, indexedId(version.bucket, version.key))], terms: [buildBucketItem(version.bucket)] };
}

/** ObjectRemoved: a tombstone carrying the event order, and nothing else. */
export function buildRemoval(version: ObjectVersion, removedAt: Date): BuiltRecord {
  const head: TombstoneItem = {
    pk: articlePk(version.bucket, version.key), sk: ARTICLE_SK, kind: 'tombstone', bucket: version.bucket, key: version.key,
    order: version.order, removedAt: removedAt.toISOString(), expiresAt: Math.floor(removedAt.getTime() / 1000) + TOMBSTONE_SECONDS,
  };
  return { head, facts: null, index: [], terms: [] };
}
