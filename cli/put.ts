// `gleaner put FILE...`: uploads files under the input prefix, exactly as any S3 client would; the
// stack's bucket notification does the rest. With --wait, waits for each file's article record.
import fs from 'node:fs';
import path from 'node:path';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { getArticle } from '../functions/records/queries.ts';
import { TARGET_HELP, TARGET_OPTIONS, parseCommandArgs, parseNumber } from './args.ts';
import { openTarget } from './target.ts';
import { UsageError } from './usage.ts';

const HELP = `usage: gleaner put [--key-prefix PREFIX] [--wait [--timeout SECONDS]] FILE...

Uploads each FILE to s3://<bucket>/incoming/<PREFIX><file name>.
  --key-prefix P   put the files under incoming/P (e.g. 2024/ or news/)
  --wait           wait until each file has its article record and print its status

${TARGET_HELP}`;

export class WaitTimeoutError extends Error {
  override name = 'WaitTimeoutError';
}

export async function runPut(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {
    ...TARGET_OPTIONS, 'key-prefix': { type: 'string' }, wait: { type: 'boolean' }, timeout: { type: 'string' },
  });
  if (values.help) { console.log(HELP); return 0; }
  if (positionals.length === 0) throw new UsageError(`name at least one file\n\n${HELP}`);
  const prefix = values['key-prefix'] ?? '';
  if (prefix.startsWith('/')) throw new UsageError('--key-prefix must not start with /');
  for (const file of positionals) {
    if (!fs.statSync(file, { throwIfNoEntry: false })?.isFile()) throw new UsageError(`${file} is not a readable file`);
  }
  const timeoutMs = (parseNumber('--timeout', values.timeout) ?? 120) * 1000;

  const target = await openTarget(values, { s3: true, table: values.wait });
  try {
    const uploaded: Array<{ key: string; etag: string }> = [];
    for (const file of positionals) {
      const key = `${target.inputPrefix}${prefix}${path.basename(file)}`;
      const body = fs.readFileSync(file);
      const result = await target.s3!.send(new PutObjectCommand({ Bucket: target.bucket, Key: key, Body: body }));
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
            ? `${key}: extracted ${record.people.length} people, ${record.places.length} places, ${record.organizations.length} organizations, ${record.dates.length} dates, ${record.money.length} money amounts`
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
