// The e2e test host: serves the built renderer and plays the main process for it, in the
// Playwright test's own Node process. See DESIGN.md, "Testing without an Electron binary".
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import type { IpcRouter } from '../../electron/ipc/router';
import type { MainServices } from '../../electron/services/main-services';
import type { EventChannel } from '../../shared/ipc/channels';
import type { IpcEventPayload } from '../../shared/ipc/contract';
import { emitToPage, installHostBridge } from './browser-bridge';
import { createHostMain } from './host-main';
import { builtRendererDir } from './paths';
import { startStaticServer } from './static-server';

export interface TestHostOptions {
  /** Reuse a port to keep the renderer's origin (and so its IndexedDB) across hosts. 0 = any. */
  port?: number;
  /** Main's data folder. When omitted a temp folder is made, and removed by stop(). */
  dataDir?: string;
  rendererDir?: string;
}

export interface TestHost {
  /** e.g. "http://127.0.0.1:41234" */
  readonly origin: string;
  readonly port: number;
  /** The renderer's entry page. */
  readonly url: string;
  readonly dataDir: string;
  /** Every URL main handed to the OS (tel:, mailto:), oldest first. */
  readonly openedUrls: readonly string[];
  readonly router: IpcRouter;
  readonly services: MainServices;
  /** Installs window.callDesk in every page of the context (before the page's own scripts). */
  attach(context: BrowserContext): Promise<void>;
  /** Sends a main → renderer event to a page; resolves with the number of listeners reached. */
  emit<E extends EventChannel>(page: Page, event: E, payload: IpcEventPayload<E>): Promise<number>;
  stop(): Promise<void>;
}

export async function startTestHost(options: TestHostOptions = {}): Promise<TestHost> {
  const rendererDir = options.rendererDir ?? builtRendererDir;
  if (!existsSync(path.join(rendererDir, 'index.html'))) {
    throw new Error(
      `${path.join(rendererDir, 'index.html')} is missing: build the renderer first ` +
        '(`npm run build:renderer`, or `npm run build` for everything).',
    );
  }
  const ownsDataDir = options.dataDir === undefined;
  const dataDir = options.dataDir ?? (await mkdtemp(path.join(tmpdir(), 'call-desk-e2e-data-')));
  const main = createHostMain({ dataDir });
  const server = await startStaticServer({ rootDir: rendererDir, port: options.port ?? 0 });

  return {
    origin: server.origin,
    port: server.port,
    url: `${server.origin}/index.html`,
    dataDir,
    openedUrls: main.opener.opened,
    router: main.router,
    services: main.services,
    attach: (context) => installHostBridge(context, { router: main.router, origin: server.origin }),
    emit: (page, event, payload) => emitToPage(page, event, payload),
    async stop() {
      await server.close();
      if (ownsDataDir) await rm(dataDir, { recursive: true, force: true });
    },
  };
}
