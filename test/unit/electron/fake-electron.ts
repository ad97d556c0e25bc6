// Just enough of the 'electron' module for electron/main.ts to run under Node: every call is
// recorded so a test can check the wiring (security flags, IPC handlers, guards, menu).
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

type Handler = (...args: unknown[]) => unknown;

let webContentsCount = 0;

export class FakeWebContents extends EventEmitter {
  readonly id = (webContentsCount += 1);
  send = vi.fn();
  isDestroyed = () => false;
  printToPDF = vi.fn(async (_options: Record<string, unknown>) => Buffer.from('%PDF-1.7 fake'));
  windowOpenHandler: Handler | null = null;
  setWindowOpenHandler = vi.fn((handler: Handler) => {
    this.windowOpenHandler = handler;
  });
}

export function createFakeElectron({ singleInstanceLock = true, userData = '/tmp/call-desk-fake' } = {}) {
  let markReady: () => void = () => {};
  let isReady = false;
  const ready = new Promise<void>((resolve) => {
    markReady = () => {
      isReady = true;
      resolve();
    };
  });

  const app = Object.assign(new EventEmitter(), {
    commandLine: { getSwitchValue: vi.fn((_name: string) => '') },
    setPath: vi.fn(),
    getPath: vi.fn(() => userData),
    getName: () => 'Call Desk',
    getVersion: () => '0.1.0',
    requestSingleInstanceLock: vi.fn(() => singleInstanceLock),
    // Like Electron: quitting announces itself with 'before-quit', then closes the windows.
    quit: vi.fn(() => {
      app.emit('before-quit', { preventDefault: () => {} });
      for (const window of [...windows]) window.close();
    }),
    setAppUserModelId: vi.fn(),
    setLoginItemSettings: vi.fn(),
    whenReady: () => ready,
    isReady: () => isReady,
    isPackaged: false,
  });

  const ipcHandlers = new Map<string, Handler>();
  const windows: FakeBrowserWindow[] = [];
  const notifications: FakeNotification[] = [];
  const trays: FakeTray[] = [];
  /** Run on every new window, before the code under test can use it (to script its methods). */
  const newWindowHooks: ((window: FakeBrowserWindow) => void)[] = [];
  const utilityProcesses: FakeUtilityProcess[] = [];
  /** Run on every forked utility process, before the code under test can use it. */
  const utilityProcessHooks: ((child: FakeUtilityProcess) => void)[] = [];

  class FakeBrowserWindow extends EventEmitter {
    webContents = new FakeWebContents();
    loadURL = vi.fn(async (_url: string) => {});
    constructor(readonly options: Record<string, unknown>) {
      super();
      windows.push(this);
      for (const hook of newWindowHooks) hook(this);
    }
    destroyed = false;
    visible = true;
    destroy = vi.fn(() => {
      this.destroyed = true;
      windows.splice(windows.indexOf(this), 1);
    });
    isDestroyed = () => this.destroyed;
    isMaximized = () => false;
    isMinimized = () => false;
    isVisible = () => this.visible;
    getNormalBounds = () => ({ x: 0, y: 0, width: 1280, height: 800 });
    maximize = vi.fn();
    show = vi.fn(() => {
      this.visible = true;
    });
    hide = vi.fn(() => {
      this.visible = false;
    });
    focus = vi.fn();
    restore = vi.fn();
    /** As the user clicking the close box: 'close' may be prevented; otherwise it is gone. */
    close = vi.fn(() => {
      let prevented = false;
      this.emit('close', { preventDefault: () => (prevented = true) });
      if (prevented) return;
      this.destroyed = true;
      this.visible = false;
      windows.splice(windows.indexOf(this), 1);
      this.emit('closed');
    });
  }

  class FakeNotification extends EventEmitter {
    static isSupported = () => true;
    show = vi.fn();
    constructor(readonly options: { title: string; body: string }) {
      super();
      notifications.push(this);
    }
  }

  class FakeTray extends EventEmitter {
    setToolTip = vi.fn();
    setContextMenu = vi.fn();
    destroy = vi.fn();
    isDestroyed = () => false;
    constructor(readonly image: unknown) {
      super();
      trays.push(this);
    }
  }

  /** A forked utility process: records what main sends; the test plays the child (emit 'message', 'exit'). */
  class FakeUtilityProcess extends EventEmitter {
    postMessage = vi.fn((_message: unknown) => {});
    killed = false;
    /** Like Electron: the process ends, then 'exit' is emitted. */
    kill = vi.fn(() => {
      if (this.killed) return false;
      this.killed = true;
      setImmediate(() => this.emit('exit', 0));
      return true;
    });
    constructor(
      readonly modulePath: string,
      readonly args: string[],
      readonly options: Record<string, unknown>,
    ) {
      super();
      utilityProcesses.push(this);
      for (const hook of utilityProcessHooks) hook(this);
    }
  }

  const fakeSession = () => ({
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDisplayMediaRequestHandler: vi.fn(),
    webRequest: { onBeforeRequest: vi.fn() },
  });
  const partitions = new Map<string, ReturnType<typeof fakeSession>>();
  const workArea = { x: 0, y: 0, width: 1920, height: 1080 };
  const electron = {
    app,
    ipcMain: { handle: vi.fn((channel: string, handler: Handler) => void ipcHandlers.set(channel, handler)) },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    session: {
      defaultSession: fakeSession(),
      fromPartition: vi.fn((partition: string, _options?: unknown) => {
        const existing = partitions.get(partition) ?? fakeSession();
        partitions.set(partition, existing);
        return existing;
      }),
    },
    dialog: {
      showSaveDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: true, filePath: '' })),
      showOpenDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: true, filePaths: [] as string[] })),
    },
    BrowserWindow: FakeBrowserWindow,
    // A fake frame names its contents (`{ contents, url, parent }`), as Electron's frames belong to one.
    webContents: { fromFrame: vi.fn((frame: { contents?: FakeWebContents }) => frame.contents) },
    Menu: { buildFromTemplate: vi.fn((template: unknown) => ({ template })), setApplicationMenu: vi.fn() },
    Notification: FakeNotification,
    Tray: FakeTray,
    nativeImage: { createFromDataURL: vi.fn(() => ({ addRepresentation: vi.fn() })) },
    powerMonitor: new EventEmitter(),
    screen: { getAllDisplays: () => [{ workArea }], getPrimaryDisplay: () => ({ workArea }) },
    shell: { openExternal: vi.fn(async (_url: string) => {}), showItemInFolder: vi.fn((_path: string) => {}) },
    utilityProcess: {
      fork: vi.fn((modulePath: string, args: string[] = [], options: Record<string, unknown> = {}) => {
        if (!isReady) throw new Error('utilityProcess cannot be created before app is ready.');
        return new FakeUtilityProcess(modulePath, args, options);
      }),
    },
  };
  const onNewWindow = (hook: (window: FakeBrowserWindow) => void) => void newWindowHooks.push(hook);
  const onUtilityProcess = (hook: (child: FakeUtilityProcess) => void) => void utilityProcessHooks.push(hook);
  return { electron, ipcHandlers, windows, notifications, trays, utilityProcesses, markReady, onNewWindow, onUtilityProcess };
}
