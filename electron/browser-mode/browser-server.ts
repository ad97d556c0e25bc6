// The loopback HTTP server both browser runs use: the built renderer's files with the same
// headers (CSP included) Electron's app:// handler sends, and, in browser mode, main's API under
// /__call-desk/. The e2e test host starts it with only the raw-bytes door of the API (its JSON
// crosses a Playwright binding); `npm start`'s browser mode starts it with all of it. Every
// request passes the guards in request-guards.ts; every API request also needs this run's key.
import { createReadStream } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { IpcRouter } from '../ipc/router';
import { rendererFileResponse } from '../adapters/renderer-file-response';
import type { BytePieceStores } from './byte-pieces';
import { answerBytes } from './bytes-endpoint';
import type { EventHub } from './event-hub';
import { apiPaths, apiPrefix, fileNameHeader, keyHeader } from './host-messages';
import { answerInvoke } from './invoke-endpoint';
import { plainReply } from './plain-reply';
import { refusalOf, type ExpectedCaller } from './request-guards';

/** A file saved for the user that the page may fetch. */
export interface DownloadSource {
  find(id: string): { path: string; fileName: string } | null;
}

/** Files the page chose in the browser's picker, on their way to main's open "dialog". */
export interface FilePickReceiver {
  /** Stores the body as the chosen file; 'unknown' when no picker with this id is waiting. */
  receive(id: string, fileName: string, body: AsyncIterable<Uint8Array>): Promise<'stored' | 'unknown' | 'too-large' | 'failed'>;
  /** The user closed the picker without a file; false when none was waiting. */
  cancel(id: string): boolean;
}

/** The raw-bytes door (bytes-endpoint.ts): the part of the API the e2e test host serves too. */
export interface BytesApi {
  /** This run's secret key. */
  token: string;
  pieces: BytePieceStores;
}

export interface BrowserApi extends BytesApi {
  /** The page-side bridge, served to every page before its own scripts. */
  bridgeScriptFile: string;
  router: IpcRouter;
  events: EventHub;
  downloads: DownloadSource;
  picks: FilePickReceiver;
  notifications: { click(id: string): boolean };
  warn(message: string): void;
}

export interface BrowserServerOptions {
  rootDir: string;
  /** 0 (the default) lets the OS choose; pass a saved port to keep the origin, and with it IndexedDB. */
  port?: number;
  /** Main's API; without it only the renderer's files are served, and `bytesApi` if given. */
  api?: BrowserApi;
  /** Without `api`: the raw-bytes door alone (the e2e test host). */
  bytesApi?: BytesApi;
}

export interface BrowserServer {
  /** e.g. "http://127.0.0.1:28571" */
  readonly origin: string;
  readonly port: number;
  close(): Promise<void>;
}

const bridgeScriptTag = `<script src="${apiPaths.bridgeScript}"></script>`;

/** The bridge goes ahead of the page's first script, so window.callDesk exists before the app runs. */
export function withBridgeScript(html: string): string {
  const at = html.indexOf('<script');
  if (at >= 0) return `${html.slice(0, at)}${bridgeScriptTag}\n    ${html.slice(at)}`;
  return html.replace('</head>', `${bridgeScriptTag}\n</head>`);
}

async function sendStatic(
  rootDir: string,
  pathname: string,
  req: IncomingMessage,
  res: ServerResponse,
  injectBridge: boolean,
): Promise<void> {
  const response = await rendererFileResponse(rootDir, pathname, req.method ?? 'GET');
  const headers = Object.fromEntries(response.headers);
  const isPage = (headers['content-type'] ?? '').startsWith('text/html') && response.status === 200;
  if (injectBridge && isPage && req.method !== 'HEAD') {
    const html = withBridgeScript(await response.text());
    res.writeHead(response.status, headers);
    res.end(html);
    return;
  }
  res.writeHead(response.status, headers);
  res.end(Buffer.from(await response.arrayBuffer()));
}

