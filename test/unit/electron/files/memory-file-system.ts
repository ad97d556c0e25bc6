// An in-memory FileSystem for the main services' tests: paths to bytes, with folders implied by
// the paths. A write can be made to fail (full disk) or to store damaged bytes (faulty disk).
import path from 'node:path';
import type { FileSystem } from '../../../../electron/services/files/file-ports';

export interface MemoryFileSystem extends FileSystem {
  readonly stored: Map<string, Uint8Array<ArrayBuffer>>;
  /** Every write's target, in order (successful or not). */
  readonly writes: string[];
  /** The next write throws, as a full disk would, and stores nothing (the adapter's temp+rename). */
  failNextWrite(): void;
  /** The next write stores only the first half of the bytes. */
  damageNextWrite(): void;
  /** Reads of this path throw, as for a file with no read permission. */
  denyReading(file: string): void;
  /** The file's text (UTF-8), for assertions. */
  text(file: string): string;
  /** File names in a folder, sorted. */
  names(folder: string): string[];
}

export function createMemoryFileSystem(initial: Record<string, Uint8Array | string> = {}): MemoryFileSystem {
  const encode = (data: Uint8Array | string) => (typeof data === 'string' ? new TextEncoder().encode(data) : new Uint8Array(data));
  const stored = new Map<string, Uint8Array<ArrayBuffer>>(Object.entries(initial).map(([file, data]) => [file, encode(data)]));
  const writes: string[] = [];
  const unreadable = new Set<string>();
  let nextWrite: 'ok' | 'fail' | 'damage' = 'ok';
  const names = (folder: string) =>
    [...stored.keys()].filter((file) => path.dirname(file) === folder).map((file) => path.basename(file)).sort();

  return {
    stored,
    writes,
    names,
    failNextWrite: () => {
      nextWrite = 'fail';
    },
    damageNextWrite: () => {
      nextWrite = 'damage';
    },
    denyReading: (file) => void unreadable.add(file),
    text: (file) => {
      const bytes = stored.get(file);
      if (!bytes) throw new Error(`No file at ${file}`);
      return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    },
    async writeAtomic(file, data) {
      writes.push(file);
      const mode = nextWrite;
      nextWrite = 'ok';
      if (mode === 'fail') throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      const bytes = encode(data);
      stored.set(file, mode === 'damage' ? bytes.slice(0, bytes.length >> 1) : bytes);
    },
    async read(file) {
      const bytes = stored.get(file);
      if (!bytes || unreadable.has(file)) throw Object.assign(new Error(`ENOENT: ${file}`), { code: 'ENOENT' });
      return bytes.slice();
    },
    async size(file) {
      const bytes = stored.get(file);
      if (!bytes || unreadable.has(file)) throw Object.assign(new Error(`ENOENT: ${file}`), { code: 'ENOENT' });
      return bytes.length;
    },
    async exists(file) {
      return stored.has(file) || [...stored.keys()].some((other) => other.startsWith(`${file}/`));
    },
    async list(folder) {
      return names(folder).map((name) => ({ name, size: stored.get(path.join(folder, name))!.length }));
    },
    async remove(file) {
      stored.delete(file);
    },
  };
}
