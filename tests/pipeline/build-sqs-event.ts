// Builds SQS events the way AWS delivers them: each message body is an S3 event notification whose
// object key is URL-encoded as S3 encodes it.
import type { SQSEvent, SQSRecord } from 'aws-lambda';
import { buildNotification } from '../../local/s3-event-bridge.ts';
import { toSqsEvent } from '../../local/queue-worker.ts';

const QUEUE_ARN = 'arn:aws:sqs:us-east-1:123456789012:gleaner-input';

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

/** The notification as the bucket writes it (local/s3-event-bridge.ts builds it for s3rver too). */
export function buildS3Notification(spec: S3EventSpec): object {
  return buildNotification({ ...spec, eventName: spec.eventName ?? 'ObjectCreated:Put', sequencer: spec.sequencer ?? nextSequencer() });
}

/** A first delivery of one message, in the record shape the Lambda SQS event source gives. */
export function buildSqsRecord(body: string): SQSRecord {
  const messageId = `msg-${++messageCounter}`;
  const now = Date.now();
  return toSqsEvent([{ messageId, receiptHandle: `rh-${messageId}`, body, receiveCount: 1, sentAt: now, firstReceivedAt: now }], QUEUE_ARN).Records[0];
}

/** One SQS message per spec (a string spec is sent as a raw body). */
export function buildSqsEvent(specs: Array<S3EventSpec | string>): SQSEvent {
  return { Records: specs.map((s) => buildSqsRecord(typeof s === 'string' ? s : JSON.stringify(buildS3Notification(s)))) };
}
