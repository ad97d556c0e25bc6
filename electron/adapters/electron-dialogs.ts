// Dialogs on Electron's native file dialogs, attached to the main window when there is one (a
// sheet on macOS), so they come up in front of the app and block only it.
import path from 'node:path';
import { dialog, type BrowserWindow } from 'electron';
import type { Dialogs } from '../services/files/file-ports';

export interface ElectronDialogOptions {
  /** The window a dialog belongs to; null while none is open (e.g. only the tray). */
  parent: () => BrowserWindow | null;
  /** Where a save dialog starts (the user's Documents folder). */
  startFolder: () => string;
}

export function createElectronDialogs({ parent, startFolder }: ElectronDialogOptions): Dialogs {
  const owner = () => {
    const window = parent();
    return window && !window.isDestroyed() ? window : null;
  };

  return {
    async chooseSavePath({ title, defaultName, filters }) {
      const options = {
        title,
        defaultPath: path.join(startFolder(), defaultName),
        filters,
        properties: ['createDirectory' as const, 'showOverwriteConfirmation' as const],
      };
      const window = owner();
      const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },

    async chooseFolder({ title }) {
      const options = { title, defaultPath: startFolder(), properties: ['openDirectory' as const, 'createDirectory' as const] };
      const window = owner();
      const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },

    async chooseOpenPath({ title, filters }) {
      const options = { title, filters, properties: ['openFile' as const] };
      const window = owner();
      const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
  };
}
