// The Electron-backed implementations of the main services' ports.
import { app, screen, shell } from 'electron';
import type { AppRuntime } from '../services/app-info';
import type { ExternalOpener } from '../services/external-links';
import type { FolderRevealer } from '../services/files/file-ports';
import type { LoginItems } from '../services/preferences';
import type { DisplayBounds } from '../services/window-state';

export const electronAppRuntime: AppRuntime = {
  name: () => app.getName(),
  version: () => app.getVersion(),
  platform: () => process.platform,
  dataDirectory: () => app.getPath('userData'),
  electronVersion: () => process.versions.electron ?? null,
  browserMode: () => null,
};

export const electronExternalOpener: ExternalOpener = {
  open: (url) => shell.openExternal(url),
};

/** Only usable after app `ready` (the screen module needs it). */
export const electronDisplayBounds: DisplayBounds = {
  workAreas: () => screen.getAllDisplays().map((display) => display.workArea),
  primaryWorkArea: () => screen.getPrimaryDisplay().workArea,
};

/** macOS and Windows; elsewhere Electron ignores it. */
export const electronLoginItems: LoginItems = {
  setOpenAtLogin: (open) => app.setLoginItemSettings({ openAtLogin: open }),
};

export const electronFolderRevealer: FolderRevealer = {
  showItemInFolder: (file) => shell.showItemInFolder(file),
};
