// Where the local stack lives and how every local client reaches it. The stack, the CLI and the tests
// all read this one module, so they agree on ports, region, credentials and the storage folder:
// DynamoDB Local keeps a database per access key and region unless run with -sharedDb, and it is.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LOCAL_NAMES } from '../infra/definitions.ts';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface LocalConfig {
  /** The one ignored folder that holds all local state. */
  home: string;
  host: string;
  dynamoPort: number;
  s3Port: number;
  region: string;
  credentials: { accessKeyId: string; secretAccessKey: string };
  bucket: string;
  table: string;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

function readPort(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new ConfigError(`${name} must be a port number from 1 to 65535, got "${raw}"`);
  }
  return port;
}

/** Reads and validates the local settings once; every option has a default. */
export function loadLocalConfig(env: NodeJS.ProcessEnv = process.env): LocalConfig {
  return {
    home: path.resolve(env.GLEANER_HOME || path.join(PROJECT_ROOT, '.gleaner')),
    host: '127.0.0.1',
    dynamoPort: readPort(env, 'GLEANER_DYNAMODB_PORT', 8569),
    s3Port: readPort(env, 'GLEANER_S3_PORT', 4569),
    region: 'us-east-1',
    // s3rver ships this one account; DynamoDB Local runs with -sharedDb and accepts any key.
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    bucket: env.GLEANER_BUCKET || LOCAL_NAMES.bucket,
    table: env.GLEANER_TABLE || LOCAL_NAMES.table,
  };
}

export const dynamoEndpoint = (c: LocalConfig) => `http://${c.host}:${c.dynamoPort}`;
export const s3Endpoint = (c: LocalConfig) => `http://${c.host}:${c.s3Port}`;
