// The CLI's parts that need no engine: table layout, reading the deployed stack's outputs, and
// argument errors that must be reported before anything is started.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bucketName, classifyOutput, tableName } from '../../cli/aws-target.ts';
import { formatTable } from '../../cli/format-table.ts';
import { runGleaner as gleaner } from '../support/run-gleaner.ts';
import { buildNotification } from '../../local/s3-event-bridge.ts';

describe('formatTable', () => {
  it('aligns every column and cuts only the last one to the width', () => {
    const text = formatTable(['KEY', 'N', 'CONTEXT'], [['incoming/a.txt', '12', 'x'.repeat(200)], ['b', '3', 'short  text']], { width: 40 });
    const lines = text.split('\n');
    expect(lines[0]).toBe('KEY             N   CONTEXT');
    expect(lines[1]).toHaveLength(40);
    expect(lines[1].endsWith('…')).toBe(true);
    expect(lines[2]).toBe('b               3   short text');
    // The second column starts at the same place on every line.
    expect(lines.map((l) => l.search(/\s\S+\s+\S+$/) >= 0)).toEqual([true, true, true]);
    expect(new Set([lines[0].indexOf('N '), lines[1].indexOf('12'), lines[2].indexOf('3 ')])).toEqual(new Set([16]));
    expect(lines.every((l) => l.length <= 40)).toBe(true);
  });
});

describe('reading the deployed stack', () => {
  it.each([
    [{ OutputKey: 'BucketName', Description: 'S3 bucket; articles go under incoming/' }, 'bucket'],
    [{ OutputKey: 'TableName', Description: 'DynamoDB table of articles' }, 'table'],
    [{ OutputKey: 'QueueUrl', Description: 'failed messages end in the DLQ' }, 'queue'],
    [{ OutputKey: 'DeadLetterQueueUrl', Description: 'Dead-letter queue' }, 'dlq'],
    [{ OutputKey: 'ArticlesBucketName', Description: '' }, 'bucket'],
    [{ OutputKey: 'GleanerDlqUrl', Description: '' }, 'dlq'],
    [{ OutputKey: 'UploadCommand', Description: 'aws s3 cp article.txt s3://bucket/incoming/' }, undefined],
    [{ OutputKey: 'FunctionName', Description: 'reads the bucket, writes the table' }, undefined],
  ])('classifies %j as %s', (output, role) => {
    expect(classifyOutput(output)).toBe(role);
  });

  it.each([
    [bucketName, 'arn:aws:s3:::my-bucket', 'my-bucket'],
    [bucketName, 'my-bucket', 'my-bucket'],
    [tableName, 'arn:aws:dynamodb:eu-west-1:123456789012:table/Gleaner-Table-ABC', 'Gleaner-Table-ABC'],
    [tableName, 'Gleaner-Table-ABC', 'Gleaner-Table-ABC'],
  ])('%o turns %s into %s', (fn, input, expected) => {
    expect(fn(input)).toBe(expected);
  });
});

describe('the CLI with nothing running', () => {
  let home: string;
  const previous = process.env.GLEANER_HOME;

  beforeAll(() => {
    home = fs.mkdtempSync(path.join(os.tmpdir(), 'gleaner-cli-'));
    process.env.GLEANER_HOME = home;
  });
  afterAll(() => {
    process.env.GLEANER_HOME = previous;
    fs.rmSync(home, { recursive: true, force: true });
  });

  it.each([
    [['query', 'dates', '--from', '2023-01-01'], /--to/],
    [['query', 'money'], /--currency/],
    [['query', 'entity'], /NAME/],
    [['query', 'entity', 'x', '--type', 'animal'], /--type must be one of/],
    [['query', 'failed', '--status', 'broken'], /--status/],
    [['query', 'top', '--limit', '0'], /--limit/],
    [['query', 'money', '--currency', 'USD', '--min', 'lots'], /--min must be a number/],
    [['query', 'weather'], /unknown question/],
    [['query', 'entity', 'x', '--colour'], /Unknown option/],
    [['put'], /at least one file/],
    [['put', '/no/such/file.txt'], /not a readable file/],
  ])('gleaner %j exits 2 with a usage message', async (argv, message) => {
    const result = await gleaner(...argv);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(message);
  });

  it('gleaner query says to run npm start first when there is no local state', async () => {
    const result = await gleaner('query', 'entity', 'Kazakhstan');
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/npm start/);
  });

  it('gleaner redrive moves the saved dead-letter queue back while the stack is down', async () => {
    const body = JSON.stringify(buildNotification({ eventName: 'ObjectCreated:Put', bucket: 'gleaner-local', key: 'incoming/a b.txt', sequencer: '01' }));
    const file = path.join(home, 'queue.json');
    fs.writeFileSync(file, JSON.stringify({ version: 1, main: [], dlq: [1, 2].map((i) => ({ messageId: `m${i}`, body, sentAt: 0, receiveCount: 3, visibleAt: 0 })) }));
    const result = await gleaner('redrive');
    expect(result).toMatchObject({ code: 0, err: '' });
    expect(result.out).toMatch(/moved 2 messages/);
    const saved = JSON.parse(fs.readFileSync(file, 'utf8'));
    expect(saved.dlq).toEqual([]);
    expect(saved.main.map((m: { messageId: string; receiveCount: number; body: string }) => [m.messageId, m.receiveCount, m.body === body])).toEqual([['m1', 0, true], ['m2', 0, true]]);
    expect(fs.existsSync(path.join(home, 'lock'))).toBe(false);
    expect((await gleaner('redrive')).out).toMatch(/moved 0 messages/);
  });
});
