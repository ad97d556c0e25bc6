// FileSystem on the local disk, for the files main writes for the user and the automatic
// backups. Writes go through writeFileAtomic (temporary file, flush, rename).
import { access, readdir, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { FileSystem } from '../services/files/file-ports';
import { writeFileAtomic } from './node-atomic-file';

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException).code === 'ENOENT';
}

export const nodeFileSystem: FileSystem = {
  writeAtomic: writeFileAtomic,

  async read(file) {
    const buffer = await readFile(file);
    // A Buffer from readFile owns its memory (it is never a slice of Node's shared pool).
    return new Uint8Array(buffer.buffer as ArrayBuffer, buffer.byteOffset, buffer.byteLength);
  },

  async size(file) {
    return (await stat(file)).size;
  },

  async exists(file) {
    try {
      await access(file);
      return true;
    } catch (error) {
      if (isMissing(error)) return false;
      throw error;
    }
  },

  async list(folder) {
    let names: string[];
    try {
      const entries = await readdir(folder, { withFileTypes: true });
      names = entries.filter((entry) => entry.isFile()).map((entry) => entry.name);
    } catch (error) {
      if (isMissing(error)) return [];
      throw error;
    }
    const found = [];
    for (const name of names) {
      try {
        found.push({ name, size: (await stat(path.join(folder, name))).size });
      } catch (error) {
        // Removed between the listing and the look (another rotation, the user): not there.
        if (!isMissing(error)) throw error;
      }
    }
    return found;
  },

  async remove(file) {
    await rm(file, { force: true });
  },
};
