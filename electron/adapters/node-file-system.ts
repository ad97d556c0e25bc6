// FileSystem on the local disk, for the files main writes for the user and the automatic
// backups. Writes go through writeFileAtomic (temporary file, flush, rename).
import { access, mkdir, open, readdir, readFile, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import type { FileReader, FileSystem, FileWriter } from '../services/files/file-ports';
import { writeFileAtomic } from './node-atomic-file';

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException).code === 'ENOENT';
}

/** Closes once; later calls wait for the same close. */
function closerOf(handle: FileHandle): () => Promise<void> {
  let closed: Promise<void> | null = null;
  return () => (closed ??= handle.close());
}

async function createNew(file: string): Promise<FileWriter> {
  await mkdir(path.dirname(file), { recursive: true });
  const handle = await open(file, 'wx');
  return {
    async write(bytes) {
      // A write may take fewer bytes than offered; the rest goes in the next call.
      for (let at = 0; at < bytes.length;) {
        const { bytesWritten } = await handle.write(bytes, at, bytes.length - at);
        at += bytesWritten;
      }
    },
    sync: () => handle.sync(),
    close: closerOf(handle),
  };
}

async function openToRead(file: string): Promise<FileReader> {
  const handle = await open(file, 'r');
  const close = closerOf(handle);
  let size: number;
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) throw Object.assign(new Error(`EISDIR: not a file: ${file}`), { code: 'EISDIR' });
    size = stats.size;
  } catch (error) {
    await close();
    throw error;
  }
  return {
    size,
    async read(offset, length) {
      // Memory of its own (never a slice of a shared pool), so it crosses IPC as just these bytes.
      const bytes = new Uint8Array(length);
      let filled = 0;
      while (filled < length) {
        const { bytesRead } = await handle.read(bytes, filled, length - filled, offset + filled);
        if (bytesRead === 0) break;
        filled += bytesRead;
      }
      return filled === length ? bytes : bytes.slice(0, filled);
    },
    close,
  };
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

  createNew,
  openToRead,
  rename: (from, to) => rename(from, to),
};
