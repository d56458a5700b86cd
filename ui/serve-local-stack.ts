// The page inside `npm start`: the running stack's own clients and queue, no second engine.
import type { LocalStack } from '../local/local-stack.ts';
import { loadUiConfig } from './config.ts';
import { createTextReader } from './ui-source.ts';
import { startUiServer, type UiServer } from './ui-server.ts';

export async function serveLocalStack(stack: Pick<LocalStack, 'table' | 's3' | 'queue' | 'inputPrefix' | 'config'>, port = loadUiConfig().port): Promise<UiServer> {
  return startUiServer({
    port,
    source: {
      label: 'the local stack', bucket: stack.config.bucket, inputPrefix: stack.inputPrefix, table: stack.table,
      readText: createTextReader(stack.s3),
      dlqDepth: async () => stack.queue.depth().dlq,
    },
  });
}
