// Serves the built renderer over loopback HTTP with the same headers (CSP included) that
// Electron's app:// handler sends. The caller picks the port: a browser restarted on the same
// profile must find the page at the same origin, or its IndexedDB would look empty.
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { rendererFileResponse } from '../../electron/adapters/renderer-file-response';

export interface StaticServer {
  readonly origin: string;
  readonly port: number;
  close(): Promise<void>;
}

export interface StaticServerOptions {
  rootDir: string;
  /** 0 (the default) lets the OS choose a free port; pass the old port to keep an origin. */
  port?: number;
}

async function send(response: Response, res: ServerResponse): Promise<void> {
  res.writeHead(response.status, Object.fromEntries(response.headers));
  res.end(Buffer.from(await response.arrayBuffer()));
}

export async function startStaticServer({ rootDir, port = 0 }: StaticServerOptions): Promise<StaticServer> {
  const server = createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://127.0.0.1');
    rendererFileResponse(rootDir, pathname, req.method ?? 'GET')
      .then((response) => send(response, res))
      .catch((error: unknown) => {
        res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
        res.end(`Test host could not serve ${pathname}: ${String(error)}`);
      });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });

  const actualPort = (server.address() as AddressInfo).port;
  return {
    origin: `http://127.0.0.1:${actualPort}`,
    port: actualPort,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
