// `gleaner <command>`: dispatches to one module per command. Exit codes: 0 ok, 1 something failed,
// 2 bad usage.
import { UsageError } from './usage.ts';

type Command = (argv: string[]) => Promise<number>;

const COMMANDS: Record<string, { summary: string; load: () => Promise<Command> }> = {
  extract: { summary: 'extract facts from files or JSON Lines, no AWS needed', load: async () => (await import('./extract.ts')).runExtract },
  put: { summary: 'upload files into the bucket (local stack, or --aws)', load: async () => (await import('./put.ts')).runPut },
  query: { summary: 'ask the table: article, entity, dates, money, failed, top', load: async () => (await import('./query.ts')).runQuery },
  status: { summary: 'articles by status, queue and dead-letter queue depth', load: async () => (await import('./status.ts')).runStatus },
  redrive: { summary: 'move dead-letter queue messages back to the queue', load: async () => (await import('./redrive.ts')).runRedrive },
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
    console.error(`gleaner: unknown command "${name}"\n\n${usage()}`);
    return 2;
  }
  try {
    return await (await command.load())(rest);
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`gleaner ${name}: ${error.message}`);
      return 2;
    }
    console.error(`gleaner ${name}: ${(error as Error).message}`);
    return 1;
  }
}
