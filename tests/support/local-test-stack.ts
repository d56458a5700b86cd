// Real engines for one test file: its own table in the shared in-memory DynamoDB Local (started by
// dynamo-global-setup.ts) and its own in-process s3rver on a free port with a bucket in a temp folder.
// Usage: `const stack = await startLocalTestStack('pipeline')` in beforeAll, `await stack.stop()` in afterAll.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CreateTableCommand, DeleteTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { CreateBucketCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { inject } from 'vitest';
import { describeCreateTable } from '../../infra/definitions.ts';
import { loadLocalConfig, type LocalConfig } from '../../local/config.ts';
import { createDynamoClient, createS3Client, startS3, type RunningS3 } from '../../local/engines.ts';
import { createDocumentClient, type RecordTable } from '../../functions/records/record-table.ts';
import { findFreePort } from './free-port.ts';

export interface LocalTestStack {
  config: LocalConfig;
  dynamo: DynamoDBClient;
  documentClient: DynamoDBDocumentClient;
  s3: S3Client;
  tableName: string;
  bucket: string;
  /** The records API's view of the table. */
  table: RecordTable;
  /** Uploads an object; returns its ETag without quotes. */
  putObject(key: string, body: string | Uint8Array): Promise<string>;
  stop(): Promise<void>;
}

export interface LocalTestStackOptions {
  /** Start s3rver too (default true); record-model tests only need the table. */
  withS3?: boolean;
}

let tableCounter = 0;

export async function startLocalTestStack(name: string, options: LocalTestStackOptions = {}): Promise<LocalTestStack> {
  const withS3 = options.withS3 ?? true;
  const home = fs.mkdtempSync(path.join(os.tmpdir(), `gleaner-test-${name}-`));
  const s3Port = withS3 ? await findFreePort() : 1;
  const config = loadLocalConfig({
    GLEANER_HOME: home,
    GLEANER_DYNAMODB_PORT: String(inject('dynamoPort')),
    GLEANER_S3_PORT: String(s3Port),
  });
  const tableName = `${name}-${process.pid}-${++tableCounter}`.replace(/[^a-zA-Z0-9_.-]/g, '-');
  const bucket = `${name}-${tableCounter}`.toLowerCase().replace(/[^a-z0-9.-]/g, '-').slice(0, 50);
  const dynamo = createDynamoClient(config);
  await dynamo.send(new CreateTableCommand(describeCreateTable(tableName)));
  const documentClient = createDocumentClient(dynamo);

  let running: RunningS3 | undefined;
  const s3 = createS3Client(config);
  if (withS3) {
    running = await startS3(config, { directory: path.join(home, 's3') });
    await s3.send(new CreateBucketCommand({ Bucket: bucket }));
  }

  return {
    config,
    dynamo,
    documentClient,
    s3,
    tableName,
    bucket,
    table: { client: documentClient, tableName },
    async putObject(key, body) {
      const result = await s3.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: body, ContentLength: Buffer.byteLength(body) }));
      return (result.ETag ?? '').replace(/"/g, '');
    },
    async stop() {
      await dynamo.send(new DeleteTableCommand({ TableName: tableName })).catch(() => undefined);
      dynamo.destroy();
      s3.destroy();
      await running?.stop();
      fs.rmSync(home, { recursive: true, force: true });
    },
  };
}
