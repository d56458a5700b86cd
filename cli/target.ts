// Where a command's bucket, table and queue are: the local stack (running, or its persisted state read
// directly when it is down) or, with --aws, a deployed stack. Commands ask for what they need and
// get the same shape either way.
import type { S3Client } from '@aws-sdk/client-s3';
import type { RecordTable } from '../functions/records/index.ts';
import type { QueueDepth } from '../local/local-queue.ts';

export interface TargetNeeds {
  table?: boolean;
  s3?: boolean;
  queue?: boolean;
}

export interface Target {
  /** For messages: "the local stack" or the AWS stack's name. */
  label: string;
  bucket: string;
  inputPrefix: string;
  /** Present when `table` was needed. */
  table?: RecordTable;
  /** Present when `s3` was needed. */
  s3?: S3Client;
  /** Present when `queue` was needed. */
  queue?: {
    depth(): Promise<QueueDepth>;
    /** Moves DLQ messages back; returns how many (or undefined when the service only starts a task). */
    redrive(): Promise<number | undefined>;
    /** Sends up to 10 message bodies to the queue; throws if any could not be sent. */
    send(bodies: string[]): Promise<void>;
  };
  close(): Promise<void>;
}

/** The local stack is not running and this command cannot work without it. */
export class StackDownError extends Error {
  override name = 'StackDownError';
}

/** The named stack, bucket, table or queue cannot be found. */
export class TargetNotFoundError extends Error {
  override name = 'TargetNotFoundError';
}

export interface TargetFlags {
  aws?: boolean;
  'stack-name'?: string;
  bucket?: string;
  table?: string;
  'queue-url'?: string;
  'dlq-url'?: string;
}

export async function openTarget(flags: TargetFlags, needs: TargetNeeds): Promise<Target> {
  if (flags.aws) return (await import('./aws-target.ts')).openAwsTarget(flags, needs);
  return (await import('./local-target.ts')).openLocalTarget(needs);
}
