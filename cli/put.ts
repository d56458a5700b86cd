// `gleaner put FILE...`: uploads files under the input prefix, exactly as any S3 client would; the
// stack's bucket notification does the rest. With --wait, waits for each file's article record.
import fs from 'node:fs';
import path from 'node:path';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { parseIsoDay } from '../functions/extract/published-at.ts';
import { getArticle } from '../functions/records/index.ts';
import { TARGET_HELP, TARGET_OPTIONS, parseCommandArgs, parseNumber } from './args.ts';
import { openTarget } from './target.ts';
import { UsageError } from './usage.ts';

const HELP = `usage: gleaner put [--key-prefix PREFIX] [--published-at YYYY-MM-DD] [--wait [--timeout SECONDS]] FILE...

Uploads each FILE to s3://<bucket>/incoming/<PREFIX><file name>.
  --key-prefix P         put the files under incoming/P (e.g. 2024/ or news/)
  --published-at DAY     the articles' publication day, sent as S3 user metadata published-at;
                         relative dates ("on Tuesday") resolve against it
  --wait                 wait until each file has its article record and print its status

${TARGET_HELP}`;

export class WaitTimeoutError extends Error {
  override name = 'WaitTimeoutError';
}

export async function runPut(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {
    ...TARGET_OPTIONS, 'key-prefix': { type: 'string' }, 'published-at': { type: 'string' }, wait: { type: 'boolean' }, timeout: { type: 'string' },
  });
  if (values.help) { console.log(HELP); return 0; }
  if (positionals.length === 0) throw new UsageError('name at least one file to upload');
  const prefix = values['key-prefix'] ?? '';
  if (prefix.startsWith('/')) throw new UsageError('--key-prefix must not start with /');
  for (const file of positionals) {
    if (!fs.statSync(file, { throwIfNoEntry: false })?.isFile()) throw new UsageError(`${file} is not a readable file`);
  }
  const publishedAt = values['published-at'];
  if (publishedAt !== undefined && !parseIsoDay(publishedAt)) throw new UsageError(`--published-at must be a calendar day YYYY-MM-DD, got "${publishedAt}"`);
  const timeout = parseNumber('--timeout', values.timeout) ?? 120;
  if (timeout <= 0) throw new UsageError(`--timeout must be a number of seconds above 0, got "${values.timeout}"`);
  const timeoutMs = timeout * 1000;

  const target = await openTarget(values, { s3: true, table: values.wait });
  try {
    const uploaded: Array<{ key: string; etag: string }> = [];
    for (const file of positionals) {
      const key = `${target.inputPrefix}${prefix}${path.basename(file)}`;
      const body = fs.readFileSync(file);
      // The handler reads x-amz-meta-published-at (functions/handler/read-object.ts).
      const metadata = publishedAt ? { 'published-at': publishedAt } : undefined;
      const result = await target.s3!.send(new PutObjectCommand({ Bucket: target.bucket, Key: key, Body: body, Metadata: metadata }));
      uploaded.push({ key, etag: (result.ETag ?? '').replace(/"/g, '') });
      console.log(`uploaded s3://${target.bucket}/${key} (${body.length.toLocaleString('en-US')} bytes)`);
    }
    if (!values.wait) return 0;

    let failed = 0;
    const until = Date.now() + timeoutMs;
    for (const { key, etag } of uploaded) {
      for (;;) {
        const record = await getArticle(target.table!, target.bucket, key);
        if (record && (!record.article.etag || record.article.etag === etag)) {
          const a = record.article;
          if (a.status !== 'extracted') failed += 1;
          console.log(a.status === 'extracted'
            ? `${key}: extracted${a.publishedAt ? ` (published ${a.publishedAt}${a.publishedAtSource ? `, from ${a.publishedAtSource}` : ''})` : ''} ${record.people.length} people, ${record.places.length} places, ${record.organizations.length} organizations, ${record.dates.length} dates, ${record.money.length} money amounts`
            : `${key}: ${a.status}: ${a.reason ?? ''}`);
          break;
        }
        if (Date.now() > until) throw new WaitTimeoutError(`${key} has no article record after ${timeoutMs / 1000} s: see gleaner status`);
        await new Promise((r) => setTimeout(r, 250));
      }
    }
    return failed > 0 ? 1 : 0;
  } finally {
    await target.close();
  }
}
