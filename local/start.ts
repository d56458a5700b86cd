// `npm start`: runs the local stack, shows a line per processed article and a summary, then keeps
// processing new objects until Ctrl-C, which stops without losing anything (a second one forces).
// `npm start -- --once`: process what is there, say what this run extracted, rejected and failed,
// and exit 1 only if something in this run failed or ended in the dead-letter queue.
import { parseArgs } from 'node:util';
import { INPUT_PREFIX } from '../infra/definitions.ts';
import { loadLocalConfig, type LocalConfig } from './config.ts';
import { StackStoppingError, startLocalStack, type LocalStack, type ProgressEvent } from './local-stack.ts';
import { describeParseError } from '../cli/args.ts';
import { formatRunCounts, runFailed } from './run-summary.ts';
import { findRunningStack } from './stack-file.ts';
import { formatSummary } from './summarize-table.ts';
import { loadUiConfig } from '../ui/config.ts';
import { serveLocalStack } from '../ui/serve-local-stack.ts';
import type { UiServer } from '../ui/ui-server.ts';

const HELP = `usage: npm start [-- --once]

Starts DynamoDB Local and s3rver on loopback, creates the bucket and the table, uploads samples/ on
the first start, and processes every object dropped under s3://<bucket>/${INPUT_PREFIX}.
  --once   process what is in the bucket, print the summary and exit (1 if anything in this run failed)

Ctrl-C stops taking new messages, lets the ones in flight finish, then stops the engines; a second
Ctrl-C forces (messages in flight go back to the queue without using up a delivery).

Environment: GLEANER_HOME (state folder, default .gleaner), GLEANER_DYNAMODB_PORT (8569),
GLEANER_S3_PORT (4569), GLEANER_UI_PORT (8580, the page), POWERTOOLS_LOG_LEVEL (handler logs, default ERROR).`;

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