function sendDownload(res: ServerResponse, file: { path: string; fileName: string }): void {
  const ascii = file.fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  const stream = createReadStream(file.path);
  stream.once('error', () => plainReply(res, 404, 'This file is no longer in the exports folder.'));
  stream.once('open', () => {
    res.writeHead(200, {
      'Content-Type': 'application/octet-stream',
      'Content-Disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    });
    stream.pipe(res);
  });
}

async function answerApi(api: BrowserApi, pathname: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const method = req.method ?? 'GET';
  const idAfter = (prefix: string) => (pathname.startsWith(prefix) ? decodeURIComponent(pathname.slice(prefix.length)) : null);

  if (pathname === apiPaths.invoke && method === 'POST') return answerInvoke(req, res, api);
  if (pathname === apiPaths.events && method === 'GET') return api.events.attach(res);

  const download = idAfter(apiPaths.download);
  if (download !== null && method === 'GET') {
    const file = api.downloads.find(download);
    return file ? sendDownload(res, file) : plainReply(res, 404, 'There is no such download.');
  }

  const pick = idAfter(apiPaths.chosenFile);
  if (pick !== null && method === 'DELETE') return plainReply(res, api.picks.cancel(pick) ? 200 : 404, 'Noted.');
  if (pick !== null && method === 'POST') {
    const name = decodeURIComponent(String(req.headers[fileNameHeader] ?? ''));
    const outcome = await api.picks.receive(pick, name, req);
    if (outcome === 'stored') return plainReply(res, 200, 'Received.');
    if (outcome === 'too-large') return plainReply(res, 413, 'This file is too large for Call Desk to open.');
    if (outcome === 'failed') return plainReply(res, 500, 'The file did not arrive in full.');
    return plainReply(res, 404, 'Call Desk is no longer waiting for a file.');
  }

  const click = idAfter(apiPaths.notificationClick);
  if (click !== null && method === 'POST') return plainReply(res, api.notifications.click(click) ? 200 : 404, 'Noted.');

  plainReply(res, 404, 'Not found');
}

export async function startBrowserServer({ rootDir, port = 0, api, bytesApi = api }: BrowserServerOptions): Promise<BrowserServer> {
  let expected: ExpectedCaller = { origin: '', token: bytesApi?.token ?? null };

  const server = createServer((req, res) => {
    let pathname: string;
    try {
      pathname = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    } catch {
      return plainReply(res, 400, 'Bad request');
    }
    const isApi = pathname.startsWith(apiPrefix);
    const needsKey = isApi && pathname !== apiPaths.bridgeScript;
    const refusal = refusalOf(
      { host: req.headers.host, origin: req.headers.origin, token: req.headers[keyHeader] as string | undefined },
      expected,
      needsKey,
    );
    if (refusal !== null) return plainReply(res, 403, refusal);

    const work = !isApi
      ? sendStatic(rootDir, pathname, req, res, api !== undefined)
      : bytesApi && pathname.startsWith(apiPaths.bytes)
        ? answerBytes(bytesApi.pieces, pathname.slice(apiPaths.bytes.length), req, res)
        : !api
          ? Promise.resolve(plainReply(res, 404, 'Not found'))
          : pathname === apiPaths.bridgeScript
            ? sendStatic(path.dirname(api.bridgeScriptFile), `/${path.basename(api.bridgeScriptFile)}`, req, res, false)
            : answerApi(api, pathname, req, res);
    work.catch((error: unknown) => {
      api?.warn(`Could not answer ${req.method} ${pathname}: ${String(error)}`);
      if (!res.headersSent) plainReply(res, 500, `Call Desk could not answer this request: ${String(error)}`);
      else res.end();
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
  const origin = `http://127.0.0.1:${actualPort}`;
  expected = { ...expected, origin };
  return {
    origin,
    port: actualPort,
    close: () =>
      new Promise<void>((resolve, reject) => {
        api?.events.closeAll();
        bytesApi?.pieces.fromPage.clear();
        bytesApi?.pieces.toPage.clear();
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
