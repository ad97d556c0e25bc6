// Connects the window's page-gone and hang events to the window recovery (services/window-recovery.ts).
import type { BrowserWindow } from 'electron';
import type { RecoverableWindow, WindowRecovery } from '../services/window-recovery';

export function watchWindowHealth(window: BrowserWindow, recovery: WindowRecovery): void {
  const handle: RecoverableWindow = {
    isDestroyed: () => window.isDestroyed(),
    reload: () => window.webContents.reload(),
    crashPage: () => window.webContents.forcefullyCrashRenderer(),
  };
  window.webContents.on('render-process-gone', (_event, details) => recovery.pageGone(handle, details.reason));
  window.on('unresponsive', () => recovery.pageUnresponsive(handle));
  window.on('responsive', () => recovery.pageResponsive());
}
