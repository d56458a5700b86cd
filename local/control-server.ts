// A loopback HTTP endpoint of the running stack, so `gleaner status` and `gleaner redrive` can reach
// the queue that lives in the stack's process. GET /queue → depth; POST /redrive → {moved};
// POST /messages {bodies: string[]} → {sent} (gleaner reprocess).
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { LocalQueue } from './local-queue.ts';

export interface ControlServer {
  port: number;
  stop(): Promise<void>;
}

const MAX_BODY_BYTES = 16 * 1024 * 1024;

function readJson(req: http.IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) { reject(new Error('request too large')); req.destroy(); return; }
      chunks.push(chunk);
    });
    req.on('end', () => { try { resolve(JSON.parse(Buffer.concat(chunks).toString('utf8'))); } catch (error) { reject(error); } });
    req.on('error', reject);
  });
}

/** `send` enqueues one message body as the stack's own bucket notification would. */
export async function startControlServer(host: string, queue: LocalQueue, send: (body: string) => void = (b) => { queue.send(b); }): Promise<ControlServer> {
  const server = http.createServer((req, res) => {
    const reply = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (req.method === 'GET' && req.url === '/queue') return reply(200, queue.depth());
    if (req.method === 'POST' && req.url === '/redrive') return reply(200, { moved: queue.redrive() });
    if (req.method === 'POST' && req.url === '/messages') {
      readJson(req).then((body) => {
        const bodies = (body as { bodies?: unknown })?.bodies;
        if (!Array.isArray(bodies) || !bodies.every((b) => typeof b === 'string')) return reply(400, { error: 'expected {"bodies": [string, …]}' });
        for (const b of bodies) send(b);
        return reply(200, { sent: bodies.length });
      }, (error: Error) => reply(400, { error: error.message }));
      return;
    }
    return reply(404, { error: 'not found' });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, host, () => resolve());
  });
  return {
    port: (server.address() as AddressInfo).port,
    stop: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

/** Client side, for the CLI. Throws when the stack does not answer. */
export async function callControl<T>(host: string, port: number, method: 'GET' | 'POST', route: string, body?: unknown): Promise<T> {
  const response = await fetch(`http://${host}:${port}${route}`, {
    method, signal: AbortSignal.timeout(10_000),
    ...(body === undefined ? {} : { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }),
  });
  if (!response.ok) throw new Error(`the local stack answered ${response.status} to ${method} ${route}`);
  return (await response.json()) as T;
}
