// A browser-mode server on a temp renderer folder, and raw HTTP requests to it (node:http, so a
// test can send any Host or Origin header a hostile page or a rebinding DNS name would).
import { request } from 'node:http';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createBytePieceStores, type BytePieceStores } from '../../../../electron/browser-mode/byte-pieces';
import type { BrowserApi, BrowserServer } from '../../../../electron/browser-mode/browser-server';
import { startBrowserServer } from '../../../../electron/browser-mode/browser-server';
import { createEventHub } from '../../../../electron/browser-mode/event-hub';
import type { ServerLine } from '../../../../electron/browser-mode/host-messages';
import type { IpcRouter } from '../../../../electron/ipc/router';

export const indexHtml =
  '<!doctype html><html><head><meta charset="UTF-8" /><title>Call Desk</title>\n    <script type="module" src="./assets/app-abcdefgh.js"></script></head><body></body></html>';

export interface Served {
  server: BrowserServer;
  /** The folder holding renderer/ (served) and secret.txt beside it (must never be served). */
  folder: string;
  key: string;
  api: BrowserApi | undefined;
  /** Where the bytes of requests and replies wait (the API's, or the bytes door's alone). */
  pieces: BytePieceStores;
  stop(): Promise<void>;
}

export interface ServeOptions {
  api?: Partial<BrowserApi>;
  withApi?: boolean;
  /** Without the API: serve the raw-bytes door alone, as the e2e test host does. */
  bytesDoor?: boolean;
}

export async function serve({ api: apiOverrides, withApi = true, bytesDoor = false }: ServeOptions = {}): Promise<Served> {
  const folder = await mkdtemp(path.join(tmpdir(), 'call-desk-browser-server-'));
  const rootDir = path.join(folder, 'renderer');
  await mkdir(path.join(rootDir, 'assets'), { recursive: true });
  await writeFile(path.join(rootDir, 'index.html'), indexHtml);
  await writeFile(path.join(rootDir, 'assets', 'app-abcdefgh.js'), 'console.log("app");');
  await writeFile(path.join(folder, 'secret.txt'), 'not for pages');
  await writeFile(path.join(folder, 'bridge.js'), 'window.bridged = true;');
  const key = 'a'.repeat(64);
  const router: IpcRouter = { handle: async () => ({ ok: true, value: null }) };
  const pieces = apiOverrides?.pieces ?? createBytePieceStores();
  const api: BrowserApi | undefined = withApi
    ? {
        token: key,
        pieces,
        bridgeScriptFile: path.join(folder, 'bridge.js'),
        router,
        events: createEventHub(),
        downloads: { find: () => null },
        picks: { receive: async () => 'unknown', cancel: () => false },
        notifications: { click: () => false },
        warn: () => {},
        ...apiOverrides,
      }
    : undefined;
  const bytesApi = !withApi && bytesDoor ? { token: key, pieces } : undefined;
  const server = await startBrowserServer({ rootDir, port: 0, api, bytesApi });
  return {
    server,
    folder,
    key,
    api,
    pieces,
    async stop() {
      await server.close();
      await rm(folder, { recursive: true, force: true });
    },
  };
}

export interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
  text: string;
}

export interface Ask {
  method?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** Called with each chunk as it arrives (for streamed replies). */
  onChunk?: (chunk: Buffer) => void;
}

/** One request to `served`; Host defaults to the server's own, as a browser on its page sends it. */
export function ask(served: Served, pathname: string, { method = 'GET', headers = {}, body, onChunk }: Ask = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: served.server.port,
        path: pathname,
        method,
        headers: { host: `127.0.0.1:${served.server.port}`, ...headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => {
          chunks.push(chunk);
          onChunk?.(chunk);
        });
        res.on('end', () => {
          const all = Buffer.concat(chunks);
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: all, text: all.toString('utf8') });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

export function lines(text: string): ServerLine[] {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as ServerLine);
}

/** A page's fetch to `served`: relative to the page's origin, which the page names, as a browser does. */
export function fetchFrom(served: Served): (url: string, init: RequestInit) => Promise<Response> {
  const { origin } = served.server;
  return (url, init) => fetch(new URL(url, origin), { ...init, headers: { ...(init.headers as Record<string, string>), origin } });
}

/** An invoke as the page sends it: with the key, from the server's own origin. */
export function invoke(served: Served, channel: string, input?: unknown, onChunk?: (chunk: Buffer) => void): Promise<Answer> {
  return ask(served, '/__call-desk/invoke', {
    method: 'POST',
    headers: { 'x-call-desk-key': served.key, origin: served.server.origin, 'content-type': 'application/json' },
    body: JSON.stringify({ channel, input }),
    onChunk,
  });
}
