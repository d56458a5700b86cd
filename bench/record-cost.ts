// What the record model costs per article, from the items the records code builds for real
// extractions (bench/write-model.ts prices them by AWS's sizing rules). Articles of a fixed size are
// generated from the sample paragraphs (generate-articles.ts), extracted, and recorded in sequence, so
// the vocabulary (name parts and aliases, written once per corpus) is charged when a name is first seen.
import { extractArticle } from '../functions/extract/index.ts';
import { EXTRACTOR_VERSION } from '../functions/extract/version.ts';
import { buildArticleItems, computeEventOrder, type BuiltRecord, type ObjectVersion } from '../functions/records/index.ts';
import { findTitle } from '../functions/handler/find-title.ts';
import { generateArticle } from './generate-articles.ts';
import { billFirstWrite, type WriteBill } from './write-model.ts';

export interface RecordSample {
  version: ObjectVersion;
  record: BuiltRecord;
  bytes: number;
  chars: number;
  extractMs: number;
}

export interface RecordCost {
  chars: number;
  articles: number;
  meanBytes: number;
  /** Mean write units per article with the vocabulary charged on first sight in this sequence. */
  writeUnits: number;
  /** The same if every vocabulary term were new (a corpus of names never seen before). */
  writeUnitsAllTermsNew: number;
  storedBytes: number;
  storedBytesAllTermsNew: number;
  /** Mean per item kind: write units, items, stored bytes. */
  byKind: Record<string, { units: number; items: number; bytes: number }>;
  /** Vocabulary items per article: written here, and built (an upper bound). */
  newTermsPerArticle: number;
  termsPerArticle: number;
  /**
   * Vocabulary lookups (BatchGetItem keys, 0.5 read units each) per article: terms the container
   * handling the article has not seen yet, with articles dealt round-robin to CONTAINERS containers.
   */
  termLookupsPerArticle: number;
  /** One-core extraction time per article on this machine. */
  extractMs: number;
  samples: RecordSample[];
}

/** `count` articles of `chars` characters, extracted and built into records. */
export function buildRecordSamples(chars: number, count: number, seed = 9000): RecordSample[] {
  return Array.from({ length: count }, (_, i) => {
    const text = generateArticle(chars, seed + i);
    const started = performance.now();
    const extraction = extractArticle(text);
    const extractMs = performance.now() - started;
    // Key names like the local stack's and the end-to-end bench's (38 bytes with the bucket): every index
    // item's sort key holds them, so longer keys cost bytes (README: about 30 bytes per item per 30 characters).
    const version: ObjectVersion = { bucket: 'gleaner-local', key: `incoming/news-${String(i).padStart(6, '0')}.txt`, order: computeEventOrder((0x1000 + i).toString(16), undefined), etag: 'd41d8cd98f00b204e9800998ecf8427e', size: Buffer.byteLength(text) };
    const record = buildArticleItems(version, { text, extraction, encoding: 'utf-8', extractorVersion: EXTRACTOR_VERSION, processedAt: new Date(Date.UTC(2026, 11, 1, 0, 0, i)).toISOString(), title: findTitle(text) });
    return { version, record, bytes: Buffer.byteLength(text), chars: text.length, extractMs };
  });
}

/** Warm Lambda containers sharing the load (the event source's maxConcurrency). */
export const CONTAINERS = 10;

export function measureRecordCost(chars: number, count: number): RecordCost {
  const samples = buildRecordSamples(chars, count);
  const seen = new Set<string>();
  const bills: WriteBill[] = [];
  const worst: WriteBill[] = [];
  let newTerms = 0;
  let terms = 0;
  let lookups = 0;
  const containers = Array.from({ length: CONTAINERS }, () => new Set<string>());
  for (const [i, s] of samples.entries()) {
    const known = containers[i % CONTAINERS];
    for (const t of s.record.terms) {
      if (!known.has(`${t.pk}\n${t.sk}`)) lookups += 1;
      known.add(`${t.pk}\n${t.sk}`);
    }
    // Terms first seen in this article come first, so billFirstWrite charges exactly those.
    const fresh = s.record.terms.filter((t) => !seen.has(`${t.pk}\n${t.sk}`));
    for (const t of fresh) seen.add(`${t.pk}\n${t.sk}`);
    const ordered = { ...s.record, terms: [...fresh, ...s.record.terms.filter((t) => !fresh.includes(t))] };
    bills.push(billFirstWrite(s.version, ordered, fresh.length));
    worst.push(billFirstWrite(s.version, s.record));
    newTerms += fresh.length;
    terms += s.record.terms.length;
  }
  const mean = (f: (b: WriteBill) => number, list = bills) => list.reduce((n, b) => n + f(b), 0) / list.length;
  const kinds = [...new Set(bills.flatMap((b) => Object.keys(b.byKind)))];
  return {
    chars, articles: count,
    meanBytes: samples.reduce((n, s) => n + s.bytes, 0) / count,
    writeUnits: mean((b) => b.total), writeUnitsAllTermsNew: mean((b) => b.total, worst),
    storedBytes: mean((b) => b.stored), storedBytesAllTermsNew: mean((b) => b.stored, worst),
    byKind: Object.fromEntries(kinds.map((k) => [k, { units: mean((b) => b.byKind[k] ?? 0), items: mean((b) => b.items[k] ?? 0), bytes: mean((b) => b.storedBytes[k] ?? 0) }])),
    newTermsPerArticle: newTerms / count, termsPerArticle: terms / count, termLookupsPerArticle: lookups / count,
    extractMs: samples.reduce((n, s) => n + s.extractMs, 0) / count,
    samples,
  };
}
