// The local queue's SQS semantics, on a controllable clock: what the handler's retry and DLQ path
// depends on, and that a restart loses nothing.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LocalQueue, QueueStateError } from '../../local/local-queue.ts';

const dirs: string[] = [];
afterEach(() => { for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true }); });

function openQueue(options: { file?: string; maxReceives?: number } = {}) {
  const clock = { now: 1_000_000 };
  const queue = LocalQueue.open({ file: options.file, visibilityTimeoutMs: 30_000, maxReceives: options.maxReceives ?? 3, now: () => clock.now });
  return { queue, clock };
}

const tempFile = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gleaner-queue-'));
  dirs.push(dir);
  return path.join(dir, 'queue.json');
};

describe('LocalQueue', () => {
  it('hides a received message for the visibility timeout, then delivers it again with a higher receive count', () => {
    const { queue, clock } = openQueue();
    queue.send('a');
    const [first] = queue.receive(10);
    expect(first.receiveCount).toBe(1);
    expect(queue.receive(10)).toEqual([]);
    expect(queue.depth()).toEqual({ visible: 0, inFlight: 1, dlq: 0 });
    clock.now += 29_999;
    expect(queue.receive(10)).toEqual([]);
    clock.now += 1;
    const [second] = queue.receive(10);
    expect(second).toMatchObject({ messageId: first.messageId, body: 'a', receiveCount: 2, firstReceivedAt: first.firstReceivedAt });
    expect(second.receiptHandle).not.toBe(first.receiptHandle);
  });

  it('deletes only with the newest receipt handle', () => {
    const { queue, clock } = openQueue();
    queue.send('a');
    const [first] = queue.receive(1);
    clock.now += 30_000;
    const [second] = queue.receive(1);
    expect(queue.delete(first.receiptHandle)).toBe(false);
    expect(queue.delete(second.receiptHandle)).toBe(true);
    expect(queue.depth()).toEqual({ visible: 0, inFlight: 0, dlq: 0 });
  });

  it.each([1, 3, 5])('moves a message to the DLQ after %i receives without a delete', (maxReceives) => {
    const { queue, clock } = openQueue({ maxReceives });
    queue.send('poison');
    for (let i = 1; i <= maxReceives; i += 1) {
      expect(queue.receive(10).map((m) => m.receiveCount)).toEqual([i]);
      clock.now += 30_000;
    }
    expect(queue.receive(10)).toEqual([]);
    expect(queue.depth()).toEqual({ visible: 0, inFlight: 0, dlq: 1 });
  });

  it('redrives DLQ messages back with a fresh receive count, keeping the body and id', () => {
    const { queue, clock } = openQueue({ maxReceives: 1 });
    const id = queue.send('poison');
    queue.receive(1);
    clock.now += 30_000;
    queue.receive(1);
    expect(queue.depth().dlq).toBe(1);
    expect(queue.redrive()).toBe(1);
    expect(queue.redrive()).toBe(0);
    const [again] = queue.receive(1);
    expect(again).toMatchObject({ messageId: id, body: 'poison', receiveCount: 1 });
  });

  it('makes a failed message visible at once with changeVisibility 0', () => {
    const { queue } = openQueue();
    queue.send('a');
    const [m] = queue.receive(1);
    expect(queue.changeVisibility(m.receiptHandle, 0)).toBe(true);
    expect(queue.receive(1)).toHaveLength(1);
  });

  it('takes a message back with release(): visible at once, its receive not counted, the old handle dead', () => {
    const { queue, clock } = openQueue({ maxReceives: 2 });
    queue.send('a');
    const [first] = queue.receive(1);
    expect(queue.release(first.receiptHandle)).toBe(true);
    expect(queue.release(first.receiptHandle)).toBe(false);
    expect(queue.delete(first.receiptHandle)).toBe(false);
    // Released again and again (three interrupted starts), it never reaches the DLQ.
    for (let i = 0; i < 3; i += 1) queue.release(queue.receive(1)[0].receiptHandle);
    const [again] = queue.receive(1);
    expect(again.receiveCount).toBe(1);
    clock.now += 30_000;
    expect(queue.receive(1).map((m) => m.receiveCount)).toEqual([2]);
    expect(queue.depth().dlq).toBe(0);
  });

  it('tells its listeners about every message it moves to the DLQ', () => {
    const { queue, clock } = openQueue({ maxReceives: 1 });
    const dead: string[] = [];
    queue.onDeadLetter((m) => dead.push(m.body));
    queue.send('a');
    queue.send('b');
    queue.receive(2);
    clock.now += 30_000;
    queue.receive(2);
    expect(dead.sort()).toEqual(['a', 'b']);
  });

  it('persists messages, receive counts and the DLQ across a restart; in-flight messages are receivable at once', () => {
    const file = tempFile();
    const { queue, clock } = openQueue({ file, maxReceives: 2 });
    queue.send('waiting');
    queue.send('in flight');
    queue.send('dead');
    const received = queue.receive(3);
    expect(received).toHaveLength(3);
    queue.changeVisibility(received[0].receiptHandle, 0);
    clock.now += 30_000;
    queue.receive(3); // 'in flight' and 'dead' reach 2 receives; 'waiting' too
    clock.now += 30_000;
    queue.receive(1); // moves the first one over the limit to the DLQ
    queue.flush();

    const reopened = LocalQueue.open({ file, visibilityTimeoutMs: 30_000, maxReceives: 5, now: () => clock.now });
    expect(reopened.depth().dlq).toBe(queue.depth().dlq);
    expect(reopened.bodies().sort()).toEqual(['dead', 'in flight', 'waiting']);
    const again = reopened.receive(10);
    expect(again.length).toBe(3 - reopened.depth().dlq);
    expect(again.every((m) => m.receiveCount === 3)).toBe(true);
  });

  it('writes its snapshot by itself shortly after a change', async () => {
    const file = tempFile();
    const { queue } = openQueue({ file });
    queue.send('x');
    await new Promise((r) => setTimeout(r, 300));
    expect(JSON.parse(fs.readFileSync(file, 'utf8')).main.map((m: { body: string }) => m.body)).toEqual(['x']);
  });

  it('refuses a damaged state file with a message that says what to do', () => {
    const file = tempFile();
    fs.writeFileSync(file, '{"version":1,"main":[');
    expect(() => LocalQueue.open({ file, visibilityTimeoutMs: 1, maxReceives: 1 })).toThrow(QueueStateError);
    expect(() => LocalQueue.open({ file, visibilityTimeoutMs: 1, maxReceives: 1 })).toThrow(/move it away/);
  });
});
