// `gleaner ui`: serves the page over the local stack (running or stopped: its saved state is read, as
// queries do) or, with --aws, over a deployed stack's table and bucket. Runs until Ctrl-C.
import { TARGET_HELP, TARGET_OPTIONS, parseCommandArgs } from '../cli/args.ts';
import { loadUiConfig } from './config.ts';
import { openUiSource } from './open-ui-source.ts';
import { loadLocalConfig } from '../local/config.ts';
import { findRunningStack } from '../local/stack-file.ts';
import { startUiServer, UiPortInUseError } from './ui-server.ts';

const HELP = `usage: gleaner ui [options]

Serves a read-only page over the table and the bucket on http://127.0.0.1:<GLEANER_UI_PORT> (default
8580): counts, latest articles, top entities, each article with its facts marked, entity pages,
search, failed and rejected objects. \`npm start\` serves the same page while the stack runs.

${TARGET_HELP}`;

export async function runUi(argv: string[], until?: Promise<unknown>): Promise<number> {
  const { values } = parseCommandArgs(argv, TARGET_OPTIONS);
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const config = loadUiConfig();
  const opened = await openUiSource(values);
  try {
    const server = await startUiServer({ source: opened.source, host: config.host, port: config.port }).catch((error) => {
      // The usual reason: `npm start` serves the page on that port already.
      if (error instanceof UiPortInUseError && !values.aws && findRunningStack(loadLocalConfig().home)) {
        throw new UiPortInUseError(`port ${config.port} is already in use: the running \`npm start\` serves this page there (http://${config.host}:${config.port}/), or set GLEANER_UI_PORT`);
      }
      throw error;
    });
    console.log(`Gleaner page for ${opened.source.label}: ${server.url}  (Ctrl-C stops)`);
    await (until ?? waitForSignal());
    await server.stop();
    return 0;
  } finally {
    await opened.close();
  }
}

function waitForSignal(): Promise<void> {
  return new Promise((resolve) => {
    const done = () => { process.off('SIGINT', done); process.off('SIGTERM', done); resolve(); };
    process.once('SIGINT', done);
    process.once('SIGTERM', done);
  });
}
