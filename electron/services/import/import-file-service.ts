// Opening a file to import: main's open dialog, then the file's bytes for the renderer, which
// reads and interprets them (shared/import) off its main thread. The size is checked before the
// file is read, so a file far too large for an import is refused without being loaded.
import path from 'node:path';
import { importFileExtensions, importFileSizeLimit, type ImportOpenFileResult } from '../../../shared/ipc/import-contract';
import type { Dialogs, FileFilter, FileSystem } from '../files/file-ports';

export interface ImportFileServiceDeps {
  dialogs: Pick<Dialogs, 'chooseOpenPath'>;
  fs: Pick<FileSystem, 'size' | 'read'>;
  /** Bytes; importFileSizeLimit unless a test says otherwise. */
  sizeLimit?: number;
}

export interface ImportFileService {
  /** Asks for a file; its bytes, or why there are none (cancelled, too large). */
  openFile(): Promise<ImportOpenFileResult>;
}

const importFilters: FileFilter[] = [
  { name: 'Reports and lists (CSV, Excel, IIF)', extensions: [...importFileExtensions] },
  { name: 'All files', extensions: ['*'] },
];

export function createImportFileService({ dialogs, fs, sizeLimit = importFileSizeLimit }: ImportFileServiceDeps): ImportFileService {
  const cannotOpen = (fileName: string, cause: unknown) =>
    new Error(`Call Desk could not open "${fileName}". Check that the file still exists and that you are allowed to read it.`, { cause });

  return {
    async openFile() {
      const chosen = await dialogs.chooseOpenPath({ title: 'Import from your books', filters: importFilters });
      if (chosen === null) return { opened: false };
      const fileName = path.basename(chosen);
      let size: number;
      try {
        size = await fs.size(chosen);
      } catch (error) {
        throw cannotOpen(fileName, error);
      }
      if (size > sizeLimit) return { opened: false, tooLarge: true, fileName, size, limit: sizeLimit };
      try {
        return { opened: true, fileName, bytes: await fs.read(chosen) };
      } catch (error) {
        throw cannotOpen(fileName, error);
      }
    },
  };
}
