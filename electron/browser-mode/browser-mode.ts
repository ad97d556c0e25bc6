// `npm start` without the Electron binary: the same main services and IPC router as Electron,
// in Node, behind a loopback HTTP server the built renderer talks to from a browser window.
// Only the ports that need Electron are swapped (see docs/ARCHITECTURE.md, "Browser mode").
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { nodeFileSystem } from '../adapters/node-file-system';
import { createNodeJsonFileStore } from '../adapters/node-json-file-store';
import { createSystemClock } from '../adapters/system-clock';
import { createWorkerThreadJobLauncher } from '../adapters/worker-thread-job';
import { createMainHandlers } from '../ipc/main-handlers';
import { createIpcRouter } from '../ipc/router';
import { createMainServices, type MainServices } from '../services/main-services';
import type { LoginItems } from '../services/preferences';
import type { Clock } from '../services/reminders/ports';
import { createBrowserDialogs } from './browser-dialogs';
import { createBrowserNotifier } from './browser-notifier';
import { pageOpener } from './browser-opener';
import { startBrowserServer } from './browser-server';
import { createBytePieceStores } from './byte-pieces';
import { browserModeFolders } from './data-folder';
import { createDownloadOffers } from './downloads';
import { createEventHub } from './event-hub';
import { createHeadlessPrinter } from './headless-printer';
import { keyFragmentName } from './host-messages';
import { nodeAppRuntime } from './node-runtime';
import { createOsFolderRevealer } from './os-folder-revealer';
import { createPlaywrightPdfRenderer } from './playwright-pdf-renderer';

export interface BrowserModeOptions {
  /** Main's data folder (the desktop app's userData). */
  dataDir: string;
  /** The built renderer (out/renderer). */
  rendererDir: string;
  /** The built page-side bridge (out/browser-mode/bridge.js). */
  bridgeScriptFile: string;
  packageJsonFile: string;
  /** The built PDF assembly job (out/electron/packet-worker.cjs), run in a worker thread. */
  packetWorkerFile: string;
  /** 0 lets the OS choose. */
  port: number;
  /** The browser PDFs are printed in (asked on the first PDF). */
  chromiumPath: () => string;
  /** A line for the user on the terminal. */
  say: (line: string) => void;
  warn: (message: string) => void;
  clock?: Clock;
}

export interface BrowserMode {
  /** e.g. "http://127.0.0.1:28571" */
  readonly origin: string;
  readonly port: number;
  /** The address to open: the origin with this run's key in its fragment. */
  readonly url: string;
  readonly services: MainServices;
  stop(): Promise<void>;
}

/** Start at login needs the installed desktop app; the choice is still kept for it. */
function browserLoginItems(warn: (message: string) => void): LoginItems {
  return {
    setOpenAtLogin(open) {
      if (open) warn('Start at login works only in the desktop app; the choice is kept for when it is installed.');
    },
  };
}

export async function startBrowserMode(options: BrowserModeOptions): Promise<BrowserMode> {
  const { dataDir, warn } = options;
  await mkdir(dataDir, { recursive: true });
  const folders = browserModeFolders(dataDir);
  const picksFolder = await mkdtemp(path.join(tmpdir(), 'call-desk-chosen-files-'));
  const token = randomBytes(32).toString('hex');
  const events = createEventHub();
  const downloads = createDownloadOffers();
  const dialogs = createBrowserDialogs({ exportsFolder: folders.exports, picksFolder, fs: nodeFileSystem, downloads });
  const notifier = createBrowserNotifier({ broadcast: (message) => events.broadcast({ host: message }), say: options.say });
  const printer = createHeadlessPrinter(options.chromiumPath);

  const services = createMainServices({
    runtime: nodeAppRuntime({
      packageJsonFile: options.packageJsonFile,
      dataDirectory: dataDir,
      browserMode: { exportsFolder: folders.exports },
    }),
    opener: pageOpener,
    files: createNodeJsonFileStore(dataDir),
    clock: options.clock ?? createSystemClock(),
    notifier,
    loginItems: browserLoginItems(warn),
    // As main.ts does on a click, minus the window: every open page goes to that customer.
    activateReminder: (customerId) => void events.broadcast({ event: 'reminder:activated', payload: { customerId } }),
    fileSystem: nodeFileSystem,
    dialogs,
    revealer: createOsFolderRevealer({ warn }),
    pdfRenderer: createPlaywrightPdfRenderer(() => printer.context()),
    packetJobs: createWorkerThreadJobLauncher({ modulePath: options.packetWorkerFile }),
    warn,
  });
  const router = createIpcRouter(createMainHandlers(services));
  await services.reminders.start();

  let server;
  try {
    server = await startBrowserServer({
      rootDir: options.rendererDir,
      port: options.port,
      api: {
        token,
        pieces: createBytePieceStores(),
        bridgeScriptFile: options.bridgeScriptFile,
        router,
        events,
        downloads,
        picks: dialogs.picks,
        notifications: notifier,
        warn,
      },
    });
  } catch (error) {
    services.reminders.stop();
    await rm(picksFolder, { recursive: true, force: true });
    throw error;
  }
  const running = server;

  return {
    origin: running.origin,
    port: running.port,
    url: `${running.origin}/#${keyFragmentName}=${token}`,
    services,
    async stop() {
      services.reminders.stop();
      await services.reminders.idle();
      await running.close();
      await printer.close();
      await rm(picksFolder, { recursive: true, force: true });
    },
  };
}
