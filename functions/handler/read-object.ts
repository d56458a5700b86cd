// Reads an object's bytes, but never more than the size limit: the Lambda's memory and time are
// sized for articles, and a 20 MB upload must become a clear record, not a timeout.
import { GetObjectCommand, type S3Client } from '@aws-sdk/client-s3';

export type ReadResult =
  | { kind: 'bytes'; bytes: Uint8Array; size: number; etag?: string; versionId?: string }
  | { kind: 'too-large'; size: number; etag?: string; versionId?: string }
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
  const etag = response.ETag?.replace(/"/g, '');
  const size = response.ContentLength;
  if (size !== undefined && size > maxBytes) {
    // Close the stream unread so the socket is not kept busy downloading what we refuse.
    (response.Body as { destroy?: () => void } | undefined)?.destroy?.();
    return { kind: 'too-large', size, etag, versionId: response.VersionId };
  }
  const bytes = response.Body ? await response.Body.transformToByteArray() : new Uint8Array();
  if (bytes.length > maxBytes) return { kind: 'too-large', size: bytes.length, etag, versionId: response.VersionId };
  return { kind: 'bytes', bytes, size: bytes.length, etag, versionId: response.VersionId };
}
