// JsonFileStore on the local file system. Writes go to a temporary file that is flushed and
// then renamed over the target, so a crash mid-write leaves the old file or the new one,
// never half of each.
import { readFile, rename } from 'node:fs/promises';
import path from 'node:path';
import type { JsonFileStore } from '../services/json-file-store';
import { assertPlainFileName, writeFileAtomic } from './node-atomic-file';

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

    async keepAside(fileName) {
      assertPlainFileName(fileName);
      const aside = damagedFileName(fileName, new Date());
      try {
        await rename(path.join(directory, fileName), path.join(directory, aside));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
      return aside;
    },

    async write(fileName, value) {
      assertPlainFileName(fileName);
      // Compact: the reminder schedule alone can hold 10k entries.
      await writeFileAtomic(path.join(directory, fileName), JSON.stringify(value));
    },
  };
}

/** `reminders-fired.json` → `reminders-fired.damaged-2026-12-02T16-30-05Z.json`. */
export function damagedFileName(fileName: string, at: Date): string {
  const stamp = at.toISOString().slice(0, 19).replaceAll(':', '-');
  const dot = fileName.lastIndexOf('.');
  return dot > 0 ? `${fileName.slice(0, dot)}.damaged-${stamp}Z${fileName.slice(dot)}` : `${fileName}.damaged-${stamp}Z`;
}
