// Reads an object's bytes, but never more than the size limit: the Lambda's memory and time are
// sized for articles, and a 20 MB upload must become a clear record, not a timeout. Also returns what
// S3 says about the object that the extractor can use: the `x-amz-meta-published-at` user metadata
// and the upload time (LastModified).
import { GetObjectCommand, type S3Client } from '@aws-sdk/client-s3';

/** `x-amz-meta-published-at`, as the SDK names user metadata (prefix dropped, lower case). */
export const PUBLISHED_AT_METADATA = 'published-at';

interface ObjectFacts {
  size: number;
  etag?: string;
  versionId?: string;
  /** The raw `x-amz-meta-published-at` value, unvalidated. */
  publishedAtMetadata?: string;
  lastModified?: Date;
}

export type ReadResult =
  | ({ kind: 'bytes'; bytes: Uint8Array } & ObjectFacts)
  | ({ kind: 'too-large' } & ObjectFacts)
  /** The object no longer exists (deleted after the event was sent). */
  | { kind: 'gone' };

const isMissing = (error: unknown) => {
  const e = error as { name?: string; $metadata?: { httpStatusCode?: number } };
  return e?.name === 'NoSuchKey' || e?.name === 'NotFound' || e?.$metadata?.httpStatusCode === 404;
};

export async function readObject(s3: S3Client, bucket: string, key: string, maxBytes: number, versionId?: string): Promise<ReadResult> {
  let response;
  try {
    response = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key, VersionId: versionId }));
  } catch (error) {
    if (isMissing(error)) return { kind: 'gone' };
    throw error;
  }
  const facts = {
    etag: response.ETag?.replace(/"/g, ''),
    versionId: response.VersionId,
    publishedAtMetadata: response.Metadata?.[PUBLISHED_AT_METADATA],
    lastModified: response.LastModified,
  };
  const size = response.ContentLength;
  if (size !== undefined && size > maxBytes) {
    // Close the stream unread so the socket is not kept busy downloading what we refuse.
    (response.Body as { destroy?: () => void } | undefined)?.destroy?.();
    return { kind: 'too-large', size, ...facts };
  }
  const bytes = response.Body ? await response.Body.transformToByteArray() : new Uint8Array();
  if (bytes.length > maxBytes) return { kind: 'too-large', size: bytes.length, ...facts };
  return { kind: 'bytes', bytes, size: bytes.length, ...facts };
}
