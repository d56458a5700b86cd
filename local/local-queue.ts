// A small SQS stand-in for the local stack: the semantics the handler's error handling relies on
// (visibility timeout, receive count, redrive to a dead-letter queue after `maxReceives`, redrive
// back) and nothing more. State is snapshotted to one JSON file under the home folder so a restart
// loses nothing; the reconcile pass (reconcile.ts) covers the few milliseconds between a send and
// its snapshot if the process is killed outright.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export interface QueueMessage {
  messageId: string;
  body: string;
  /** Epoch ms the message was sent. */
  sentAt: number;
  receiveCount: number;
  firstReceivedAt?: number;
  /** Epoch ms from which the message can be received again. */
  visibleAt: number;
  /** Changes on every receive; only the newest handle deletes the message (as in SQS). */
  receiptHandle?: string;
}

export interface ReceivedMessage {
  messageId: string;
  receiptHandle: string;
  body: string;
  receiveCount: number;
  sentAt: number;
  firstReceivedAt: number;
}

export interface QueueDepth {
  /** Messages waiting to be received. */
  visible: number;
  /** Received and neither deleted nor timed out yet (being processed or waiting to be retried). */
  inFlight: number;
  /** Messages in the dead-letter queue. */
  dlq: number;
}

export interface LocalQueueOptions {
  /** The snapshot file; omit for a queue that lives in memory only. */
  file?: string;
  visibilityTimeoutMs: number;
  /** Like SQS's maxReceiveCount: a message received this many times without being deleted goes to the DLQ. */
  maxReceives: number;
  now?: () => number;
}

interface Snapshot {
  version: 1;
  main: QueueMessage[];
  dlq: QueueMessage[];
}

export class QueueStateError extends Error {
  override name = 'QueueStateError';
}

export class LocalQueue {
  private main: QueueMessage[] = [];
  private dlq: QueueMessage[] = [];
  private saveTimer: NodeJS.Timeout | undefined;
  private readonly now: () => number;
  private listeners = new Set<() => void>();
  private deadLetterListeners = new Set<(message: QueueMessage) => void>();

  private constructor(private readonly options: LocalQueueOptions) {
    this.now = options.now ?? Date.now;
  }

  /** Opens the queue, loading its snapshot if there is one. */
  static open(options: LocalQueueOptions): LocalQueue {
    const queue = new LocalQueue(options);
    if (options.file && fs.existsSync(options.file)) {
      let snapshot: Snapshot;
      try {
        snapshot = JSON.parse(fs.readFileSync(options.file, 'utf8')) as Snapshot;
      } catch (error) {
        throw new QueueStateError(`the queue state in ${options.file} is unreadable (${(error as Error).message}); move it away to start with an empty queue`);
      }
      if (snapshot.version !== 1 || !Array.isArray(snapshot.main) || !Array.isArray(snapshot.dlq)) {
        throw new QueueStateError(`the queue state in ${options.file} has an unknown format`);
      }
      // Whoever had received the in-flight messages is gone with the previous process: make them
      // receivable now instead of waiting out a timeout nobody is using. Their receive counts stay.
      const now = queue.now();
      queue.main = snapshot.main.map((m) => ({ ...m, visibleAt: Math.min(m.visibleAt, now), receiptHandle: undefined }));
      queue.dlq = snapshot.dlq;
    }
    return queue;
  }

