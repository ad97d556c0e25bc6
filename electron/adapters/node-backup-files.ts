// BackupFiles on the local file system: the backups folder in the data folder, plus whatever
// file the user chose. Writes go to a temporary file beside the target that is flushed and then
// renamed over it, so a failed or interrupted write never leaves a partial backup.
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import type { BackupFiles } from '../services/backup/backup-ports';
import { assertPlainFileName, writeFileAtomic } from './node-atomic-file';

export { writeFileAtomic };

export function createNodeBackupFiles(backupsDirectory: string): BackupFiles {
  return {
    async list() {
      try {
        const entries = await readdir(backupsDirectory, { withFileTypes: true });
        return entries.filter((entry) => entry.isFile()).map((entry) => entry.name);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
        throw error;
      }
    },

    pathOf(name) {
      assertPlainFileName(name);
      return path.join(backupsDirectory, name);
    },

    async read(file) {
      const buffer = await readFile(file);
      return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    },

    writeAtomic: writeFileAtomic,

    async remove(name) {
      assertPlainFileName(name);
      await rm(path.join(backupsDirectory, name), { force: true });
    },
  };
}
