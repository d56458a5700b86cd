// The bucket notification of the local stack: s3rver's events (raw keys, millisecond sequencers)
// become message bodies shaped as AWS sends them, which the real handler's parser turns back into
// the exact keys.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CreateBucketCommand, DeleteObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseS3Message } from '../../functions/handler/s3-event.ts';
import { computeEventOrder } from '../../functions/records/event-order.ts';
import { loadLocalConfig } from '../../local/config.ts';
import { createS3Client, startS3, type RunningS3 } from '../../local/engines.ts';
import { bridgeS3rverEvent, buildNotification, keysInBody } from '../../local/s3-event-bridge.ts';
import { createSequencer } from '../../local/sequencer.ts';
import { findFreePort } from '../support/free-port.ts';

// [real key, as S3 writes it into the notification]
const KEYS: Array<[string, string]> = [
  ['incoming/plain.txt', 'incoming/plain.txt'],
  ['incoming/with space.txt', 'incoming/with+space.txt'],
  ['incoming/a+b.txt', 'incoming/a%2Bb.txt'],
  ['incoming/100% sure.txt', 'incoming/100%25+sure.txt'],
  ['incoming/Tin tức Việt Nam.txt', 'incoming/Tin+t%E1%BB%A9c+Vi%E1%BB%87t+Nam.txt'],
  ["incoming/it's (quoted) \"x\".txt", 'incoming/it%27s+%28quoted%29+%22x%22.txt'],
  ['incoming/sub/dir/file.txt', 'incoming/sub/dir/file.txt'],
];

describe('buildNotification', () => {
  it.each(KEYS)('encodes %j as %j and the handler decodes it back', (key, encoded) => {
    const body = JSON.stringify(buildNotification({ eventName: 'ObjectCreated:Put', bucket: 'b', key, sequencer: '0A' }));
    expect(JSON.parse(body).Records[0].s3.object.key).toBe(encoded);
    const parsed = parseS3Message(body);
    expect(parsed.kind === 'events' && parsed.events.map((e) => e.key)).toEqual([key]);
    expect(keysInBody(body)).toEqual([`b/${key}`]);
  });
});

describe('createSequencer', () => {
  it('never repeats and always orders later calls after earlier ones, even within one millisecond', () => {
    const next = createSequencer(() => 1_700_000_000_000);
    const values = Array.from({ length: 1000 }, next);
    expect(new Set(values).size).toBe(1000);
    const orders = values.map((v) => computeEventOrder(v, undefined));
    expect([...orders].sort()).toEqual(orders);
  });

  it('does not go backwards when the clock does', () => {
    let now = 2_000_000;
    const next = createSequencer(() => now);
    const a = next();
    now -= 1000;
    expect(computeEventOrder(next(), undefined) > computeEventOrder(a, undefined)).toBe(true);
  });
});

describe('bridgeS3rverEvent with a real s3rver', () => {
  let s3rver: RunningS3;
  let home: string;
  const events: unknown[] = [];
  const config = { bucket: 'bridge-test', prefix: 'incoming/' };
  let client: ReturnType<typeof createS3Client>;

  beforeAll(async () => {
    home = fs.mkdtempSync(path.join(os.tmpdir(), 'gleaner-bridge-'));
    const local = loadLocalConfig({ GLEANER_HOME: home, GLEANER_S3_PORT: String(await findFreePort()) });
    s3rver = await startS3(local);
    s3rver.server.on('event', (e: unknown) => events.push(e));
    client = createS3Client(local);
    await client.send(new CreateBucketCommand({ Bucket: config.bucket }));
    await client.send(new CreateBucketCommand({ Bucket: 'other-bucket' }));
  });

  afterAll(async () => {
    client.destroy();
    await s3rver.stop();
    fs.rmSync(home, { recursive: true, force: true });
  });

  it.each(KEYS)('a put of %j arrives as an AWS-shaped message with key %j', async (key, encoded) => {
    events.length = 0;
    await client.send(new PutObjectCommand({ Bucket: config.bucket, Key: key, Body: 'hello' }));
    const bodies = events.flatMap((e) => bridgeS3rverEvent(e, config, createSequencer()));
    expect(bodies).toHaveLength(1);
    const record = JSON.parse(bodies[0]).Records[0];
    expect(record).toMatchObject({
      eventSource: 'aws:s3', eventName: 'ObjectCreated:Put', awsRegion: 'us-east-1',
      s3: { bucket: { name: config.bucket, arn: `arn:aws:s3:::${config.bucket}` }, object: { key: encoded, size: 5, eTag: '5d41402abc4b2a76b9719d911017c592' } },
    });
    expect(record.s3.object.sequencer).toMatch(/^[0-9A-F]{18}$/);
    const parsed = parseS3Message(bodies[0]);
    expect(parsed.kind === 'events' && parsed.events[0]).toMatchObject({ action: 'created', bucket: config.bucket, key });
  });

  it('sends deletes as ObjectRemoved and drops what the notification filter would not match', async () => {
    events.length = 0;
    await client.send(new DeleteObjectCommand({ Bucket: config.bucket, Key: 'incoming/plain.txt' }));
    await client.send(new PutObjectCommand({ Bucket: config.bucket, Key: 'elsewhere/x.txt', Body: 'x' }));
    await client.send(new PutObjectCommand({ Bucket: 'other-bucket', Key: 'incoming/x.txt', Body: 'x' }));
    const bodies = events.flatMap((e) => bridgeS3rverEvent(e, config, createSequencer()));
    expect(bodies.map((b) => JSON.parse(b).Records[0].eventName)).toEqual(['ObjectRemoved:Delete']);
    expect(keysInBody(bodies[0])).toEqual([`${config.bucket}/incoming/plain.txt`]);
  });
});
