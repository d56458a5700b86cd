// `gleaner ui`'s source: the same targets as `gleaner query` (cli/target.ts). When the local stack is
// down its saved state is read: the target starts a temporary DynamoDB Local over <home>/dynamodb, and
// we start s3rver over <home>/s3 for the article text (the target's home lock is held meanwhile, so
// nothing else runs engines on that folder).
import { loadLocalConfig } from '../local/config.ts';
import { createS3Client, startS3 } from '../local/engines.ts';
import { findFreePort } from '../local/free-port.ts';
import { openTarget, StackDownError, TargetNotFoundError, type Target, type TargetFlags } from '../cli/target.ts';
import { createTextReader, type UiSource } from './ui-source.ts';

export interface OpenedSource {
  source: UiSource;
  close(): Promise<void>;
}

async function openWithQueue(flags: TargetFlags, s3: boolean): Promise<Target> {
  try {
    return await openTarget(flags, { table: true, s3, queue: true });
  } catch (error) {
    // A deployed table whose queues cannot be named (no stack outputs, only --table and --bucket)
    // still has articles to show; the DLQ depth then reads "n/a". If even that fails, its error says why.
    if (!(error instanceof TargetNotFoundError) || !flags.aws) throw error;
    return openTarget(flags, { table: true, s3 });
  }
}

export async function openUiSource(flags: TargetFlags): Promise<OpenedSource> {
  let target: Target;
  const closers: Array<() => Promise<void> | void> = [];
  try {
    target = await openWithQueue(flags, true);
  } catch (error) {
    if (!(error instanceof StackDownError)) throw error;
    target = await openWithQueue(flags, false);
  }
  closers.push(() => target.close());
  let s3 = target.s3;
  try {
    if (!s3) {
      const config = loadLocalConfig();
      const saved = { ...config, s3Port: await findFreePort(config.host) };
      const engine = await startS3(saved);
      closers.push(() => engine.stop());
      s3 = createS3Client(saved);
      const client = s3;
      closers.push(() => client.destroy());
    }
  } catch (error) {
    for (const c of closers.reverse()) await c();
    throw error;
  }
  const queue = target.queue;
  const source: UiSource = {
    label: target.label,
    deployed: Boolean(flags.aws),
    bucket: target.bucket,
    inputPrefix: target.inputPrefix,
    table: target.table!,
    readText: createTextReader(s3),
    dlqDepth: async () => (queue ? (await queue.depth()).dlq : undefined),
  };
  return { source, close: async () => { for (const c of closers.reverse()) await c(); } };
}
