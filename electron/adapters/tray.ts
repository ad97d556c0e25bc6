// The tray icon: keeps Call Desk reachable while its window is closed, and lists what is due.
import { Menu, Tray } from 'electron';
import type { TrayMenuItem } from '../menu/tray-menu-template';
import { trayIcon } from './tray-icon';

export interface TrayOptions {
  /** The tooltip and menu as they should be now (rebuilt on every refresh). */
  build: () => { tooltip: string; items: TrayMenuItem[] };
  /** Windows: a left click on the icon opens the app (the menu is on the right button). */
  onClick: () => void;
}

export interface TrayController {
  /** Rebuilds the menu; call when the reminders change. */
  refresh(): void;
  destroy(): void;
}

/** "Due today" rolls over at midnight with nothing else changing, so refresh now and then too. */
const refreshEveryMs = 15 * 60_000;

/** Must run after app `ready`. */
export function installTray({ build, onClick }: TrayOptions): TrayController {
  const tray = new Tray(trayIcon());
  const refresh = () => {
    if (tray.isDestroyed()) return;
    const { tooltip, items } = build();
    tray.setToolTip(tooltip);
    tray.setContextMenu(Menu.buildFromTemplate(items));
  };
  refresh();
  if (process.platform === 'win32') tray.on('click', onClick);
  const timer = setInterval(refresh, refreshEveryMs);
  timer.unref();

  return {
    refresh,
    destroy() {
      clearInterval(timer);
      if (!tray.isDestroyed()) tray.destroy();
    },
  };
}
