// `gleaner redrive`: moves the dead-letter queue's messages back to the queue, once whatever made them
// fail (a table that was down, a bug since fixed) is fixed. Their events are then processed as usual;
// the handler's event ordering makes a redriven old event harmless if a newer one was processed since.
import { TARGET_HELP, TARGET_OPTIONS, parseCommandArgs } from './args.ts';
import { openTarget } from './target.ts';

const HELP = `usage: gleaner redrive

Moves every message of the dead-letter queue back to the queue.

${TARGET_HELP}`;

export async function runRedrive(argv: string[]): Promise<number> {
  const { values } = parseCommandArgs(argv, TARGET_OPTIONS);
  if (values.help) { console.log(HELP); return 0; }
  const target = await openTarget(values, { queue: true });
  try {
    const moved = await target.queue!.redrive();
    console.log(moved === undefined
      ? `started moving the dead-letter queue's messages back (${target.label}); gleaner status --aws shows the progress`
      : `moved ${moved} message${moved === 1 ? '' : 's'} from the dead-letter queue back to the queue (${target.label})`);
    return 0;
  } finally {
    await target.close();
  }
}
