// Turns one SQS message body into the S3 object events it carries. S3 URL-encodes object keys in
// notifications the way HTML forms do: a space becomes `+`, everything else outside [A-Za-z0-9] and a
// few marks is percent-encoded UTF-8, and a literal `+` arrives as `%2B`. Decoding `+` before
// percent-decoding is the only order that restores every key.

export class MalformedMessageError extends Error {
  override name = 'MalformedMessageError';
}

export type ObjectAction = 'created' | 'removed';

export interface ObjectEvent {
  action: ObjectAction;
  /** As S3 named it, e.g. `ObjectCreated:Put`. */
  eventName: string;
  bucket: string;
  /** Decoded: the object's real key. */
  key: string;
  size?: number;
  eTag?: string;
  versionId?: string;
  sequencer?: string;
  eventTime?: string;
}

export type ParsedMessage =
  | { kind: 'events'; events: ObjectEvent[]; ignored: Array<{ eventName: string; reason: string }> }
  | { kind: 'test-event' };

export function decodeS3Key(encoded: string): string {
  try {
    return decodeURIComponent(encoded.replace(/\+/g, ' '));
  } catch {
    throw new MalformedMessageError(`the object key "${encoded}" is not valid URL encoding`);
  }
}

/**
 * The inverse, as S3 writes keys into notifications: per path segment, percent-encoded UTF-8 with `+`
 * for a space (slashes stay). For emulators (s3rver puts raw keys into its events) and tests, so the
 * handler sees exactly what AWS would send.
 */
export function encodeS3Key(key: string): string {
  return key
    .split('/')
    .map((segment) => encodeURIComponent(segment).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`).replace(/%20/g, '+'))
    .join('/');
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function parseRecord(record: unknown): ObjectEvent | { eventName: string; reason: string } {
  if (!isObject(record)) return { eventName: '?', reason: 'the record is not an object' };
  const eventName = typeof record.eventName === 'string' ? record.eventName : '?';
  const action: ObjectAction | null = eventName.startsWith('ObjectCreated:') ? 'created' : eventName.startsWith('ObjectRemoved:') ? 'removed' : null;
  if (!action) return { eventName, reason: 'not an object created or removed event' };
  const s3 = isObject(record.s3) ? record.s3 : undefined;
  const bucket = s3 && isObject(s3.bucket) && typeof s3.bucket.name === 'string' ? s3.bucket.name : undefined;
  const object = s3 && isObject(s3.object) ? s3.object : undefined;
  if (!bucket || !object || typeof object.key !== 'string' || object.key === '') {
    return { eventName, reason: 'the record names no bucket or object key' };
  }
  let key: string;
  try {
    key = decodeS3Key(object.key);
  } catch (error) {
    return { eventName, reason: (error as Error).message };
  }
  const str = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined);
  return {
    action,
    eventName,
    bucket,
    key,
    size: typeof object.size === 'number' ? object.size : undefined,
    eTag: str(object.eTag),
    versionId: str(object.versionId),
    sequencer: str(object.sequencer) ?? (typeof object.sequencer === 'number' ? String(object.sequencer) : undefined),
    eventTime: str(record.eventTime),
  };
}

/**
 * Parses a message body: an S3 notification (`{"Records":[…]}`), the same wrapped by SNS, or the
 * `s3:TestEvent` S3 sends when a notification is configured. Anything else is malformed: it will not
 * parse any better on a retry, so the caller logs and drops it.
 */
export function parseS3Message(body: string): ParsedMessage {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    throw new MalformedMessageError('the message body is not JSON');
  }
  // S3 → SNS → SQS without raw delivery wraps the notification in an SNS envelope.
  if (isObject(parsed) && parsed.Type === 'Notification' && typeof parsed.Message === 'string') return parseS3Message(parsed.Message);
  if (isObject(parsed) && parsed.Event === 's3:TestEvent') return { kind: 'test-event' };
  if (!isObject(parsed) || !Array.isArray(parsed.Records)) {
    throw new MalformedMessageError('the message is not an S3 event notification (no Records array)');
  }
  const events: ObjectEvent[] = [];
  const ignored: Array<{ eventName: string; reason: string }> = [];
  for (const record of parsed.Records) {
    const result = parseRecord(record);
    if ('action' in result) events.push(result);
    else ignored.push(result);
  }
  return { kind: 'events', events, ignored };
}
