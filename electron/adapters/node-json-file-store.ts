// JsonFileStore on the local file system. Writes go to a temporary file that is flushed and
// then renamed over the target, so a crash mid-write leaves the old file or the new one,
// never half of each.
import { readFile } from 'node:fs/promises';
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

    async write(fileName, value) {
      assertPlainFileName(fileName);
      // Compact: the reminder schedule alone can hold 10k entries.
      await writeFileAtomic(path.join(directory, fileName), JSON.stringify(value));
    },
  };
}
