// The home lock: one owner of the persisted state at a time, and a lock left by a dead process is
// taken over instead of blocking forever.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { acquireHomeLock, HomeLockedError } from '../../local/home-lock.ts';

const homes: string[] = [];
afterEach(() => { for (const h of homes.splice(0)) fs.rmSync(h, { recursive: true, force: true }); });
const tempHome = () => { const h = fs.mkdtempSync(path.join(os.tmpdir(), 'gleaner-lock-')); homes.push(h); return h; };

/** A pid that certainly belongs to no process any more. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  await new Promise((r) => child.once('exit', r));
  return child.pid!;
}

describe('acquireHomeLock', () => {
  it('refuses a second owner while the first holds it, and lets it in once released', async () => {
    const home = tempHome();
    // Simulate another live holder: this test's parent process.
    fs.writeFileSync(path.join(home, 'lock'), JSON.stringify({ pid: process.ppid, purpose: 'npm start' }));
    await expect(acquireHomeLock(home, 'query', 300)).rejects.toThrow(HomeLockedError);
    await expect(acquireHomeLock(home, 'query', 0)).rejects.toThrow(/in use by process \d+ \(npm start\)/);
    fs.rmSync(path.join(home, 'lock'));
    const lock = await acquireHomeLock(home, 'query');
    expect(JSON.parse(fs.readFileSync(path.join(home, 'lock'), 'utf8'))).toMatchObject({ pid: process.pid, purpose: 'query' });
    lock.release();
    expect(fs.existsSync(path.join(home, 'lock'))).toBe(false);
  });

  it.each([
    ['a dead holder', async () => JSON.stringify({ pid: await deadPid(), purpose: 'npm start' })],
    ['a half-written lock', async () => '{"pid":'],
  ])('takes over the lock of %s', async (_label, content) => {
    const home = tempHome();
    fs.writeFileSync(path.join(home, 'lock'), await content());
    const lock = await acquireHomeLock(home, 'query');
    expect(JSON.parse(fs.readFileSync(path.join(home, 'lock'), 'utf8')).pid).toBe(process.pid);
    lock.release();
  });

  it('waits for a holder that lets go within the wait', async () => {
    const home = tempHome();
    fs.writeFileSync(path.join(home, 'lock'), JSON.stringify({ pid: process.ppid, purpose: 'npm start' }));
    setTimeout(() => fs.rmSync(path.join(home, 'lock')), 300);
    const lock = await acquireHomeLock(home, 'query', 5000);
    lock.release();
  });
});
