// The CLI's parts that need no engine: table layout, reading the deployed stack's outputs, and
// argument errors that must be reported before anything is started.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bucketName, classifyOutput, tableName } from '../../cli/aws-target.ts';
import { formatTable } from '../../cli/format-table.ts';
import { runGleaner as gleaner } from '../support/run-gleaner.ts';
import { buildNotification } from '../../local/s3-event-bridge.ts';
import { PROJECT_ROOT } from '../../local/config.ts';
import { describeError } from '../../cli/describe-error.ts';
import { formatPublished } from '../../cli/query.ts';

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

describe('describeError', () => {
  const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:8569'), { code: 'ECONNREFUSED' });
  it.each([
    ['a plain error', new Error('the table is gone'), 'the table is gone'],
    ['a multi-line message', new Error('nothing listened on 127.0.0.1:1\njava.lang.Exception: at x'), 'nothing listened on 127.0.0.1:1'],
    ['an AggregateError with an empty message', new AggregateError([refused, refused], ''), 'connect ECONNREFUSED 127.0.0.1:8569'],
    ['a bare code', Object.assign(new Error(''), { code: 'ETIMEDOUT' }), 'ETIMEDOUT'],
    ['a thrown string', 'boom', 'boom'],
    ['a missing AWS region', new Error('Region is missing'), 'no AWS region: set AWS_REGION (or a region in your AWS profile)'],
    ['missing AWS credentials', Object.assign(new Error('Could not load credentials from any providers'), { name: 'CredentialsProviderError' }), 'no AWS credentials: run aws configure or aws sso login, or set AWS_PROFILE'],
  ])('says %s in one line', (_label, error, expected) => {
    expect(describeError(error)).toBe(expected);
  });
});

describe('formatPublished', () => {
  it.each([
    [{ publishedAt: '2025-05-06', publishedAtSource: 'metadata' }, '2025-05-06 (metadata)'],
    [{ publishedAt: '2025-05-06' }, '2025-05-06'],
    [{ publishedAt: undefined, publishedAtSource: 'header' }, ''],
    [{}, ''],
  ])('shows %j as %j', (row, expected) => {
    expect(formatPublished(row)).toBe(expected);
  });
});

describe('gleaner as a process', () => {
  it('exits quietly when its reader has gone (gleaner … | head)', { timeout: 60_000 }, async () => {
    const child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'bin', 'gleaner.mjs'), 'query', '--help'], { stdio: ['ignore', 'pipe', 'pipe'] });
    // The reader closes its end before a line is written, as `head` does once it has enough.
    child.stdout!.destroy();
    let stderr = '';
    child.stderr!.on('data', (d) => { stderr += d; });
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
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

  const sample = path.join(PROJECT_ROOT, 'samples', fs.readdirSync(path.join(PROJECT_ROOT, 'samples')).find((f) => f.endsWith('.txt'))!);

  it.each([
    [['query', 'dates', '--from', '2023-01-01'], /--to/],
    [['query', 'money'], /--currency/],
    [['query', 'entity'], /NAME/],
    [['query', 'entity', 'x', '--type', 'animal'], /--type must be one of/],
    [['query', 'failed', '--status', 'broken'], /--status/],
    [['query', 'top', '--limit', '0'], /--limit must be a whole number of at least 1, got "0"/],
    [['query', 'entity', 'x', '--limit', '-3'], /--limit must be a whole number of at least 1, got "-3"/],
    [['query', 'entity', 'x', '--limit', '2.5'], /--limit must be a whole number/],
    [['query', 'entity', 'x', '--limit'], /--limit needs a value/],
    [['query', 'money', '--currency', 'USD', '--min', 'lots'], /--min must be a number, got "lots"/],
    [['query', 'money', '--currency', 'USD', '--min', '1e9', '--max', '1e8'], /--min must not exceed --max/],
    [['query', 'weather'], /unknown question "weather"/],
    [['query', 'entity', 'x', '--colour'], /unknown option --colour/],
    [['query', 'entity', 'x', '--bogus'], /unknown option --bogus/],
    [['query', 'failed', '--json=yes'], /--json takes no value/],
    [['status', '--bogus'], /unknown option --bogus/],
    [['redrive', '-x'], /unknown option -x/],
    [['put'], /at least one file/],
    [['put', '/no/such/file.txt'], /not a readable file/],
    [['put', '--published-at', '2024-02-30', sample], /--published-at must be a calendar day YYYY-MM-DD, got "2024-02-30"/],
    [['put', '--published-at', 'yesterday', sample], /--published-at must be a calendar day/],
    [['put', '--timeout', '-1', '--wait', sample], /--timeout must be a number of seconds above 0/],
    [['reprocess', '--prefix', 'elsewhere/'], /--prefix must start with incoming\//],
    [['reprocess', '--progress-every', '0'], /--progress-every must be a whole number/],
    [['reprocess', '--bogus'], /unknown option --bogus/],
  ])('gleaner %j exits 2 with one line naming the problem and pointing to --help', async (argv, message) => {
    const result = await gleaner(...argv);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(message);
    expect(result.err.split('\n')).toHaveLength(1);
    expect(result.err).toContain(`gleaner ${argv[0]} --help`);
    expect(result.out).toBe('');
  });

  it.each([['weather'], ['--bogus']])('gleaner %s exits 2 with one line listing the commands', async (name) => {
    const result = await gleaner(name);
    expect(result.code).toBe(2);
    expect(result.err.split('\n')).toHaveLength(1);
    expect(result.err).toMatch(new RegExp(`unknown (command|option) "${name}": one of extract, put, query, .*gleaner --help`));
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
