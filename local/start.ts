// `npm start`: runs the local stack, shows a line per processed article and a summary, then keeps
// processing new objects until Ctrl-C. `npm start -- --once`: process what is there, print the
// summary, exit 1 if any article failed or any message ended in the dead-letter queue.
import { parseArgs } from 'node:util';
import { INPUT_PREFIX } from '../infra/definitions.ts';
import { loadLocalConfig, type LocalConfig } from './config.ts';
import { startLocalStack, type ProgressEvent } from './local-stack.ts';
import { findRunningStack } from './stack-file.ts';
import { formatSummary, type TableSummary } from './summarize-table.ts';

const HELP = `usage: npm start [-- --once]

Starts DynamoDB Local and s3rver on loopback, creates the bucket and the table, uploads samples/ on
the first start, and processes every object dropped under s3://<bucket>/${INPUT_PREFIX}.
  --once   process what is in the bucket, print the summary and exit (1 if anything failed)

Environment: GLEANER_HOME (state folder, default .gleaner), GLEANER_DYNAMODB_PORT (8569),
GLEANER_S3_PORT (4569), POWERTOOLS_LOG_LEVEL (handler logs, default ERROR).`;

function describeProgress(p: ProgressEvent): string {
  const c = p.article?.counts;
  switch (p.outcome) {
    case 'extracted':
      return `  ✓ ${p.key}  ${c ? `${c.people} people, ${c.places} places, ${c.organizations} organizations, ${c.dates} dates, ${c.money} money` : ''}`;
    case 'failed':
    case 'rejected':
      return `  ✗ ${p.key}  ${p.outcome}: ${p.article?.reason ?? ''}`;
    case 'removed':
      return `  − ${p.key}  removed`;
    default:
      return `  · ${p.key}  ${p.outcome}`;
  }
}

function nextSteps(config: LocalConfig): string {
  const env = `AWS_ACCESS_KEY_ID=${config.credentials.accessKeyId} AWS_SECRET_ACCESS_KEY=${config.credentials.secretAccessKey} AWS_DEFAULT_REGION=${config.region}`;
  const home = process.env.GLEANER_HOME ? `GLEANER_HOME=${config.home} ` : '';
  return [
    'Try next (in another terminal):',
    `  ${home}npx gleaner put article.txt`,
    `  ${env} \\`,
    `    aws --endpoint-url http://${config.host}:${config.s3Port} s3 cp article.txt s3://${config.bucket}/${INPUT_PREFIX}`,
    `  ${home}npx gleaner query entity Kazakhstan`,
    `  ${home}npx gleaner query top --type person`,
    `  ${home}npx gleaner status`,
    `  ${env} \\`,
    `    aws dynamodb --endpoint-url http://${config.host}:${config.dynamoPort} describe-table --table-name ${config.table}`,
  ].join('\n');
}

// The SDK warns about Node 20's end of support on every run; the project targets Node 20 on purpose.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

const failedCount = (s: TableSummary) => s.byStatus.failed + s.byStatus.rejected;

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { once: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const config = loadLocalConfig();
  const running = findRunningStack(config.home);
  if (running) {
    console.error(`gleaner: the local stack of ${config.home} is already running (process ${running.pid}, S3 on ${running.host}:${running.s3Port}, DynamoDB on ${running.host}:${running.dynamoPort})`);
    return 1;
  }
  const began = Date.now();
  console.log(`Starting the local stack in ${config.home} …`);
  const stack = await startLocalStack(config, { onProgress: (p) => console.log(describeProgress(p)) });
  const startedMs = Date.now() - began;
  console.log(`DynamoDB Local on ${config.host}:${config.dynamoPort}, S3 (s3rver) on ${config.host}:${config.s3Port}, bucket ${config.bucket}, table ${config.table} (ready in ${(startedMs / 1000).toFixed(1)} s)`);
  if (stack.uploadedSamples) console.log(`First start: uploaded ${stack.uploadedSamples} samples to s3://${config.bucket}/${INPUT_PREFIX}`);

  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    await stack.stop();
    process.exit(code);
  };
  process.once('SIGINT', () => { console.log('\nStopping …'); void stop(0); });
  process.once('SIGTERM', () => { void stop(0); });

  await stack.waitForIdle(values.once ? 600_000 : 120_000).catch((error) => console.error(`gleaner: ${(error as Error).message}`));
  const summary = await stack.summarize();
  const depth = stack.queue.depth();
  console.log(`\n${formatSummary(summary)}; dead-letter queue: ${depth.dlq} (processed in ${((Date.now() - began) / 1000).toFixed(1)} s)`);

  if (values.once) {
    const failed = failedCount(summary) + depth.dlq;
    if (failed > 0) console.error(`${failed} failed: see npx gleaner query failed${depth.dlq ? ' and npx gleaner redrive' : ''}`);
    const home = process.env.GLEANER_HOME ? `GLEANER_HOME=${config.home} ` : '';
    // Queries read the saved state with the stack stopped, so they are worth suggesting here too.
    console.log(`\nTry next: ${home}npx gleaner query entity Kazakhstan · ${home}npx gleaner query top --type person · npm start (keeps watching the bucket)`);
    await stop(failed > 0 ? 1 : 0);
    return failed > 0 ? 1 : 0;
  }
  console.log(`\n${nextSteps(config)}\n\nWatching s3://${config.bucket}/${INPUT_PREFIX} for new objects; Ctrl-C stops.`);
  return new Promise<number>(() => undefined);
}

main().then((code) => { if (code !== 0) process.exit(code); }, (error) => {
  console.error(`gleaner: ${(error as Error).message}`);
  process.exit(1);
});
