// The local stack as a command target. When `npm start` runs (its stack.json names a live process),
// commands use its engines and its control endpoint. When it does not, the persisted state is read
// directly: a temporary DynamoDB Local on a free port over the same <home>/dynamodb folder, and the
// queue file. The home lock guarantees DynamoDB Local never runs twice on that folder.
import fs from 'node:fs';
import path from 'node:path';
import { DescribeTableCommand, ResourceNotFoundException } from '@aws-sdk/client-dynamodb';
import { INPUT_PREFIX } from '../infra/definitions.ts';
import { createDocumentClient } from '../functions/records/index.ts';
import { loadLocalConfig, type LocalConfig } from '../local/config.ts';
import { callControl } from '../local/control-server.ts';
import { createDynamoClient, createS3Client, startDynamo } from '../local/engines.ts';
import { findFreePort } from '../local/free-port.ts';
import { acquireHomeLock, HomeLockedError, type HomeLock } from '../local/home-lock.ts';
import { LocalQueue, type QueueDepth } from '../local/local-queue.ts';
import { findRunningStack, type StackInfo } from '../local/stack-file.ts';
import { StackDownError, TargetNotFoundError, type Target, type TargetNeeds } from './target.ts';

const LOCK_WAIT_MS = 60_000;

export const startHint = (config: LocalConfig) =>
  `the local stack is not running: start it with \`${process.env.GLEANER_HOME ? `GLEANER_HOME=${config.home} ` : ''}npm start\` in another terminal`;

function openRunning(config: LocalConfig, stack: StackInfo, needs: TargetNeeds): Target {
  const live: LocalConfig = { ...config, host: stack.host, dynamoPort: stack.dynamoPort, s3Port: stack.s3Port, bucket: stack.bucket, table: stack.table };
  const dynamo = needs.table ? createDynamoClient(live) : undefined;
  const s3 = needs.s3 ? createS3Client(live) : undefined;
  return {
    label: 'the local stack',
    bucket: stack.bucket,
    inputPrefix: stack.inputPrefix,
    table: dynamo ? { client: createDocumentClient(dynamo), tableName: stack.table } : undefined,
    s3,
    queue: needs.queue ? {
      depth: () => callControl<QueueDepth>(stack.host, stack.controlPort, 'GET', '/queue'),
      redrive: async () => (await callControl<{ moved: number }>(stack.host, stack.controlPort, 'POST', '/redrive')).moved,
      send: async (bodies) => { await callControl<{ sent: number }>(stack.host, stack.controlPort, 'POST', '/messages', { bodies }); },
    } : undefined,
    async close() { dynamo?.destroy(); s3?.destroy(); },
  };
}

/** Takes the home lock, unless a stack comes up meanwhile (then returns it instead). */
async function lockOrFindStack(home: string): Promise<{ lock: HomeLock } | { stack: StackInfo }> {
  const until = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    const stack = findRunningStack(home);
    if (stack) return { stack };
    try {
      return { lock: await acquireHomeLock(home, `gleaner ${process.argv.slice(2, 4).join(' ')}`) };
    } catch (error) {
      if (!(error instanceof HomeLockedError) || Date.now() > until) throw error;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}

export async function openLocalTarget(needs: TargetNeeds): Promise<Target> {
  const config = loadLocalConfig();
  const running = findRunningStack(config.home);
  if (running) return openRunning(config, running, needs);
  if (needs.s3) throw new StackDownError(startHint(config));
  if (needs.table && !fs.existsSync(path.join(config.home, 'dynamodb'))) {
    throw new TargetNotFoundError(`no local state in ${config.home} yet: run \`npm start\` first`);
  }

  const got = await lockOrFindStack(config.home);
  if ('stack' in got) return openRunning(config, got.stack, needs);
  const { lock } = got;
  const closers: Array<() => Promise<void> | void> = [() => lock.release()];
  const close = async () => { for (const c of closers.reverse()) await c(); closers.length = 0; };
  try {
    let table: Target['table'];
    if (needs.table) {
      const temp: LocalConfig = { ...config, dynamoPort: await findFreePort(config.host) };
      const engine = await startDynamo(temp);
      lock.setEnginePid(engine.child.pid);
      closers.push(async () => { await engine.stop(); lock.setEnginePid(undefined); });
      const dynamo = createDynamoClient(temp);
      closers.push(() => dynamo.destroy());
      try {
        await dynamo.send(new DescribeTableCommand({ TableName: config.table }));
      } catch (error) {
        if (error instanceof ResourceNotFoundException) throw new TargetNotFoundError(`the local table ${config.table} does not exist yet: run \`npm start\` first`);
        throw error;
      }
      table = { client: createDocumentClient(dynamo), tableName: config.table };
    }
    let queue: Target['queue'];
    if (needs.queue) {
      // Visibility and receive limits do not matter here: nothing receives while the stack is down.
      const file = path.join(config.home, 'queue.json');
      const local = LocalQueue.open({ file, visibilityTimeoutMs: 0, maxReceives: Number.MAX_SAFE_INTEGER });
      queue = {
        depth: async () => local.depth(),
        redrive: async () => { const moved = local.redrive(); if (moved) local.flush(); return moved; },
        send: async (bodies) => { for (const body of bodies) local.send(body); local.flush(); },
      };
    }
    return { label: 'the local stack (stopped; read from its saved state)', bucket: config.bucket, inputPrefix: INPUT_PREFIX, table, queue, close };
  } catch (error) {
    await close();
    throw error;
  }
}
