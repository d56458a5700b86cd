// The public shape of an extraction: see ../shared/CONTRACT.md. Fields may be added, never renamed.

/** A stretch of the input: `text === input.slice(start, end)` always holds. */
export interface Span {
  text: string;
  start: number;
  end: number;
}

export type EntityType = 'person' | 'place' | 'organization';

export interface Entity {
  /** The fullest surface form found in the document. */
  name: string;
  /** Canonical key, diacritic- and case-folded; `Việt Nam` and `Vietnam` share one. */
  key: string;
  /** Other surface forms merged into this entity. */
  aliases: string[];
  mentions: Span[];
}

export interface DateMention extends Span {
  /** ISO 8601 at the precision the text gives (`2023`, `2023-08`, `2023-08-18`) or `START/END`. */
  value: string;
}

export type MoneyQualifier = 'about' | 'nearly' | 'over' | 'under' | 'up to' | 'at least' | 'at most';

export interface MoneyMention extends Span {
  /** Whole units: `US$1.5 billion` → 1500000000. For a range, the low end. */
  amount: number;
  /** ISO 4217 code. */
  currency: string;
  /** Extra field: the high end of a range (`$5-6 billion`). */
  amountHigh?: number;
  /** Extra field: a hedge in front of the amount, never folded into it. */
  qualifier?: MoneyQualifier;
}

/** The extractor's output for one document, without the caller's `id`. */
export interface Extraction {
  publishedAt: string | null;
  /** Where `publishedAt` came from (an added field of the contract); null when there is none. */
  publishedAtSource: PublishedAtSource | null;
  people: Entity[];
  places: Entity[];
  organizations: Entity[];
  dates: DateMention[];
  money: MoneyMention[];
}

/**
 * Where the reference date came from, in the order they are tried: a value the caller gives (`given`: the
 * CLI flag or JSONL field; `metadata`: S3 user metadata), the text's `date YYYY-MM-DD` header, a dateline or
 * byline date near the top, and last the object's upload time (`uploaded`, pipeline only).
 */
export type PublishedAtSource = 'given' | 'metadata' | 'header' | 'dateline' | 'uploaded';

export interface ExtractOptions {
  /** `YYYY-MM-DD`; relative expressions resolve against it. `null` leaves them out. */
  publishedAt?: string | null;
  /** Where a given `publishedAt` came from: `given` (default) or `metadata`. */
  publishedAtSource?: 'given' | 'metadata';
  /** The object's upload day `YYYY-MM-DD`: the last resort when neither the caller nor the text gives a date. */
  uploadedAt?: string | null;
}
