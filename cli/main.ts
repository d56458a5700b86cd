// `gleaner <command>`: dispatches to one module per command. Exit codes: 0 ok, 1 something failed,
// 2 bad usage.
import { describeError } from './describe-error.ts';
import { UsageError } from './usage.ts';

type Command = (argv: string[]) => Promise<number>;

const COMMANDS: Record<string, { summary: string; load: () => Promise<Command> }> = {
  extract: { summary: 'extract facts from files or JSON Lines, no AWS needed', load: async () => (await import('./extract.ts')).runExtract },
  put: { summary: 'upload files into the bucket (local stack, or --aws)', load: async () => (await import('./put.ts')).runPut },
  query: { summary: 'ask the table: article, entity, dates, money, failed, top', load: async () => (await import('./query.ts')).runQuery },
  status: { summary: 'articles by status, queue and dead-letter queue depth', load: async () => (await import('./status.ts')).runStatus },
  redrive: { summary: 'move dead-letter queue messages back to the queue', load: async () => (await import('./redrive.ts')).runRedrive },
  reprocess: { summary: "send the bucket's objects through the queue again (new extractor version)", load: async () => (await import('./reprocess.ts')).runReprocess },
  ui: { summary: 'serve a read-only page over the table and bucket on 127.0.0.1', load: async () => (await import('../ui/run-ui-command.ts')).runUi },
};

function usage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length));
  return ['usage: gleaner <command> [options]', '', ...Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`), '', 'gleaner <command> --help for its options'].join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(usage());
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    console.error(`gleaner: unknown ${name.startsWith('-') ? 'option' : 'command'} "${name}": one of ${Object.keys(COMMANDS).join(', ')} (gleaner --help lists them)`);
    return 2;
  }
  try {
    return await (await command.load())(rest);
  } catch (error) {
    if (error instanceof UsageError) {
      // One line naming what is wrong, and where the options are listed.
      console.error(`gleaner ${name}: ${error.message}${error.message.includes('\n') ? '' : ` (gleaner ${name} --help lists the options)`}`);
      return 2;
    }
    console.error(`gleaner ${name}: ${describeError(error)}`);
    return 1;
  }
}
