// An in-memory FileSystem for the main services' tests: paths to bytes, with folders implied by
// the paths. A write can be made to fail (full disk) or to store damaged bytes (faulty disk);
// files written or read in pieces are counted while open, so a test can see none is left open.
import path from 'node:path';
import type { FileSystem } from '../../../../electron/services/files/file-ports';

export interface MemoryFileSystem extends FileSystem {
  readonly stored: Map<string, Uint8Array<ArrayBuffer>>;
  /** Every write's target, in order (successful or not). */
  readonly writes: string[];
  /**
   * The next write throws, as a full disk would: a whole-file write stores nothing (the adapter's
   * temp+rename); a piece written to a file being written in pieces is not added.
   */
  failNextWrite(): void;
  /** The next write (whole file or piece) stores only the first half of its bytes. */
  damageNextWrite(): void;
  /** Files opened in pieces (createNew, openToRead) and not closed yet. */
  openFiles(): number;
  /** Every rename, in order. */
  readonly renames: { from: string; to: string }[];
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
  const renames: { from: string; to: string }[] = [];
  let open = 0;
  let nextWrite: 'ok' | 'fail' | 'damage' = 'ok';
  const takeWriteMode = () => {
    const mode = nextWrite;
    nextWrite = 'ok';
    return mode;
  };
  const noFile = (file: string) => Object.assign(new Error(`ENOENT: ${file}`), { code: 'ENOENT' });
  const closer = () => {
    let closed = false;
    return async () => {
      if (!closed) open -= 1;
      closed = true;
    };
  };
  const names = (folder: string) =>
    [...stored.keys()]
      .filter((file) => path.dirname(file) === folder)
      .map((file) => path.basename(file))
      .sort();

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
    renames,
    openFiles: () => open,
    async writeAtomic(file, data) {
      writes.push(file);
      const mode = takeWriteMode();
      if (mode === 'fail') throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      const bytes = encode(data);
      stored.set(file, mode === 'damage' ? bytes.slice(0, bytes.length >> 1) : bytes);
    },
    async read(file) {
      const bytes = stored.get(file);
      if (!bytes || unreadable.has(file)) throw noFile(file);
      return bytes.slice();
    },
    async size(file) {
      const bytes = stored.get(file);
      if (!bytes || unreadable.has(file)) throw noFile(file);
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
    async createNew(file) {
      writes.push(file);
      if (stored.has(file)) throw Object.assign(new Error(`EEXIST: ${file}`), { code: 'EEXIST' });
      // A file where a folder on the way should be: nothing can be created under it.
      if ([...stored.keys()].some((other) => file.startsWith(`${other}/`)))
        throw Object.assign(new Error(`ENOTDIR: ${file}`), { code: 'ENOTDIR' });
      stored.set(file, new Uint8Array());
      open += 1;
      const close = closer();
      return {
        async write(bytes) {
          const mode = takeWriteMode();
          if (mode === 'fail') throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
          const piece = mode === 'damage' ? bytes.subarray(0, bytes.length >> 1) : bytes;
          const before = stored.get(file) ?? new Uint8Array();
          const after = new Uint8Array(before.length + piece.length);
          after.set(before);
          after.set(piece, before.length);
          stored.set(file, after);
        },
        async sync() {},
        close,
      };
    },
    async openToRead(file) {
      const bytes = stored.get(file);
      if (!bytes || unreadable.has(file)) throw noFile(file);
      open += 1;
      // The file as it was when opened, as an open handle keeps it.
      const held = bytes.slice();
      return {
        size: held.length,
        read: async (offset, length) => held.slice(offset, offset + length),
        close: closer(),
      };
    },
    async rename(from, to) {
      const bytes = stored.get(from);
      if (!bytes) throw noFile(from);
      renames.push({ from, to });
      stored.delete(from);
      stored.set(to, bytes);
    },
  };
}
