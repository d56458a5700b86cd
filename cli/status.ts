// `gleaner status`: articles by status, and the queue and dead-letter queue depth.
import { countArticlesByStatus } from '../functions/records/index.ts';
import { TARGET_HELP, TARGET_OPTIONS, parseCommandArgs } from './args.ts';
import { openTarget } from './target.ts';

const HELP = `usage: gleaner status [--json]

Articles by status (extracted, failed, rejected), messages waiting or in flight in the queue, and
messages in the dead-letter queue (move them back with gleaner redrive).

${TARGET_HELP}`;

export async function runStatus(argv: string[]): Promise<number> {
  const { values } = parseCommandArgs(argv, { ...TARGET_OPTIONS, json: { type: 'boolean' } });
  if (values.help) { console.log(HELP); return 0; }
  const target = await openTarget(values, { table: true, queue: true });
  try {
    const [articles, queue] = await Promise.all([countArticlesByStatus(target.table!), target.queue!.depth()]);
    if (values.json) {
      console.log(JSON.stringify({ target: target.label, articles, queue }));
      return 0;
    }
    const total = articles.extracted + articles.failed + articles.rejected;
    console.log([
      `${target.label}`,
      `articles:          ${total} (${articles.extracted} extracted, ${articles.failed} failed, ${articles.rejected} rejected)`,
      `queue:             ${queue.visible} waiting, ${queue.inFlight} in flight`,
      `dead-letter queue: ${queue.dlq}${queue.dlq ? ' (gleaner redrive moves them back)' : ''}`,
    ].join('\n'));
    return 0;
  } finally {
    await target.close();
  }
}
