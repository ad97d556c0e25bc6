// Main process entry: wires the Electron adapters to the services and the IPC router.
// Bundled to out/electron/main.cjs; the renderer is served from out/renderer.
import path from 'node:path';
import { app, ipcMain, session, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import type { EventChannel } from '../shared/ipc/channels';
import { invokeChannels } from '../shared/ipc/channels';
import type { IpcEventPayload, IpcResult } from '../shared/ipc/contract';
import { installAppMenu } from './adapters/app-menu';
import { registerAppScheme, serveRendererOverAppScheme } from './adapters/app-protocol';
import { hideOnClose } from './adapters/close-to-tray';
import { createElectronDialogs } from './adapters/electron-dialogs';
import { createElectronNotifier } from './adapters/electron-notifier';
import { createElectronPdfRenderer } from './adapters/electron-pdf-renderer';
import {
  electronAppRuntime,
  electronDisplayBounds,
  electronExternalOpener,
  electronFolderRevealer,
  electronLoginItems,
} from './adapters/electron-ports';
import { createMainWindow, focusWindow } from './adapters/main-window';
import { createUtilityProcessJobLauncher } from './adapters/utility-process-job';
import { watchWindowHealth } from './adapters/window-health';
import { createWindowRecovery } from './services/window-recovery';
import { nodeFileSystem } from './adapters/node-file-system';
import { createNodeJsonFileStore } from './adapters/node-json-file-store';
import { onWake } from './adapters/power-events';
import { hardenSession } from './adapters/session-guards';
import { createSystemClock } from './adapters/system-clock';
import { installTray, type TrayController } from './adapters/tray';
import { guardWebContents } from './adapters/web-contents-guards';
import { trackWindowState, type WindowStateTracker } from './adapters/window-state-tracker';
import { callerIdOf, watchPageLifetime } from './adapters/page-lifetime';
import { createMainHandlers } from './ipc/main-handlers';
import { createIpcRouter } from './ipc/router';
import { buildTrayMenu } from './menu/tray-menu-template';
import { appEntryUrl, isAppUrl } from './security/app-origin';
import { createMainServices } from './services/main-services';
import { createWindowStateService } from './services/window-state';
import { officeClockFrom } from './services/office-clock';
import { formatInstant } from '../shared/dates/office-time';
import { errorMessage } from '../shared/common/error-message';

const rendererDir = path.join(__dirname, '../renderer');
const preloadPath = path.join(__dirname, 'preload.cjs');
/** The PDF assembly job, run in a utility process (services/export/packet-assembly-runner.ts). */
const packetWorkerPath = path.join(__dirname, 'packet-worker.cjs');
const warn = (message: string) => console.warn(`[call-desk] ${message}`);

// Privileged schemes must be declared before `ready`.
registerAppScheme();

// "Include the other side" records the system's sound through Electron's loopback capture. On
// macOS 15 and later Chromium keeps that behind this feature (switches must be set before ready).
if (process.platform === 'darwin') app.commandLine.appendSwitch('enable-features', 'MacSckSystemAudioLoopbackOverride');

// `--user-data-dir=<folder>` moves the data folder (e2e runs, portable use). Set explicitly,
// before the single-instance lock, which is scoped to this folder.
const userDataOverride = app.commandLine.getSwitchValue('user-data-dir');
if (userDataOverride) app.setPath('userData', path.resolve(userDataOverride));

if (!app.requestSingleInstanceLock()) {
  // Another Call Desk is running; it receives 'second-instance' and comes to the front.
  app.quit();
} else {
  start();
}

function start(): void {
  if (process.platform === 'win32') app.setAppUserModelId('com.calldesk.app');

  const dataFiles = createNodeJsonFileStore(app.getPath('userData'));
  let mainWindow: BrowserWindow | null = null;
  const clock = createSystemClock();
  const notifier = createElectronNotifier(warn);
  const services = createMainServices({
    runtime: electronAppRuntime,
    opener: electronExternalOpener,
    files: dataFiles,
    clock,
    notifier,
    loginItems: electronLoginItems,
    activateReminder: openCustomer,
    fileSystem: nodeFileSystem,
    dialogs: createElectronDialogs({ parent: () => mainWindow, startFolder: () => app.getPath('documents') }),
    revealer: electronFolderRevealer,
    pdfRenderer: createElectronPdfRenderer(),
    packetJobs: createUtilityProcessJobLauncher({ modulePath: packetWorkerPath, serviceName: 'Call Desk PDF builder' }),
    // Only our own pages may use the microphone, and only while they record (services/recording).
    isOwnPage: isAppUrl,
    warn,
  });
  const router = createIpcRouter(createMainHandlers(services));
  let windowTracker: WindowStateTracker | null = null;
  let tray: TrayController | null = null;
  // Set once a real quit begins, so closing the window then does not just hide it.
  let quitting = false;
  app.on('before-quit', () => {
    quitting = true;
  });
  // Read early: the window's close handler needs the saved choice, synchronously.
  void services.preferences.get();
  // The tray's times read the office clock, like every screen.
  const officeClock = officeClockFrom(services.preferences.current);

  const handOff = (url: string) => {
    services.externalLinks.open(url).catch((error: unknown) => warn(`Could not open ${url}: ${String(error)}`));
  };
  app.on('web-contents-created', (_event, contents) => {
    guardWebContents(contents, { isOwnUrl: isAppUrl, canHandOff: services.externalLinks.canOpen, handOff });
    // A page that reloads or goes away leaves no half-copied backup behind, and no open microphone permission.
    watchPageLifetime(contents, (callerId) => {
      services.backups.releaseCaller(callerId).catch((error: unknown) => warn(`Backup transfers were not let go: ${String(error)}`));
      services.recordings
        .releaseCaller(callerId)
        .catch((error: unknown) => warn(`The microphone permission was not closed: ${String(error)}`));
    });
  });

  for (const channel of invokeChannels) {
    ipcMain.handle(channel, (event: IpcMainInvokeEvent, input: unknown): Promise<IpcResult> => {
      // Only our own pages may call main, never a frame that somehow loaded something else.
      const senderUrl = event.senderFrame?.url ?? '';
      if (!isAppUrl(senderUrl)) {
        return Promise.resolve({ ok: false, error: { code: 'failed', message: 'This page may not call Call Desk.' } });
      }
      // Events for this request (an export's progress) go back to the window that asked, only.
      const replyTo = event.sender;
      return router.handle(
        channel,
        input,
        (name, payload) => {
          if (!replyTo.isDestroyed()) replyTo.send(name, payload);
        },
        callerIdOf(replyTo),
      );
    });
  }

  function send<E extends EventChannel>(event: E, payload: IpcEventPayload<E>): void {
    if (mainWindow && !mainWindow.isDestroyed()) mainWindow.webContents.send(event, payload);
  }

  async function openMainWindow(): Promise<void> {
    const windowState = createWindowStateService({
      store: dataFiles,
      displays: electronDisplayBounds,
      warn,
    });
    const state = await windowState.load();
    const window = createMainWindow({ state, preloadPath, url: appEntryUrl, title: app.getName() });
    mainWindow = window;
    windowTracker = trackWindowState(window, windowState, warn);
    // Without a tray icon a hidden window could not be found again, so it closes for real.
    hideOnClose(window, () => !quitting && tray !== null && services.preferences.current().closeToTray);
    window.on('closed', () => {
      if (mainWindow === window) mainWindow = null;
    });
    watchWindowHealth(window, windowRecovery);
  }

  /** Shows the window (hidden in the tray, or gone), then runs `then` once its page can hear it. */
  function bringForward(then: () => void = () => {}): void {
    if (mainWindow && !mainWindow.isDestroyed()) {
      focusWindow(mainWindow);
      then();
      return;
    }
    if (!app.isReady()) return;
    void openMainWindow().then(() => mainWindow?.webContents.once('did-finish-load', then));
  }

  // A page that dies or hangs is reloaded, and the user told (services/window-recovery.ts).
  const windowRecovery = createWindowRecovery({ clock, notifier, warn, activate: () => bringForward() });

  // A notification or a tray item: the window comes forward on that customer (null: the list).
  function openCustomer(customerId: string | null): void {
    bringForward(() => send('reminder:activated', { customerId }));
  }

  app.on('second-instance', () => bringForward());

  // macOS: clicking the dock icon brings back a hidden or closed window.
  app.on('activate', () => bringForward());

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  // The last window-state write is asynchronous; hold the quit until it is on disk.
  let finalSaveDone = false;
  app.on('will-quit', (event) => {
    services.reminders.stop();
    tray?.destroy();
    tray = null;
    if (finalSaveDone || !windowTracker) return;
    event.preventDefault();
    void windowTracker.flush().finally(() => {
      finalSaveDone = true;
      app.quit();
    });
  });

  void app.whenReady().then(async () => {
    hardenSession(session.defaultSession, services.recordings);
    serveRendererOverAppScheme(rendererDir);
    installAppMenu({
      appName: app.getName(),
      isMac: process.platform === 'darwin',
      isPackaged: app.isPackaged,
      sendCommand: (command) => send('menu:command', command),
    });
    try {
      tray = installTray({
        build: () =>
          buildTrayMenu({
            appName: app.getName(),
            dueToday: services.reminders.dueToday(),
            formatTime: (iso) => formatInstant(iso, officeClock(), 'time'),
            openApp: () => bringForward(),
            openCustomer,
            quit: () => app.quit(),
          }),
        onClick: () => bringForward(),
      });
      services.reminders.onChange(() => tray?.refresh());
    } catch (error) {
      // Some Linux desktops have no tray; the app still works, with the window as its home.
      warn(`No tray icon: ${errorMessage(error)}`);
    }
    onWake(() => void services.reminders.resume());
    // Notifications need `ready`; missed reminders fire now, with or without a window.
    void services.reminders.start();
    await openMainWindow();
  });
}
