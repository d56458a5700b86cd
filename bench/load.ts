// `npm run test:load [-- --count 1000] [-- --timeout-s 300]`: drops generated articles (mixed sizes,
// every 20th one bad) into the bucket of a freshly started local stack (temp home, free loopback
// ports) as fast as it can, waits until the pipeline is idle and checks that every object has exactly
// one article record with the expected status. Prints the throughput; exits 1 on any mismatch.
import { parseArgs } from 'node:util';
import { buildLoadObjects } from './load-objects.ts';
import { runOnFreshStack } from './local-run.ts';

// The SDK warns about Node 20's end of support on every run; the project targets Node 20 on purpose.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

const MAX_COUNT = 5000;

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { count: { type: 'string', default: '1000' }, 'timeout-s': { type: 'string', default: '300' }, concurrency: { type: 'string', default: '4' } } });
  const count = Number(values.count);
  const timeoutMs = Number(values['timeout-s']) * 1000;
  if (!Number.isInteger(count) || count < 1 || count > MAX_COUNT) throw new Error(`--count must be a whole number from 1 to ${MAX_COUNT}`);
  if (!(timeoutMs > 0)) throw new Error('--timeout-s must be a positive number of seconds');
  const objects = buildLoadObjects(count);
  const mustFail = objects.filter((o) => !o.expect.includes('extracted')).length;
  const mayPass = objects.filter((o) => o.expect.length > 1 && o.expect.includes('extracted')).length;
  const result = await runOnFreshStack(objects, { name: 'load', timeoutMs, concurrency: Number(values.concurrency) });
  console.log(`objects: ${result.objects}, ${(result.bytes / 1e6).toFixed(2)} MB; ${mustFail + mayPass} bad: ${mustFail} empty/binary/PDF that must end failed or rejected, ${mayPass} invalid UTF-8 that may be read as Windows-1252; upload ${(result.uploadMs / 1000).toFixed(1)} s`);
  console.log(`records: ${result.byStatus.extracted} extracted, ${result.byStatus.failed} failed, ${result.byStatus.rejected} rejected`);
  console.log(`throughput: ${result.articlesPerSecond.toFixed(1)} articles/s, ${(result.bytes / 1000 / (result.totalMs / 1000)).toFixed(1)} KB/s (${(result.totalMs / 1000).toFixed(1)} s from first upload to the last record)`);
  console.log(`DynamoDB capacity reported by DynamoDB Local: ${result.capacity.writeUnits.toFixed(0)} write units, ${result.capacity.readUnits.toFixed(0)} read units`);
  if (result.mismatches.length) {
    console.log(`MISMATCH (${result.mismatches.length}):\n  ${result.mismatches.slice(0, 50).join('\n  ')}`);
    return 1;
  }
  console.log('ok: every object has exactly one article record with the expected status');
  return 0;
}

// A hard cap on the whole process too, in case the stack itself hangs while stopping.
const guard = setTimeout(() => { console.error('test:load: hard time limit reached'); process.exit(1); }, 420_000);
guard.unref();
main().then((code) => { process.exitCode = code; }, (error: Error) => {
  console.error(`test:load: ${error.name}: ${error.message}`);
  process.exitCode = 1;
});
