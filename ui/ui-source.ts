// What the page reads from: the table (through functions/records), the bucket (the article text) and
// the dead-letter queue depth. Built from a CLI target (`gleaner ui`, local or --aws) or from the
// running local stack (`npm start`), so the server does not care which.
import type { S3Client } from '@aws-sdk/client-s3';
import { UnusableTextError } from '../functions/decode/decode-text.ts';
import { readArticleText } from '../functions/handler/read-article-text.ts';
import type { RecordTable } from '../functions/records/index.ts';

export interface ArticleText {
  text?: string;
  /** Why there is no text (the object is gone, too large, not text). */
  note?: string;
}

export interface UiSource {
  /** For the page header: "the local stack", "AWS stack Gleaner" … */
  label: string;
  /** A deployed table: reads cost money, so the page avoids whole-log reads it does not need. */
  deployed?: boolean;
  bucket: string;
  inputPrefix: string;
  table: RecordTable;
  /** The object decoded exactly as the handler decodes it, so stored offsets index this text. */
  readText(bucket: string, key: string): Promise<ArticleText>;
  /** Messages in the dead-letter queue, or undefined when the queue cannot be reached. */
  dlqDepth(): Promise<number | undefined>;
}

/** Reads article text with an S3 client the caller built (a CLI target's, the local stack's). */
export function createTextReader(s3: S3Client): UiSource['readText'] {
  return async (bucket, key) => {
    try {
      const decoded = await readArticleText(s3, bucket, key);
      return decoded ? { text: decoded.text } : { note: 'the object is no longer in the bucket (or is above the size limit)' };
    } catch (error) {
      if (error instanceof UnusableTextError) return { note: error.message };
      throw error;
    }
  };
}
