// Just enough of the 'electron' module for electron/main.ts to run under Node: every call is
// recorded so a test can check the wiring (security flags, IPC handlers, guards, menu).
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

type Handler = (...args: unknown[]) => unknown;

export class FakeWebContents extends EventEmitter {
  send = vi.fn();
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
    quit: vi.fn(),
    setAppUserModelId: vi.fn(),
    whenReady: () => ready,
    isReady: () => isReady,
    isPackaged: false,
  });

  const ipcHandlers = new Map<string, Handler>();
  const windows: FakeBrowserWindow[] = [];

  class FakeBrowserWindow extends EventEmitter {
    webContents = new FakeWebContents();
    loadURL = vi.fn(async (_url: string) => {});
    constructor(readonly options: Record<string, unknown>) {
      super();
      windows.push(this);
    }
    isDestroyed = () => false;
    isMaximized = () => false;
    isMinimized = () => false;
    isVisible = () => true;
    getNormalBounds = () => ({ x: 0, y: 0, width: 1280, height: 800 });
    maximize = vi.fn();
    show = vi.fn();
    focus = vi.fn();
    restore = vi.fn();
  }

  const workArea = { x: 0, y: 0, width: 1920, height: 1080 };
  const electron = {
    app,
    ipcMain: { handle: vi.fn((channel: string, handler: Handler) => void ipcHandlers.set(channel, handler)) },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    session: {
      defaultSession: {
        setPermissionRequestHandler: vi.fn(),
        setPermissionCheckHandler: vi.fn(),
        webRequest: { onBeforeRequest: vi.fn() },
      },
    },
    BrowserWindow: FakeBrowserWindow,
    Menu: { buildFromTemplate: vi.fn((template: unknown) => ({ template })), setApplicationMenu: vi.fn() },
    screen: { getAllDisplays: () => [{ workArea }], getPrimaryDisplay: () => ({ workArea }) },
    shell: { openExternal: vi.fn(async (_url: string) => {}) },
  };
  return { electron, ipcHandlers, windows, markReady };
}
