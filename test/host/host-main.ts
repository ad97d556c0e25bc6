// The main process as the e2e tests see it: the real services and the real router, with only
// the Electron adapters swapped for test doubles (a recording opener, a recording notifier, a
// clock the test drives, a temp data folder, dialogs the test answers, the PDF assembly job in a
// worker thread rather than a utility process) and browser mode's Playwright PDF printing, in the
// context the test attached.
import path from 'node:path';
import type { BrowserContext } from '@playwright/test';
import { nodeFileSystem } from '../../electron/adapters/node-file-system';
import { createWorkerThreadJobLauncher } from '../../electron/adapters/worker-thread-job';
import { createNodeJsonFileStore } from '../../electron/adapters/node-json-file-store';
import { nodeAppRuntime } from '../../electron/browser-mode/node-runtime';
import { createPlaywrightPdfRenderer } from '../../electron/browser-mode/playwright-pdf-renderer';
import { createMainHandlers } from '../../electron/ipc/main-handlers';
import { createIpcRouter, type IpcRouter } from '../../electron/ipc/router';
import type { ExternalOpener } from '../../electron/services/external-links';
import type { FolderRevealer } from '../../electron/services/files/file-ports';
import { createMainServices, type MainServices } from '../../electron/services/main-services';
import type { LoginItems } from '../../electron/services/preferences';
import type { RecordingGrants } from '../../electron/services/recording/recording-access';
import { createFakeClock, type FakeClock } from './fake-clock';
import { builtPacketWorker, repoRoot } from './paths';
import { createRecordingNotifier, type RecordingNotifier } from './recording-notifier';
import { createScriptedDialogs, type ScriptedDialogs } from './scripted-dialogs';

/** Keeps every URL main handed to the OS, in order, instead of launching a softphone. */
export interface RecordingOpener extends ExternalOpener {
  readonly opened: readonly string[];
}

export function createRecordingOpener(): RecordingOpener {
  const opened: string[] = [];
  return {
    opened,
    async open(url) {
      opened.push(url);
    },
  };
}

/** Keeps every start-at-login change main asked the OS for. */
export interface RecordingLoginItems extends LoginItems {
  readonly changes: readonly boolean[];
}

/** Keeps every file main showed in the OS file manager instead of opening one. */
export interface RecordingRevealer extends FolderRevealer {
  readonly shown: readonly string[];
}

export interface HostMain {
  router: IpcRouter;
  services: MainServices;
  opener: RecordingOpener;
  clock: FakeClock;
  notifier: RecordingNotifier;
  loginItems: RecordingLoginItems;
  dialogs: ScriptedDialogs;
  revealer: RecordingRevealer;
}

export interface HostMainOptions {
  dataDir: string;
  /** Where main's window-side of a notification click goes (the test host emits an event). */
  onReminderActivated?: (customerId: string | null) => void;
  /** The browser context PDFs are printed in (the one the test attached last). */
  printContext?: () => BrowserContext | undefined;
  /** Where main's clock starts (and stands until moved); the real time when omitted. */
  now?: Date | string | number;
  /** The piece size for backup files; backupChunkBytes when omitted (the large-backup bench uses the app's). */
  backupChunkBytes?: number;
  /** Sets the browser's microphone permission while main allows a recording (browser-microphone.ts). */
  recordingGrants?: RecordingGrants;
}

/** The e2e host's piece size for backup files (the app's is 8 MB). */
export const backupChunkBytes = 16 * 1024;

export function createHostMain({
  dataDir,
  onReminderActivated = () => {},
  printContext = () => undefined,
  now = Date.now(),
  backupChunkBytes: pieceBytes = backupChunkBytes,
  recordingGrants,
}: HostMainOptions): HostMain {
  const opener = createRecordingOpener();
  const notifier = createRecordingNotifier();
  const loginChanges: boolean[] = [];
  const loginItems: RecordingLoginItems = { changes: loginChanges, setOpenAtLogin: (open) => void loginChanges.push(open) };
  const dialogs = createScriptedDialogs();
  const shownInFolder: string[] = [];
  const revealer: RecordingRevealer = { shown: shownInFolder, showItemInFolder: (file) => void shownInFolder.push(file) };
  // Starts where the test put the browser's clock, so dates the renderer computes line up.
  const clock = createFakeClock({ start: now, settle: () => services.reminders.idle() });
  const services: MainServices = createMainServices({
    // Not browser mode: the test host plays the desktop app.
    runtime: nodeAppRuntime({ packageJsonFile: path.join(repoRoot, 'package.json'), dataDirectory: dataDir, browserMode: null }),
    opener,
    files: createNodeJsonFileStore(dataDir),
    clock,
    notifier,
    loginItems,
    activateReminder: onReminderActivated,
    fileSystem: nodeFileSystem,
    dialogs,
    revealer,
    pdfRenderer: createPlaywrightPdfRenderer(printContext),
    packetJobs: createWorkerThreadJobLauncher({ modulePath: builtPacketWorker }),
    warn: (message) => console.warn(`[test-host] ${message}`),
    // Small pieces, so every backup the specs make or restore crosses in several, as a large one does in the app.
    backupChunkBytes: pieceBytes,
    recordingGrants,
  });
  return { router: createIpcRouter(createMainHandlers(services)), services, opener, clock, notifier, loginItems, dialogs, revealer };
}
