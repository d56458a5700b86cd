// How S3 encodes keys in notifications, and which message bodies are events, test events or garbage.
import { describe, expect, it } from 'vitest';
import { MalformedMessageError, decodeS3Key, encodeS3Key, parseS3Message } from '../../functions/handler/s3-event.ts';

const notification = (key: string, eventName = 'ObjectCreated:Put', extra: object = {}) => JSON.stringify({
  Records: [{ eventName, eventTime: '2026-01-01T00:00:00.000Z', s3: { bucket: { name: 'news' }, object: { key, size: 10, eTag: 'abc', sequencer: '0A1B', ...extra } } }],
});

describe('decodeS3Key', () => {
  it.each([
    ['incoming/plain.txt', 'incoming/plain.txt'],
    ['incoming/with+spaces+here.txt', 'incoming/with spaces here.txt'],
    ['incoming/a%2Bb.txt', 'incoming/a+b.txt'],
    ['incoming/100%25+sure.txt', 'incoming/100% sure.txt'],
    ['incoming/%22quoted%22+it%27s.txt', `incoming/"quoted" it's.txt`],
    ['incoming/Vi%E1%BB%87t+Nam+%C4%91%E1%BB%91i+t%C3%A1c.txt', 'incoming/Việt Nam đối tác.txt'],
    ['incoming/%E6%97%A5%E6%9C%AC.txt', 'incoming/日本.txt'],
    ['incoming/folder/', 'incoming/folder/'],
  ])('%s → %s', (encoded, key) => {
    expect(decodeS3Key(encoded)).toBe(key);
  });

  it.each(['incoming/a b+c.txt', 'incoming/100% "q" it\'s (1)*!.txt', 'incoming/Việt Nam + Kazakhstan/đ.txt', 'x/ü ö/ß'])('round-trips %s', (key) => {
    expect(decodeS3Key(encodeS3Key(key))).toBe(key);
    expect(encodeS3Key(key)).not.toMatch(/[ "'()*!]/);
  });

  it('rejects broken percent-encoding', () => {
    expect(() => decodeS3Key('incoming/%E0%A4%A.txt')).toThrow(MalformedMessageError);
  });
});

describe('parseS3Message', () => {
  it('parses a created event with its decoded key and ordering fields', () => {
    const parsed = parseS3Message(notification('incoming/Vi%E1%BB%87t+Nam.txt'));
    expect(parsed).toEqual({
      kind: 'events',
      ignored: [],
      events: [{ action: 'created', eventName: 'ObjectCreated:Put', bucket: 'news', key: 'incoming/Việt Nam.txt', size: 10, eTag: 'abc', sequencer: '0A1B', eventTime: '2026-01-01T00:00:00.000Z', versionId: undefined }],
    });
  });

  it.each([
    ['ObjectCreated:Copy', 'created'],
    ['ObjectCreated:CompleteMultipartUpload', 'created'],
    ['ObjectRemoved:Delete', 'removed'],
    ['ObjectRemoved:DeleteMarkerCreated', 'removed'],
  ])('%s is a %s event', (eventName, action) => {
    const parsed = parseS3Message(notification('incoming/a.txt', eventName));
    expect(parsed.kind === 'events' && parsed.events[0].action).toBe(action);
  });

  it('ignores other event types and records without a key, keeping the rest', () => {
    const body = JSON.stringify({ Records: [
      { eventName: 'ObjectRestore:Completed', s3: { bucket: { name: 'news' }, object: { key: 'a' } } },
      { eventName: 'ObjectCreated:Put', s3: { bucket: { name: 'news' }, object: {} } },
      JSON.parse(notification('incoming/ok.txt')).Records[0],
    ] });
    const parsed = parseS3Message(body);
    expect(parsed.kind === 'events' && parsed.events.map((e) => e.key)).toEqual(['incoming/ok.txt']);
    expect(parsed.kind === 'events' && parsed.ignored).toHaveLength(2);
  });

  it('recognises the S3 test event', () => {
    const body = JSON.stringify({ Service: 'Amazon S3', Event: 's3:TestEvent', Time: '2026-01-01T00:00:00.000Z', Bucket: 'news', RequestId: 'R', HostId: 'H' });
    expect(parseS3Message(body)).toEqual({ kind: 'test-event' });
  });

  it('unwraps an SNS envelope', () => {
    const parsed = parseS3Message(JSON.stringify({ Type: 'Notification', Message: notification('incoming/x+y.txt') }));
    expect(parsed.kind === 'events' && parsed.events[0].key).toBe('incoming/x y.txt');
  });

  it.each([
    ['not JSON', 'hello'],
    ['empty', ''],
    ['a JSON array', '[1,2]'],
    ['an object without Records', '{"foo":1}'],
    ['Records not an array', '{"Records":{}}'],
    ['JSON null', 'null'],
  ])('throws MalformedMessageError for %s', (_label, body) => {
    expect(() => parseS3Message(body)).toThrow(MalformedMessageError);
  });
});
