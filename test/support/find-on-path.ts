// Where a command-line tool is on this machine's PATH, or null: optional tools (poppler's
// pdftoppm, to look at PDF pages) are used when present, never required.
import { existsSync } from 'node:fs';
import path from 'node:path';

export function findOnPath(
  name: string,
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string | null {
  const folders = (env.PATH ?? env.Path ?? '').split(path.delimiter).filter(Boolean);
  const suffixes = platform === 'win32' ? ['.exe', '.cmd', ''] : [''];
  for (const folder of folders) {
    for (const suffix of suffixes) {
      const candidate = path.join(folder, name + suffix);
      if (existsSync(candidate)) return candidate;
    }
  }
  return null;
}
