// The native menu as plain data. Kept free of Electron so it can be unit-tested; the adapter
// hands it to Menu.buildFromTemplate (the shape is a subset of MenuItemConstructorOptions).
import type { MenuCommand } from '../../shared/ipc/contract';

export type MenuRole =
  | 'about'
  | 'services'
  | 'hide'
  | 'hideOthers'
  | 'unhide'
  | 'quit'
  | 'close'
  | 'undo'
  | 'redo'
  | 'cut'
  | 'copy'
  | 'paste'
  | 'pasteAndMatchStyle'
  | 'selectAll'
  | 'reload'
  | 'forceReload'
  | 'toggleDevTools'
  | 'resetZoom'
  | 'zoomIn'
  | 'zoomOut'
  | 'togglefullscreen'
  | 'minimize'
  | 'zoom'
  | 'front'
  | 'window'
  | 'help';

export interface MenuTemplateItem {
  label?: string;
  role?: MenuRole;
  type?: 'separator';
  accelerator?: string;
  click?: () => void;
  submenu?: MenuTemplateItem[];
}

export interface MenuTemplateOptions {
  appName: string;
  isMac: boolean;
  /** Packaged builds hide reload and developer tools. */
  isPackaged: boolean;
  /** Delivers an app command to the renderer ('menu:command'). */
  sendCommand: (command: MenuCommand) => void;
}

const separator: MenuTemplateItem = { type: 'separator' };

export function buildAppMenuTemplate({ appName, isMac, isPackaged, sendCommand }: MenuTemplateOptions): MenuTemplateItem[] {
  const command = (label: string, accelerator: string | null, name: MenuCommand): MenuTemplateItem => ({
    label,
    ...(accelerator === null ? {} : { accelerator }),
    click: () => sendCommand(name),
  });
  // macOS keeps Settings in the application menu; Windows and Linux keep it in File.
  const settings = command('Settings…', 'CmdOrCtrl+,', 'open-settings');

  const appMenu: MenuTemplateItem = {
    label: appName,
    submenu: [
      { role: 'about' },
      separator,
      settings,
      separator,
      { role: 'services' },
      separator,
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      separator,
      { role: 'quit' },
    ],
  };

  const fileMenu: MenuTemplateItem = {
    label: 'File',
    submenu: [
      command('New customer…', 'CmdOrCtrl+N', 'new-customer'),
      command('Log a call…', 'CmdOrCtrl+L', 'log-call'),
      separator,
      command('Import…', 'CmdOrCtrl+I', 'import-file'),
      separator,
      ...(isMac ? [{ role: 'close' } as const] : [settings, separator, { role: 'quit' } as const]),
    ],
  };

  const editMenu: MenuTemplateItem = {
    label: 'Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      ...(isMac ? [{ role: 'pasteAndMatchStyle' } as const] : []),
      { role: 'selectAll' },
    ],
  };

  const developerItems: MenuTemplateItem[] = isPackaged
    ? []
    : [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, separator];
  const viewMenu: MenuTemplateItem = {
    label: 'View',
    submenu: [
      command('Today', 'CmdOrCtrl+1', 'go-today'),
      command('Customers', 'CmdOrCtrl+2', 'go-customers'),
      command('Dashboard', 'CmdOrCtrl+3', 'go-dashboard'),
      command('Find customer…', 'CmdOrCtrl+K', 'find-customer'),
      separator,
      ...developerItems,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      separator,
      { role: 'togglefullscreen' },
    ],
  };

  const windowMenu: MenuTemplateItem = {
    label: 'Window',
    role: 'window',
    submenu: isMac ? [{ role: 'minimize' }, { role: 'zoom' }, separator, { role: 'front' }] : [{ role: 'minimize' }, { role: 'close' }],
  };

  const helpMenu: MenuTemplateItem = {
    label: 'Help',
    role: 'help',
    // The update check only tells the version and where releases are: the app never goes online.
    submenu: [command('Keyboard shortcuts', 'F1', 'show-shortcuts'), separator, command('Check for updates…', null, 'check-for-updates')],
  };

  return [...(isMac ? [appMenu] : []), fileMenu, editMenu, viewMenu, windowMenu, helpMenu];
}
