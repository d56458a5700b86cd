// `gleaner reprocess`: sends every object under a prefix of the bucket back through the queue, as
// if the bucket had announced it again. After an upgrade this replaces the records an older
// extractor (or record model) wrote; current records are left alone (see reprocess-bucket.ts).
import { ListObjectsV2Command, type S3Client } from '@aws-sdk/client-s3';
import { getArticle } from '../functions/records/index.ts';
import { INPUT_PREFIX } from '../infra/definitions.ts';
import { TARGET_HELP, TARGET_OPTIONS, parseCommandArgs, parseNumber } from './args.ts';
import { reprocessBucket, type ListedObject } from './reprocess-bucket.ts';
import { openTarget as openDefaultTarget, type Target, type TargetFlags, type TargetNeeds } from './target.ts';
import { UsageError } from './usage.ts';

const HELP = `usage: gleaner reprocess [--prefix incoming/...] [--progress-every N]

Lists the bucket under PREFIX (default: the whole input prefix, incoming/) and sends each object back
through the queue as an S3 "object created" notification. The handler redoes every article whose
record an older extractor version wrote, processes objects that have no record, and skips articles
that are already current. Progress goes to stderr every N keys (default 1000).
  --prefix P           only keys starting with P (must start with incoming/)
  --progress-every N   a progress line every N keys

Cost on AWS: one LIST request per 1,000 keys, one strongly consistent read of each object's record
(to send it with the event order stored there), one SQS request per 10 keys, then one handler
invocation per batch.

${TARGET_HELP}`;

/** One page of the bucket's listing at a time (ListObjectsV2, 1,000 keys per page). */
export async function* listObjectPages(s3: S3Client, bucket: string, prefix: string): AsyncIterable<ListedObject[]> {
  let token: string | undefined;
  do {
    const page = await s3.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, ContinuationToken: token }));
    yield (page.Contents ?? []).flatMap((o) => (o.Key ? [{ key: o.Key, size: o.Size, eTag: o.ETag?.replace(/"/g, '') }] : []));
    token = page.IsTruncated ? page.NextContinuationToken : undefined;
  } while (token);
}

export interface ReprocessCommandDeps {
  openTarget?: (flags: TargetFlags, needs: TargetNeeds) => Promise<Target>;
  print?: (line: string) => void;
  printProgress?: (line: string) => void;
}

export async function runReprocessWith(argv: string[], deps: ReprocessCommandDeps = {}): Promise<number> {
  const { values } = parseCommandArgs(argv, { ...TARGET_OPTIONS, prefix: { type: 'string' }, 'progress-every': { type: 'string' } });
  const print = deps.print ?? ((l: string) => console.log(l));
  const printProgress = deps.printProgress ?? ((l: string) => console.error(l));
  if (values.help) { print(HELP); return 0; }
  const every = parseNumber('--progress-every', values['progress-every']) ?? 1000;
  if (!Number.isInteger(every) || every < 1) throw new UsageError(`--progress-every must be a whole number of at least 1, got "${values['progress-every']}"`);

  const prefix = values.prefix ?? INPUT_PREFIX;
  if (!prefix.startsWith(INPUT_PREFIX)) throw new UsageError(`--prefix must start with ${INPUT_PREFIX} (only keys there are processed), got "${prefix}"`);

  const target = await (deps.openTarget ?? openDefaultTarget)(values, { s3: true, table: true, queue: true });
  try {
    const began = Date.now();
    const { sent } = await reprocessBucket({
      bucket: target.bucket,
      listPages: () => listObjectPages(target.s3!, target.bucket, prefix),
      readVersion: async (key) => {
        const record = await getArticle(target.table!, target.bucket, key);
        return record ? { sequencer: record.article.sequencer, eventTime: record.article.eventTime } : null;
      },
      sendBatch: (bodies) => target.queue!.send(bodies),
      progressEvery: every,
      onProgress: (n) => printProgress(`sent ${n.toLocaleString('en-US')} key${n === 1 ? '' : 's'} (${((Date.now() - began) / 1000).toFixed(1)} s)`),
    });
    print(`sent ${sent.toLocaleString('en-US')} object${sent === 1 ? '' : 's'} under s3://${target.bucket}/${prefix} back through the queue (${target.label}); gleaner status shows the progress`);
    return 0;
  } finally {
    await target.close();
  }
}

export const runReprocess = (argv: string[]) => runReprocessWith(argv);
