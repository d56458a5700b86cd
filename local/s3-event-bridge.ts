// What the bucket notification does on AWS (S3 → SQS), for s3rver: each object event becomes one
// queue message whose body is the S3 notification as AWS writes it. s3rver puts RAW keys and a
// millisecond sequencer into its events; AWS URL-encodes keys (`+` for a space, percent-encoded
// UTF-8) and gives strictly increasing sequencers, and the handler decodes and orders exactly that.
import { decodeS3Key, encodeS3Key } from '../functions/handler/s3-event.ts';

export interface NotificationFilter {
  bucket: string;
  /** Like the notification's prefix filter: events for other keys are not sent. */
  prefix: string;
}

export interface ObjectEventSpec {
  eventName: string;
  bucket: string;
  /** The real (decoded) key. */
  key: string;
  size?: number;
  eTag?: string;
  sequencer: string;
  eventTime?: string;
  /** The notification configuration's id (who sent it); default gleaner-input. */
  configurationId?: string;
}

const isObject = (v: unknown): v is Record<string, any> => typeof v === 'object' && v !== null;

/** One S3 notification (`{"Records":[…]}`) as AWS delivers it in an SQS message body. */
export function buildNotification(spec: ObjectEventSpec): { Records: object[] } {
  return {
    Records: [{
      eventVersion: '2.1',
      eventSource: 'aws:s3',
      awsRegion: 'us-east-1',
      eventTime: spec.eventTime ?? new Date().toISOString(),
      eventName: spec.eventName,
      userIdentity: { principalId: 'local' },
      requestParameters: { sourceIPAddress: '127.0.0.1' },
      responseElements: {},
      s3: {
        s3SchemaVersion: '1.0',
        configurationId: spec.configurationId ?? 'gleaner-input',
        bucket: { name: spec.bucket, ownerIdentity: { principalId: 'local' }, arn: `arn:aws:s3:::${spec.bucket}` },
        object: {
          key: encodeS3Key(spec.key),
          ...(spec.size !== undefined ? { size: spec.size } : {}),
          ...(spec.eTag ? { eTag: spec.eTag } : {}),
          ...(spec.sequencer ? { sequencer: spec.sequencer } : {}),
        },
      },
    }],
  };
}

/**
 * Turns one s3rver 'event' payload into the message bodies AWS would send for it (one per record that
 * passes the filter). Records s3rver sends for other buckets or keys outside the prefix are dropped,
 * as the real notification's filter would.
 */
export function bridgeS3rverEvent(event: unknown, filter: NotificationFilter, nextSequencer: () => string): string[] {
  if (!isObject(event) || !Array.isArray(event.Records)) return [];
  const bodies: string[] = [];
  for (const record of event.Records) {
    if (!isObject(record) || !isObject(record.s3) || typeof record.eventName !== 'string') continue;
    const bucket = record.s3.bucket?.name;
    const key = record.s3.object?.key;
    if (bucket !== filter.bucket || typeof key !== 'string' || !key.startsWith(filter.prefix)) continue;
    const object = record.s3.object;
    const notification = buildNotification({
      eventName: record.eventName,
      bucket,
      key,
      size: typeof object.size === 'number' ? object.size : object.size !== undefined ? Number(object.size) : undefined,
      eTag: typeof object.eTag === 'string' ? object.eTag.replace(/"/g, '') : undefined,
      sequencer: nextSequencer(),
      eventTime: typeof record.eventTime === 'string' ? record.eventTime : undefined,
    });
    bodies.push(JSON.stringify(notification));
  }
  return bodies;
}

/** The real keys a message body is about (for skipping keys that already have a message queued). */
export function keysInBody(body: string): string[] {
  try {
    const parsed = JSON.parse(body);
    if (!isObject(parsed) || !Array.isArray(parsed.Records)) return [];
    return parsed.Records.flatMap((r: any) => {
      const key = r?.s3?.object?.key;
      if (typeof key !== 'string') return [];
      try { return [`${r.s3.bucket?.name}/${decodeS3Key(key)}`]; } catch { return []; }
    });
  } catch {
    return [];
  }
}
