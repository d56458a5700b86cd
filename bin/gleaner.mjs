#!/usr/bin/env node
// The `gleaner` command. The CLI is TypeScript run through tsx, so it works right after `npm install`
// with no build step.
import { register } from 'tsx/esm/api';

// `gleaner query … | head`: once the reader has gone, stop quietly (the engines and the home lock are
// released by their exit hooks) instead of dying on an unhandled EPIPE with a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(0);
    process.stderr.write(`gleaner: cannot write output: ${error.message}\n`);
    process.exit(1);
  });
}

// Ctrl-C while a command runs (say, a temporary DynamoDB Local for a query): exit through the exit
// hooks, which stop the engine and free the home folder, instead of dying with the signal.
process.once('SIGINT', () => process.exit(130));
process.once('SIGTERM', () => process.exit(143));
process.once('SIGHUP', () => process.exit(129));

// The SDK warns about Node 20's end of support on every run; the project targets Node 20 on purpose.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
register();
const { main } = await import('../cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