  /** Calls `listener` whenever a message may have become receivable (sends, redrives). */
  onAvailable(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Calls `listener` for each message moved to the dead-letter queue (the run's failure count). */
  onDeadLetter(listener: (message: QueueMessage) => void): () => void {
    this.deadLetterListeners.add(listener);
    return () => this.deadLetterListeners.delete(listener);
  }

  send(body: string): string {
    const messageId = crypto.randomUUID();
    this.main.push({ messageId, body, sentAt: this.now(), receiveCount: 0, visibleAt: 0 });
    this.changed(true);
    return messageId;
  }

  /**
   * Receives up to `max` visible messages, oldest first. A visible message already received
   * `maxReceives` times moves to the DLQ instead of being delivered again, as SQS's redrive policy does.
   */
  receive(max: number): ReceivedMessage[] {
    const now = this.now();
    const out: ReceivedMessage[] = [];
    let changed = false;
    for (let i = 0; i < this.main.length && out.length < max;) {
      const message = this.main[i];
      if (message.visibleAt > now) { i += 1; continue; }
      if (message.receiveCount >= this.options.maxReceives) {
        this.main.splice(i, 1);
        const dead = { ...message, receiptHandle: undefined, visibleAt: 0 };
        this.dlq.push(dead);
        for (const listener of this.deadLetterListeners) listener(dead);
        changed = true;
        continue;
      }
      message.receiveCount += 1;
      message.firstReceivedAt ??= now;
      message.visibleAt = now + this.options.visibilityTimeoutMs;
      message.receiptHandle = crypto.randomUUID();
      changed = true;
      out.push({
        messageId: message.messageId, receiptHandle: message.receiptHandle, body: message.body,
        receiveCount: message.receiveCount, sentAt: message.sentAt, firstReceivedAt: message.firstReceivedAt,
      });
      i += 1;
    }
    if (changed) this.changed(false);
    return out;
  }

  /** Deletes a received message; a handle from an earlier receive is ignored (the message was re-received). */
  delete(receiptHandle: string): boolean {
    const index = this.main.findIndex((m) => m.receiptHandle === receiptHandle);
    if (index < 0) return false;
    this.main.splice(index, 1);
    this.changed(false);
    return true;
  }

  /** Makes a received message visible again after `timeoutMs` (0: at once). */
  changeVisibility(receiptHandle: string, timeoutMs: number): boolean {
    const message = this.main.find((m) => m.receiptHandle === receiptHandle);
    if (!message) return false;
    message.visibleAt = this.now() + timeoutMs;
    this.changed(timeoutMs === 0);
    return true;
  }

  /**
   * Hands a received message back untouched: visible at once and its receive undone, for work the
   * consumer never started or gave up because it is shutting down (that receive says nothing about
   * the message, so it must not bring it closer to the DLQ). A stale handle is ignored.
   */
  release(receiptHandle: string): boolean {
    const message = this.main.find((m) => m.receiptHandle === receiptHandle);
    if (!message) return false;
    message.receiveCount = Math.max(0, message.receiveCount - 1);
    if (message.receiveCount === 0) message.firstReceivedAt = undefined;
    message.visibleAt = 0;
    message.receiptHandle = undefined;
    this.changed(true);
    return true;
  }

  /** Moves every DLQ message back to the queue with a fresh receive count; returns how many moved. */
  redrive(): number {
    const moved = this.dlq.length;
    if (moved === 0) return 0;
    this.main.push(...this.dlq.map((m) => ({ ...m, receiveCount: 0, firstReceivedAt: undefined, visibleAt: 0, receiptHandle: undefined })));
    this.dlq = [];
    this.changed(true);
    return moved;
  }

  depth(): QueueDepth {
    const now = this.now();
    const visible = this.main.filter((m) => m.visibleAt <= now).length;
    return { visible, inFlight: this.main.length - visible, dlq: this.dlq.length };
  }

  /** Bodies of every message in the queue and the DLQ (the reconcile pass skips keys already queued). */
  bodies(): string[] {
    return [...this.main, ...this.dlq].map((m) => m.body);
  }

  /** Writes the snapshot now (on stop, and by tests). */
  flush(): void {
    if (this.saveTimer) { clearTimeout(this.saveTimer); this.saveTimer = undefined; }
    const file = this.options.file;
    if (!file) return;
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const snapshot: Snapshot = { version: 1, main: this.main, dlq: this.dlq };
    // Write then rename, so a crash mid-write leaves the previous snapshot, never half of one.
    const temp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(temp, JSON.stringify(snapshot));
    fs.renameSync(temp, file);
  }

  private changed(available: boolean): void {
    // Snapshots are coalesced: under load a write per message would cost more than the processing.
    if (this.options.file && !this.saveTimer) {
      this.saveTimer = setTimeout(() => { this.saveTimer = undefined; this.flush(); }, 100);
      this.saveTimer.unref();
    }
    if (available) for (const listener of this.listeners) listener();
  }
}
