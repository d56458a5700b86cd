// `<home>/stack.json` tells the CLI that a stack is running and where: written when `npm start` is
// ready, removed when it stops. A file left by a killed stack is recognised by its dead pid.
import fs from 'node:fs';
import path from 'node:path';
import { isProcessAlive } from './home-lock.ts';

export interface StackInfo {
  pid: number;
  startedAt: string;
  host: string;
  dynamoPort: number;
  s3Port: number;
  /** The stack's control endpoint (queue depth, redrive) on loopback. */
  controlPort: number;
  bucket: string;
  table: string;
  inputPrefix: string;
}

export const stackFilePath = (home: string) => path.join(home, 'stack.json');

export function writeStackFile(home: string, info: StackInfo): void {
  const file = stackFilePath(home);
  fs.writeFileSync(`${file}.tmp`, `${JSON.stringify(info, null, 2)}\n`);
  fs.renameSync(`${file}.tmp`, file);
}

export function removeStackFile(home: string, pid: number = process.pid): void {
  if (readStackFile(home)?.pid === pid) fs.rmSync(stackFilePath(home), { force: true });
}

export function readStackFile(home: string): StackInfo | undefined {
  try {
    return JSON.parse(fs.readFileSync(stackFilePath(home), 'utf8')) as StackInfo;
  } catch {
    return undefined;
  }
}

/** The running stack of this home, or undefined when none is running. */
export function findRunningStack(home: string): StackInfo | undefined {
  const info = readStackFile(home);
  return info && isProcessAlive(info.pid) ? info : undefined;
}
