// The e2e test host: serves the built renderer and plays the main process for it, in the
// Playwright test's own Node process. See docs/ARCHITECTURE.md, "Testing without Electron".
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { createBytePieceStores } from '../../electron/browser-mode/byte-pieces';
import { startBrowserServer } from '../../electron/browser-mode/browser-server';
import type { IpcRouter } from '../../electron/ipc/router';
import type { MainServices } from '../../electron/services/main-services';
import type { ReminderNotice } from '../../electron/services/reminders/ports';
import type { EventChannel } from '../../shared/ipc/channels';
import type { IpcEventPayload } from '../../shared/ipc/contract';
import { emitToPage, installHostBridge } from './browser-bridge';
import type { FakeClock } from './fake-clock';
import { createBrowserMicrophoneGrants } from './browser-microphone';
import { createHostMain } from './host-main';
import type { ScriptedDialogs } from './scripted-dialogs';
import { builtPacketWorker, builtRendererDir } from './paths';

export interface TestHostOptions {
  /** Reuse a port to keep the renderer's origin (and so its IndexedDB) across hosts. 0 = any. */
  port?: number;
  /** Main's data folder. When omitted a temp folder is made, and removed by stop(). */
  dataDir?: string;
  rendererDir?: string;
  /** The instant main's clock starts at (the e2e fixtures pass the browser's); real time if omitted. */
  now?: Date | string | number;
  /** Main's piece size for backup files (host-main.ts); the e2e's small one when omitted. */
  backupChunkBytes?: number;
}

export interface TestHost {
  /** e.g. "http://127.0.0.1:41234" */
  readonly origin: string;
  readonly port: number;
  /** The renderer's entry page. */
  readonly url: string;
  /** Main's data folder; the automatic backups go into `<dataDir>/backups`. */
  readonly dataDir: string;
  /** Every URL main handed to the OS (tel:, mailto:), oldest first. */
  readonly openedUrls: readonly string[];
  readonly router: IpcRouter;
  readonly services: MainServices;
  /** Installs window.callDesk in every page of the context (before the page's own scripts). */
  attach(context: BrowserContext): Promise<void>;
  /** Sends a main → renderer event to a page; resolves with the number of listeners reached. */
  emit<E extends EventChannel>(page: Page, event: E, payload: IpcEventPayload<E>): Promise<number>;
  /**
   * Main's clock. Starts at the instant the test chose (the browser's clock starts there too)
   * and stands still until moved: `advance(ms)` rings
   * the reminder timer on the way (await it); `set(date)` jumps without ringing, like sleep
   * (follow with `services.reminders.resume()`).
   */
  readonly clock: FakeClock;
  /** Every OS notification main showed, oldest first. */
  readonly notifications: readonly ReminderNotice[];
  /**
   * Clicks notification `index` as the user would: main's click path runs and
   * 'reminder:activated' goes to every open page. Resolves with the listeners reached.
   */
  clickNotification(index: number): Promise<number>;
  /** The customer id (null: the list) of every notification click main handled, oldest first. */
  readonly activations: readonly (string | null)[];
  /** Every start-at-login change main asked the OS for (true = start at login). */
  readonly loginItemChanges: readonly boolean[];
  /**
   * The OS file dialogs: queue each answer before the dialog opens (`queueSavePath`,
   * `queueFolder`, `queueOpenPath`; null = Cancel; nothing queued = Cancel), and read `asked`.
   */
  readonly dialogs: Pick<ScriptedDialogs, 'queueSavePath' | 'queueFolder' | 'queueOpenPath' | 'holdSaveDialog' | 'asked'>;
  /** Every file main showed in the OS file manager, oldest first. */
  readonly shownInFolder: readonly string[];
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
  if (!existsSync(builtPacketWorker)) {
    throw new Error(
      `${builtPacketWorker} is missing: build the PDF job first (\`npm run build:electron\`, or \`npm run build\` for everything).`,
    );
  }
  const ownsDataDir = options.dataDir === undefined;
  const dataDir = options.dataDir ?? (await mkdtemp(path.join(tmpdir(), 'call-desk-e2e-data-')));
  const contexts = new Set<BrowserContext>();
  const activations: (string | null)[] = [];
  let delivery: Promise<number> = Promise.resolve(0);
  // What main.ts does on a click, minus the window: tell every open page which customer to open.
  const onReminderActivated = (customerId: string | null) => {
    activations.push(customerId);
    const pages = [...contexts].flatMap((context) => context.pages());
    delivery = Promise.all(pages.map((page) => emitToPage(page, 'reminder:activated', { customerId }).catch(() => 0))).then((counts) =>
      counts.reduce((sum, n) => sum + n, 0),
    );
  };
  // PDFs print in the context attached last (the one the test is driving).
  const printContext = () => [...contexts].at(-1);
  // The browser's microphone permission follows main's recording access, as Electron's handlers do.
  const recordingGrants = createBrowserMicrophoneGrants(
    () => [...contexts],
    () => server.origin,
  );
  const main = createHostMain({
    dataDir,
    onReminderActivated,
    printContext,
    now: options.now,
    backupChunkBytes: options.backupChunkBytes,
    recordingGrants,
  });
  await main.services.reminders.start();
  // Browser mode's server with only the raw-bytes door of its API (behind the same guards and a
  // key of this run's): this host's JSON crosses a Playwright binding. The caller may pick the
  // port: a browser restarted on the same profile must find the page at the same origin, or its
  // IndexedDB would look empty.
  const bytes = { pieces: createBytePieceStores(), key: randomBytes(32).toString('hex') };
  const server = await startBrowserServer({
    rootDir: rendererDir,
    port: options.port ?? 0,
    bytesApi: { token: bytes.key, pieces: bytes.pieces },
  });

  return {
    origin: server.origin,
    port: server.port,
    url: `${server.origin}/index.html`,
    dataDir,
    openedUrls: main.opener.opened,
    router: main.router,
    services: main.services,
    async attach(context) {
      contexts.add(context);
      context.once('close', () => contexts.delete(context));
      await installHostBridge(context, {
        router: main.router,
        origin: server.origin,
        bytes,
        releaseCaller: (callerId) => {
          const warn = (error: unknown) => console.warn(`[test-host] ${String(error)}`);
          void main.services.backups.releaseCaller(callerId).catch(warn);
          void main.services.recordings.releaseCaller(callerId).catch(warn);
        },
      });
    },
    emit: (page, event, payload) => emitToPage(page, event, payload),
    clock: main.clock,
    notifications: main.notifier.shown,
    clickNotification(index) {
      main.notifier.click(index);
      return delivery;
    },
    activations,
    loginItemChanges: main.loginItems.changes,
    dialogs: main.dialogs,
    shownInFolder: main.revealer.shown,
    async stop() {
      main.services.reminders.stop();
      await main.services.reminders.idle();
      await server.close();
      if (ownsDataDir) await rm(dataDir, { recursive: true, force: true });
    },
  };
}
