// Pure: an article's record and its text → what the article view draws. Every stored mention becomes
// one entry with its offsets, its kind and the normalised value a reader hovers to see; the side list
// groups them back into facts. Also the shape of GET /api/article (see the README).
import type { ArticleRecord } from '../functions/records/index.ts';

export type MentionKind = 'person' | 'place' | 'organization' | 'date' | 'money';

export interface ViewMention {
  /** Index into `mentions`, in text order: the page's id for the highlighted span. */
  id: number;
  start: number;
  end: number;
  text: string;
  kind: MentionKind;
  /** Index into `facts`. */
  fact: number;
}

export interface ViewFact {
  kind: MentionKind;
  /** What the reader sees in the side list. */
  label: string;
  /** The normalised value: ISO date, amount and currency, or the entity key. */
  value: string;
  /** The extractor's key (entities only). */
  entityKey?: string;
  /** What the table indexes the entity under: the entity page's name for it. */
  indexKey?: string;
  aliases?: string[];
  /** Money only. */
  amount?: number;
  amountHigh?: number;
  currency?: string;
  qualifier?: string;
  /** Mentions in the text; the record may hold fewer spans than this (see MAX_MENTIONS). */
  mentionCount: number;
  mentions: number[];
}

export interface ArticleView {
  bucket: string;
  key: string;
  status: string;
  reason?: string;
  title?: string;
  publishedAt?: string;
  /** Where publishedAt came from: the text, S3 metadata, or only the upload day. */
  publishedAtSource?: string;
  processedAt: string;
  extractorVersion: string;
  size?: number;
  encoding?: string;
  format?: string;
  counts?: Record<string, number>;
  /** The decoded text the offsets index; absent when the object cannot be read any more. */
  text?: string;
  /** Why `text` is missing, or a warning about it (the object changed since it was extracted). */
  textNote?: string;
  mentions: ViewMention[];
  facts: ViewFact[];
}

export function formatAmount(amount: number, currency: string, amountHigh?: number, qualifier?: string): string {
  const n = (v: number) => v.toLocaleString('en-US', { maximumFractionDigits: 2 });
  return `${qualifier ? `${qualifier} ` : ''}${n(amount)}${amountHigh !== undefined ? `–${n(amountHigh)}` : ''} ${currency}`;
}

export function buildArticleView(record: ArticleRecord, text: string | undefined, textNote?: string): ArticleView {
  const a = record.article;
  const facts: ViewFact[] = [];
  const spans: Array<Omit<ViewMention, 'id'>> = [];
  const add = (fact: Omit<ViewFact, 'mentions'>, mentions: Array<{ text: string; start: number; end: number }>) => {
    const index = facts.push({ ...fact, mentions: [] }) - 1;
    for (const m of mentions) {
      // A span outside the text (the object changed since) cannot be drawn; the side list keeps the fact.
      if (text !== undefined && (m.end > text.length || m.start < 0 || m.start >= m.end)) continue;
      spans.push({ start: m.start, end: m.end, text: m.text, kind: fact.kind, fact: index });
    }
  };
  for (const e of [...record.people, ...record.places, ...record.organizations]) {
    add({ kind: e.type, label: e.name, value: e.entityKey, entityKey: e.entityKey, indexKey: e.indexKey, aliases: e.aliases ?? [], mentionCount: e.mentionCount }, e.mentions ?? []);
  }
  for (const d of record.dates) add({ kind: 'date', label: d.mentions?.[0]?.text ?? d.value, value: d.value, mentionCount: d.mentionCount }, d.mentions ?? []);
  for (const m of record.money) {
    add({
      kind: 'money', label: m.mentions?.[0]?.text ?? formatAmount(m.amount, m.currency, m.amountHigh, m.qualifier),
      value: formatAmount(m.amount, m.currency, m.amountHigh, m.qualifier),
      amount: m.amount, amountHigh: m.amountHigh, currency: m.currency, qualifier: m.qualifier, mentionCount: m.mentionCount,
    }, m.mentions ?? []);
  }
  // Text order; an enclosing mention before the ones inside it, so the page can nest them.
  spans.sort((x, y) => x.start - y.start || y.end - x.end || x.fact - y.fact);
  const mentions = spans.map((s, id) => ({ id, ...s }));
  for (const m of mentions) facts[m.fact].mentions.push(m.id);
  return {
    bucket: a.bucket, key: a.key, status: a.status, reason: a.reason, title: a.title, publishedAt: a.publishedAt, publishedAtSource: a.publishedAtSource,
    processedAt: a.processedAt, extractorVersion: a.extractorVersion, size: a.size, encoding: a.encoding, format: a.format,
    counts: a.counts as Record<string, number> | undefined, text, textNote, mentions, facts,
  };
}
