// An article's text exactly as the extractor saw it, so a reader (the web UI) can show the words at
// the offsets the records give: the object's bytes from S3, decoded the way the handler decodes them.
import type { S3Client } from '@aws-sdk/client-s3';
import { MAX_OBJECT_BYTES } from '../../infra/definitions.ts';
import { decodeText, type DecodedText } from '../decode/decode-text.ts';
import { readObject } from './read-object.ts';

/** The decoded text, or null when the object is gone or too large to have been extracted. */
export async function readArticleText(s3: S3Client, bucket: string, key: string, maxBytes: number = MAX_OBJECT_BYTES): Promise<DecodedText | null> {
  const read = await readObject(s3, bucket, key, maxBytes);
  if (read.kind !== 'bytes') return null;
  return decodeText(read.bytes);
}
