// BackupFiles on the local file system: the backups folder in the data folder, plus whatever
// file the user chose. Writes go to a temporary file beside the target that is flushed and then
// renamed over it, so a failed or interrupted write never leaves a partial backup.
import { randomBytes } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import type { BackupFiles } from '../services/backup/backup-ports';

function assertPlainFileName(fileName: string): void {
  // Names come from our own code, but a separator here would reach outside the backups folder.
  if (!/^[\w.-]+$/.test(fileName) || fileName === '.' || fileName === '..') {
    throw new Error(`"${fileName}" is not a plain file name.`);
  }
}

export async function writeFileAtomic(target: string, bytes: Uint8Array): Promise<void> {
  await mkdir(path.dirname(target), { recursive: true });
  const temporary = `${target}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    const handle = await open(temporary, 'wx');
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

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
