// Creates the one application window with the full Electron security baseline.
import { BrowserWindow } from 'electron';
import { minimumWindowSize } from '../services/window-geometry';
import type { WindowState } from '../services/window-state';

export interface MainWindowOptions {
  state: WindowState;
  preloadPath: string;
  url: string;
  title: string;
}

export function createMainWindow({ state, preloadPath, url, title }: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    ...state.bounds,
    minWidth: minimumWindowSize.width,
    minHeight: minimumWindowSize.height,
    title,
    show: false, // shown on ready-to-show, so the user never sees an unpainted frame
    backgroundColor: '#f6f7f9',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: true,
    },
  });

  window.once('ready-to-show', () => {
    if (state.maximized) window.maximize();
    window.show();
  });

  void window.loadURL(url);
  return window;
}

/** Brings an existing window to the front (second instance, dock click). */
export function focusWindow(window: BrowserWindow): void {
  if (window.isMinimized()) window.restore();
  if (!window.isVisible()) window.show();
  window.focus();
}
