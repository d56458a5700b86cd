// A loopback HTTP endpoint of the running stack, so `gleaner status` and `gleaner redrive` can reach
// the queue that lives in the stack's process. GET /queue → depth; POST /redrive → {moved}.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { LocalQueue } from './local-queue.ts';

export interface ControlServer {
  port: number;
  stop(): Promise<void>;
}

export async function startControlServer(host: string, queue: LocalQueue): Promise<ControlServer> {
  const server = http.createServer((req, res) => {
    const reply = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (req.method === 'GET' && req.url === '/queue') return reply(200, queue.depth());
    if (req.method === 'POST' && req.url === '/redrive') return reply(200, { moved: queue.redrive() });
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
export async function callControl<T>(host: string, port: number, method: 'GET' | 'POST', route: string): Promise<T> {
  const response = await fetch(`http://${host}:${port}${route}`, { method, signal: AbortSignal.timeout(5000) });
  if (!response.ok) throw new Error(`the local stack answered ${response.status} to ${method} ${route}`);
  return (await response.json()) as T;
}
