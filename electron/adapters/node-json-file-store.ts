// JsonFileStore on the local file system. Writes go to a temporary file that is flushed and
// then renamed over the target, so a crash mid-write leaves the old file or the new one,
// never half of each.
import { randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import type { JsonFileStore } from '../services/json-file-store';

function assertPlainFileName(fileName: string): void {
  // Names come from our own code, but a separator here would write outside the data folder.
  if (!/^[\w.-]+$/.test(fileName) || fileName === '.' || fileName === '..') {
    throw new Error(`"${fileName}" is not a plain file name.`);
  }
}

export function createNodeJsonFileStore(directory: string): JsonFileStore {
  return {
    async read(fileName) {
      assertPlainFileName(fileName);
      const file = path.join(directory, fileName);
      let text: string;
      try {
        text = await readFile(file, 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw error;
      }
      try {
        return JSON.parse(text) as unknown;
      } catch {
        throw new Error(`${fileName} is not valid JSON.`);
      }
    },

    async write(fileName, value) {
      assertPlainFileName(fileName);
      await mkdir(directory, { recursive: true });
      const target = path.join(directory, fileName);
      const temporary = `${target}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
      try {
        const handle = await open(temporary, 'w');
        try {
          // Compact: the reminder schedule alone can hold 10k entries.
          await handle.writeFile(JSON.stringify(value), 'utf8');
          await handle.sync();
        } finally {
          await handle.close();
        }
        await rename(temporary, target);
      } catch (error) {
        await rm(temporary, { force: true });
        throw error;
      }
    },
  };
}
