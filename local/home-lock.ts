// One process at a time owns the persisted state in the home folder: DynamoDB Local must never run
// twice on one database folder (both would write the same SQLite file), and the queue file has one
// writer. `npm start` holds the lock while it runs; the CLI takes it briefly when the stack is down.
import fs from 'node:fs';
import path from 'node:path';

export class HomeLockedError extends Error {
  override name = 'HomeLockedError';
}

interface LockContent {
  pid: number;
  /** DynamoDB Local's pid, so a holder killed outright does not leave a JVM on the folder unnoticed. */
  enginePid?: number;
  purpose: string;
}

export interface HomeLock {
  /** Records the engine process started under this lock. */
  setEnginePid(pid: number | undefined): void;
  release(): void;
}

export const isProcessAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

const lockPath = (home: string) => path.join(home, 'lock');

function readLock(file: string): LockContent | undefined {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as LockContent;
  } catch {
    return undefined;
  }
}

/** True when the pid runs DynamoDB Local on this home's database folder (read from /proc on Linux). */
function isOurEngine(pid: number, home: string): boolean {
  try {
    const cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    return cmdline.includes('DynamoDBLocal.jar') && cmdline.includes(path.join(home, 'dynamodb'));
  } catch {
    return false;
  }
}

/**
 * Takes the lock, waiting up to `waitMs` for a live holder. A lock whose holder is dead is taken
 * over; if that holder's DynamoDB Local outlived it (the holder was SIGKILLed), it is stopped first.
 */
export async function acquireHomeLock(home: string, purpose: string, waitMs = 0): Promise<HomeLock> {
  fs.mkdirSync(home, { recursive: true });
  const file = lockPath(home);
  const until = Date.now() + waitMs;
  const content: LockContent = { pid: process.pid, purpose };
  for (;;) {
    try {
      fs.writeFileSync(file, JSON.stringify(content), { flag: 'wx' });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = readLock(file);
    if (holder && isProcessAlive(holder.pid) && holder.pid !== process.pid) {
      if (Date.now() >= until) {
        throw new HomeLockedError(`${home} is in use by process ${holder.pid} (${holder.purpose}); wait for it or stop it`);
      }
      await new Promise((r) => setTimeout(r, 200));
      continue;
    }
    if (holder?.enginePid && isProcessAlive(holder.enginePid) && isOurEngine(holder.enginePid, home)) {
      process.kill(holder.enginePid, 'SIGTERM');
      const deadline = Date.now() + 5000;
      while (isProcessAlive(holder.enginePid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    }
    // Stale (holder dead, or unreadable because it died mid-write): remove and try again.
    fs.rmSync(file, { force: true });
  }
  const release = () => {
    process.off('exit', release);
    if (readLock(file)?.pid === process.pid) fs.rmSync(file, { force: true });
  };
  // A forced exit (a second Ctrl-C, EPIPE) still leaves the folder free; the engines die with us.
  process.on('exit', release);
  return {
    setEnginePid(pid) {
      content.enginePid = pid;
      fs.writeFileSync(file, JSON.stringify(content));
    },
    release,
  };
}
