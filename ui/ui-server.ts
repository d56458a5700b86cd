// The page's HTTP server: node:http on loopback, the page's assets, the JSON API and the change
// events. Read-only: anything but GET/HEAD is refused. Requests naming another host are refused too,
// so a web page elsewhere cannot reach it through a DNS name pointed at 127.0.0.1.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApiError } from './api-error.ts';
import { createApiRoutes, toApiError } from './api-routes.ts';
import { startChangeFeed } from './change-feed.ts';
import { buildPageAssets, totalAssetBytes } from './page-assets.ts';
import type { UiSource } from './ui-source.ts';

export interface UiServerOptions {
  source: UiSource;
  host?: string;
  /** 0 picks a free port (tests). */
  port: number;
  /** How often open pages' table version is checked (ms). */
  changeIntervalMs?: number;
  onError?: (error: Error) => void;
}

export interface UiServer {
  url: string;
  port: number;
  assetBytes: number;
  stop(): Promise<void>;
}

const SECURITY_HEADERS = {
  // Only this server's own script and styles; no inline script, no frames, no form posts anywhere.
  'content-security-policy': "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
};

export class UiPortInUseError extends Error {
  override name = 'UiPortInUseError';
}

function listen(server: http.Server, host: string, port: number): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => reject(error.code === 'EADDRINUSE'
      ? new UiPortInUseError(`port ${port} is already in use: stop what uses it or set GLEANER_UI_PORT`) : error));
    server.listen(port, host, () => resolve());
  });
}

export async function startUiServer(options: UiServerOptions): Promise<UiServer> {
  const host = options.host ?? '127.0.0.1';
  const onError = options.onError ?? ((e) => console.error(`gleaner ui: ${e.message}`));
  const assets = await buildPageAssets();
  const api = createApiRoutes(options.source);
  const feed = startChangeFeed(options.source.table, {
    intervalMs: options.changeIntervalMs, countEvery: options.source.deployed ? 0 : 10, onChange: () => api.invalidate(), onError,
  });
  let allowedHosts = new Set<string>();

  const send = (res: http.ServerResponse, status: number, contentType: string, body: string | Buffer, head = false) => {
    res.writeHead(status, { ...SECURITY_HEADERS, 'content-type': contentType, 'content-length': Buffer.byteLength(body) });
    res.end(head ? undefined : body);
  };
  const sendJson = (res: http.ServerResponse, status: number, value: unknown, head = false) =>
    send(res, status, 'application/json; charset=utf-8', JSON.stringify(value), head);
  const sendError = (res: http.ServerResponse, error: ApiError) => sendJson(res, error.status, { error: error.message });

  const server = http.createServer((req, res) => {
    const head = req.method === 'HEAD';
    if (req.method !== 'GET' && !head) {
      res.setHeader('allow', 'GET, HEAD');
      return sendError(res, new ApiError(405, `${req.method} is not allowed: this page is read-only`));
    }
    if (!allowedHosts.has((req.headers.host ?? '').toLowerCase())) return sendError(res, new ApiError(421, `unexpected Host header "${(req.headers.host ?? '').slice(0, 80)}"`));
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://127.0.0.1');
    } catch {
      return sendError(res, new ApiError(400, 'malformed URL'));
    }
    const asset = assets.get(url.pathname === '/index.html' ? '/' : url.pathname);
    if (asset) return send(res, 200, asset.contentType, asset.body, head);
    if (url.pathname === '/api/events') {
      res.writeHead(200, { ...SECURITY_HEADERS, 'content-type': 'text/event-stream', connection: 'keep-alive' });
      if (head) return res.end();
      res.write('retry: 2000\n\n');
      const unsubscribe = feed.subscribe((version) => res.write(`event: change\ndata: ${JSON.stringify(version)}\n\n`));
      const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), 15_000);
      heartbeat.unref();
      req.on('close', () => { clearInterval(heartbeat); unsubscribe(); });
      return;
    }
    const route = api.routes[url.pathname];
    if (!route) return sendError(res, new ApiError(404, url.pathname.startsWith('/api/') ? `no API route ${url.pathname.slice(0, 80)}` : 'not found'));
    route(url.searchParams).then((value) => sendJson(res, 200, value, head), (error: unknown) => {
      const known = toApiError(error);
      if (known) return sendError(res, known);
      onError(error as Error);
      sendJson(res, 500, { error: `the table or bucket could not be read: ${(error as Error).message.split('\n')[0]}` });
    });
  });

  try {
    await listen(server, host, options.port);
  } catch (error) {
    feed.stop();
    throw error;
  }
  const port = (server.address() as AddressInfo).port;
  api.prefetch();
  allowedHosts = new Set([`${host}:${port}`, `localhost:${port}`]);
  return {
    url: `http://${host}:${port}/`,
    port,
    assetBytes: totalAssetBytes(assets),
    stop: () => new Promise<void>((resolve) => {
      feed.stop();
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
