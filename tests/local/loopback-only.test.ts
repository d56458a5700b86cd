// DynamoDB Local accepts any credentials and s3rver ships one well-known key pair, so other machines
// must not reach them: both answer on 127.0.0.1 and refuse connections to this machine's other
// addresses. DynamoDB Local has no bind flag; local/loopback-dynamodb.java binds it.
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { ListBucketsCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadLocalConfig, type LocalConfig } from '../../local/config.ts';
import { startControlServer, type ControlServer } from '../../local/control-server.ts';
import { LocalQueue } from '../../local/local-queue.ts';
import { createDynamoClient, createS3Client, startDynamo, startS3, type RunningDynamo, type RunningS3 } from '../../local/engines.ts';
import { findFreePort } from '../support/free-port.ts';

/** This machine's own addresses other than loopback (IPv4 and IPv6). */
const OTHER_ADDRESSES = Object.entries(os.networkInterfaces()).flatMap(([name, addresses]) => (addresses ?? [])
  .filter((a) => !a.internal)
  // A link-local IPv6 address is only reachable through its interface.
  .map((a) => (a.address.toLowerCase().startsWith('fe80:') ? `${a.address}%${name}` : a.address)));

/** 'connected' or the error code of a TCP connection attempt. */
function tryConnect(host: string, port: number): Promise<string> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const done = (result: string) => { socket.destroy(); resolve(result); };
    socket.setTimeout(2000, () => done('timeout'));
    socket.once('connect', () => done('connected'));
    socket.once('error', (error: NodeJS.ErrnoException) => done(error.code ?? error.message));
  });
}

describe.skipIf(OTHER_ADDRESSES.length === 0)('the engines listen on loopback only', () => {
  let home: string;
  let config: LocalConfig;
  let dynamo: RunningDynamo;
  let s3: RunningS3;
  let control: ControlServer;

  beforeAll(async () => {
    home = fs.mkdtempSync(path.join(os.tmpdir(), 'gleaner-loopback-'));
    config = loadLocalConfig({ GLEANER_HOME: home, GLEANER_DYNAMODB_PORT: String(await findFreePort()), GLEANER_S3_PORT: String(await findFreePort()) });
    [dynamo, s3, control] = await Promise.all([
      startDynamo(config, { inMemory: true }), startS3(config),
      startControlServer(config.host, LocalQueue.open({ visibilityTimeoutMs: 1000, maxReceives: 1 })),
    ]);
  });

  afterAll(async () => {
    await Promise.all([dynamo?.stop(), s3?.stop(), control?.stop()]);
    fs.rmSync(home, { recursive: true, force: true });
  });

  it('DynamoDB Local answers on 127.0.0.1', async () => {
    const client = createDynamoClient(config);
    try {
      expect((await client.send(new ListTablesCommand({}))).TableNames).toEqual([]);
    } finally {
      client.destroy();
    }
  });

  it('s3rver answers on 127.0.0.1', async () => {
    const client = createS3Client(config);
    try {
      expect((await client.send(new ListBucketsCommand({}))).Buckets ?? []).toEqual([]);
    } finally {
      client.destroy();
    }
  });

  it('the control endpoint (queue depth, redrive) answers on 127.0.0.1', async () => {
    expect(await tryConnect('127.0.0.1', control.port)).toBe('connected');
  });

  it.each(OTHER_ADDRESSES)('DynamoDB Local, s3rver and the control endpoint refuse connections to %s', async (address) => {
    expect(await tryConnect(address, config.dynamoPort)).toBe('ECONNREFUSED');
    expect(await tryConnect(address, config.s3Port)).toBe('ECONNREFUSED');
    expect(await tryConnect(address, control.port)).toBe('ECONNREFUSED');
  });
});

it.skipIf(OTHER_ADDRESSES.length > 0)('the loopback-only check is skipped: this machine has no address other than loopback', () => undefined);
