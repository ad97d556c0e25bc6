// Saves the window's geometry while the user moves it, and once more when it closes.
import type { BrowserWindow } from 'electron';
import type { WindowStateService } from '../services/window-state';

export interface WindowStateTracker {
  /** Resolves when the latest geometry is on disk (awaited before the app quits). */
  flush(): Promise<void>;
}

const saveDelayMs = 400;

export function trackWindowState(window: BrowserWindow, service: WindowStateService, warn: (message: string) => void): WindowStateTracker {
  let timer: NodeJS.Timeout | undefined;
  let pending: Promise<void> = Promise.resolve();

  const saveNow = () => {
    clearTimeout(timer);
    timer = undefined;
    if (window.isDestroyed()) return;
    // Normal bounds, so a maximized window comes back maximized over its previous size.
    const state = { bounds: window.getNormalBounds(), maximized: window.isMaximized() };
    pending = pending
      .then(() => service.save(state))
      .catch((error: unknown) => warn(`Could not save the window position: ${String(error)}`));
  };
  const saveSoon = () => {
    clearTimeout(timer);
    timer = setTimeout(saveNow, saveDelayMs);
  };

  window.on('resize', saveSoon);
  window.on('move', saveSoon);
  window.on('maximize', saveSoon);
  window.on('unmaximize', saveSoon);
  window.on('close', saveNow);

  return {
    flush() {
      if (timer !== undefined) saveNow();
      return pending;
    },
  };
}
