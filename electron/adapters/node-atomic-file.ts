// Safe writes on the local file system, shared by every file main keeps. A write goes to a
// temporary file beside the target that is flushed and then renamed over it, so a crash or a
// failed write leaves the old file or the new one, never half of each.
import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import path from 'node:path';

export async function writeFileAtomic(target: string, data: Uint8Array | string): Promise<void> {
  await mkdir(path.dirname(target), { recursive: true });
  const temporary = `${target}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    const handle = await open(temporary, 'wx');
    try {
      await handle.writeFile(data);
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

/** Names come from our own code, but a separator in one would reach outside its folder. */
export function assertPlainFileName(fileName: string): void {
  if (!/^[\w.-]+$/.test(fileName) || fileName === '.' || fileName === '..') {
    throw new Error(`"${fileName}" is not a plain file name.`);
  }
}
