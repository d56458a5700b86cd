// Builds SQS events the way AWS delivers them: each message body is an S3 event notification whose
// object key is URL-encoded as S3 encodes it.
import type { SQSEvent, SQSRecord } from 'aws-lambda';
import { encodeS3Key } from '../../functions/handler/s3-event.ts';

export interface S3EventSpec {
  eventName?: string;
  bucket: string;
  key: string;
  size?: number;
  eTag?: string;
  sequencer?: string;
  eventTime?: string;
}

let messageCounter = 0;
let sequencerClock = 0x10000000000n;

/** A strictly increasing sequencer, as S3 gives successive events on one key. */
export function nextSequencer(): string {
  sequencerClock += 1n;
  return sequencerClock.toString(16).toUpperCase().padStart(16, '0');
}

export function buildS3Notification(spec: S3EventSpec): object {
  return {
    Records: [{
      eventVersion: '2.1',
      eventSource: 'aws:s3',
      awsRegion: 'us-east-1',
      eventTime: spec.eventTime ?? new Date().toISOString(),
      eventName: spec.eventName ?? 'ObjectCreated:Put',
      s3: {
        s3SchemaVersion: '1.0',
        configurationId: 'gleaner-input',
        bucket: { name: spec.bucket, arn: `arn:aws:s3:::${spec.bucket}` },
        object: {
          key: encodeS3Key(spec.key),
          ...(spec.size !== undefined ? { size: spec.size } : {}),
          ...(spec.eTag ? { eTag: spec.eTag } : {}),
          sequencer: spec.sequencer ?? nextSequencer(),
        },
      },
    }],
  };
}

export function buildSqsRecord(body: string): SQSRecord {
  const messageId = `msg-${++messageCounter}`;
  return {
    messageId,
    receiptHandle: `rh-${messageId}`,
    body,
    attributes: {
      ApproximateReceiveCount: '1', SentTimestamp: String(Date.now()), SenderId: 'AIDA', ApproximateFirstReceiveTimestamp: String(Date.now()),
    },
    messageAttributes: {},
    md5OfBody: '',
    eventSource: 'aws:sqs',
    eventSourceARN: 'arn:aws:sqs:us-east-1:123456789012:gleaner-input',
    awsRegion: 'us-east-1',
  };
}

/** One SQS message per spec (a string spec is sent as a raw body). */
export function buildSqsEvent(specs: Array<S3EventSpec | string>): SQSEvent {
  return { Records: specs.map((s) => buildSqsRecord(typeof s === 'string' ? s : JSON.stringify(buildS3Notification(s)))) };
}