function nextSteps(config: LocalConfig, pageUrl?: string): string {
  const env = `AWS_ACCESS_KEY_ID=${config.credentials.accessKeyId} AWS_SECRET_ACCESS_KEY=${config.credentials.secretAccessKey} AWS_DEFAULT_REGION=${config.region}`;
  const home = process.env.GLEANER_HOME ? `GLEANER_HOME=${config.home} ` : '';
  return [
    'Try next (in another terminal):',
    ...(pageUrl ? [`  open ${pageUrl} in a browser (the page over the table; GLEANER_UI_PORT)`] : []),
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

/** One line a person can act on, never a stack trace. */
const firstLine = (error: unknown) => ((error as Error)?.message || String(error)).split('\n')[0];

// The terminal sends Ctrl-C to the whole foreground process group, and npm forwards it to its child
// as well: one press can arrive twice within milliseconds. Only a press after this gap forces.
const FORCE_AFTER_MS = 500;

/** The running stack, for the last-resort error path: save the queue and free the engines on the way out. */
let activeStack: LocalStack | undefined;

async function main(): Promise<number> {
  let values: { once?: boolean; help?: boolean };
  try {
    ({ values } = parseArgs({ options: { once: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } }));
  } catch (error) {
    console.error(`npm start: ${describeParseError(error as Error)} (npm start -- --help lists the options)`);
    return 2;
  }
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const config = loadLocalConfig();
  const uiConfig = loadUiConfig();
  const running = findRunningStack(config.home);
  if (running) {
    console.error(`gleaner: the local stack of ${config.home} is already running (process ${running.pid}, S3 on ${running.host}:${running.s3Port}, DynamoDB on ${running.host}:${running.dynamoPort})`);
    return 1;
  }

  // Signals are handled from the first moment: a Ctrl-C during the start stops once it is up.
  let stack: LocalStack | undefined;
  let page: UiServer | undefined;
  let stopRequested = false;
  let firstSignalAt = 0;
  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      console.log('\nStopping: taking no new messages');
      // The page reads the table: it goes first.
      if (page) await page.stop().then(() => console.log('Stopping: page closed'), (error) => console.error(`gleaner: closing the page: ${firstLine(error)}`));
      await stack?.stop({ onStage: (line) => console.log(`Stopping: ${line}`) });
      if (stack) console.log(`Stopped; ${formatRunCounts(stack.runCounts())}. The next npm start continues where this one ended.`);
    })();
    return stopping;
  };
  const onSignal = (signal: NodeJS.Signals) => {
    const now = Date.now();
    if (!stopRequested) {
      stopRequested = true;
      firstSignalAt = now;
      // Watching ends with Ctrl-C as intended (0); a --once run cut short did not finish (130).
      if (stack) void stop().then(() => process.exit(values.once ? 130 : 0), (error) => { console.error(`gleaner: stopping: ${firstLine(error)}`); process.exit(1); });
      return;
    }
    if (now - firstSignalAt < FORCE_AFTER_MS) return;
    console.log(`\nForced stop (${signal}): messages in flight go back to the queue; their delivery is not counted`);
    stack?.forceStop();
    process.exit(130);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  // A closed terminal: DynamoDB Local runs in its own session and would not get the hangup itself.
  process.on('SIGHUP', onSignal);

  const began = Date.now();
  console.log(`Starting the local stack in ${config.home} …`);
  stack = await startLocalStack(config, { onProgress: (p) => console.log(describeProgress(p)) });
  activeStack = stack;
  if (stopRequested) {
    await stop();
    return values.once ? 130 : 0;
  }
  const startedMs = Date.now() - began;
  console.log(`DynamoDB Local on ${config.host}:${config.dynamoPort}, S3 (s3rver) on ${config.host}:${config.s3Port}, bucket ${config.bucket}, table ${config.table} (ready in ${(startedMs / 1000).toFixed(1)} s)`);
  if (stack.uploadedSamples) console.log(`First start: uploaded ${stack.uploadedSamples} samples to s3://${config.bucket}/${INPUT_PREFIX}`);
  if (!values.once) {
    try {
      page = await serveLocalStack(stack, uiConfig.port);
    } catch (error) {
      console.error(`gleaner: the page could not start on ${uiConfig.host}:${uiConfig.port} (${firstLine(error)}); set GLEANER_UI_PORT to another port`);
    }
  }

  try {
    await stack.waitForIdle(values.once ? 600_000 : 120_000);
  } catch (error) {
    // A Ctrl-C meanwhile: the stop in progress says the rest.
    if (error instanceof StackStoppingError) return new Promise<number>(() => undefined);
    console.error(`gleaner: ${firstLine(error)}`);
  }
  if (stopRequested) return new Promise<number>(() => undefined);
  const summary = await stack.summarize();
  const depth = stack.queue.depth();
  const counts = stack.runCounts();
  console.log(`\n${formatSummary(summary)}; dead-letter queue: ${depth.dlq} (processed in ${((Date.now() - began) / 1000).toFixed(1)} s)`);
  console.log(`${formatRunCounts(counts).replace(/^t/, 'T')}`);

  if (values.once) {
    const failed = runFailed(counts);
    if (failed) console.error(`${counts.failed + counts.deadLettered} failed in this run: see npx gleaner query failed${depth.dlq ? ' and npx gleaner redrive' : ''}`);
    else if (depth.dlq) console.log(`${depth.dlq} message${depth.dlq === 1 ? '' : 's'} from earlier runs in the dead-letter queue: npx gleaner redrive moves them back`);
    const home = process.env.GLEANER_HOME ? `GLEANER_HOME=${config.home} ` : '';
    // Queries read the saved state with the stack stopped, so they are worth suggesting here too.
    console.log(`\nTry next: ${home}npx gleaner query entity Kazakhstan · ${home}npx gleaner query top --type person · npm start (keeps watching the bucket)`);
    // A Ctrl-C from here on forces (the stop below is already the graceful one).
    stopRequested = true;
    firstSignalAt = Date.now();
    await stack.stop();
    return failed ? 1 : 0;
  }
  console.log(`\n${nextSteps(config, page?.url)}\n\nWatching s3://${config.bucket}/${INPUT_PREFIX} for new objects; Ctrl-C stops.`);
  return new Promise<number>(() => undefined);
}

main().then((code) => process.exit(code), (error) => {
  console.error(`gleaner: ${firstLine(error)}`);
  activeStack?.forceStop();
  process.exit(1);
});
