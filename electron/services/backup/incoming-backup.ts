// A backup file arriving from the renderer in pieces, written to a temporary file as it comes.
// The pieces must come in order and add up to the size announced at the start. Main never decodes
// a backup, but it does check that what arrived is a whole Call Desk backup (our first entry at
// the start, the zip's closing record at the end) before the file may take a backup's name, and
// reads the file back, comparing a SHA-256 of what came with one of what is on the disk.
import { createHash, type Hash } from 'node:crypto';
import { backupTailLength, hasEndOfCentralDirectory, identifyBackupBytes } from '../../../shared/backup/backup-signature';
import type { FileSystem, FileWriter } from '../files/file-ports';
import { doesNotReadBackMessage, WriteVerificationError } from '../files/files-service';

export const notABackupMessage =
  'Call Desk was asked to save something that is not a complete Call Desk backup, so nothing was written. Try again; if it happens again, restart Call Desk.';

/** Enough leading bytes for identifyBackupBytes to decide, whatever a first entry's name and extra field hold. */
const longestHead = 30 + 0xffff + 0xffff + 64;

export interface IncomingBackup {
  /** The temporary file the pieces go into. */
  readonly temporaryPath: string;
  /** Appends piece number `index` (counted from 0); the bytes received so far. */
  append(index: number, bytes: Uint8Array): Promise<number>;
  /**
   * Checks that the whole file arrived and is a backup, flushes it to the disk, closes it and
   * reads it back. Afterwards the temporary file is complete and may be renamed into place.
   */
  complete(): Promise<void>;
  /** Closes and removes the temporary file (a write that will not finish). */
  discard(): Promise<void>;
}

export class IncomingBackupError extends Error {
  override name = 'IncomingBackupError';
}

export async function startIncomingBackup(
  fs: FileSystem,
  temporaryPath: string,
  size: number,
  readBackChunkBytes: number,
): Promise<IncomingBackup> {
  const writer: FileWriter = await fs.createNew(temporaryPath);
  const hash: Hash = createHash('sha256');
  const head = new Uint8Array(Math.min(size, longestHead));
  const tailStart = Math.max(0, size - backupTailLength);
  const tail = new Uint8Array(size - tailStart);
  let identity: ReturnType<typeof identifyBackupBytes> = 'too-short';
  let received = 0;
  let nextIndex = 0;
  /** The SHA-256 of everything that came, once it all has. */
  let expected = '';

  /** Keeps the bytes of a piece that fall in [start, start + into.length). */
  function keep(into: Uint8Array, start: number, bytes: Uint8Array, at: number): void {
    const from = Math.max(at, start);
    const to = Math.min(at + bytes.length, start + into.length);
    if (from < to) into.set(bytes.subarray(from - at, to - at), from - start);
  }

  async function readBack(): Promise<void> {
    const reader = await fs.openToRead(temporaryPath);
    try {
      const again = createHash('sha256');
      let total = 0;
      for (let offset = 0; offset < reader.size; offset += readBackChunkBytes) {
        const piece = await reader.read(offset, Math.min(readBackChunkBytes, reader.size - offset));
        again.update(piece);
        total += piece.length;
      }
      if (total !== size || again.digest('hex') !== expected) throw new WriteVerificationError(doesNotReadBackMessage(temporaryPath));
    } finally {
      await reader.close();
    }
  }

  return {
    temporaryPath,

    async append(index, bytes) {
      if (index !== nextIndex) {
        throw new IncomingBackupError(
          `Part of the backup came out of order (piece ${index + 1} instead of ${nextIndex + 1}), so it was not kept. Try again.`,
        );
      }
      if (received + bytes.length > size) {
        throw new IncomingBackupError('More of the backup came than was announced, so it was not kept. Try again.');
      }
      keep(head, 0, bytes, received);
      keep(tail, tailStart, bytes, received);
      if (identity === 'too-short') {
        identity = identifyBackupBytes(head.subarray(0, Math.min(head.length, received + bytes.length)));
        // Refused at once: nothing more of a file that is not a backup is written.
        if (identity === 'foreign') throw new IncomingBackupError(notABackupMessage);
      }
      await writer.write(bytes);
      hash.update(bytes);
      received += bytes.length;
      nextIndex += 1;
      return received;
    },

    async complete() {
      if (received !== size) {
        throw new IncomingBackupError(`Only part of the backup came (${received} of ${size} bytes), so it was not kept. Try again.`);
      }
      if (identity !== 'ours' || !hasEndOfCentralDirectory(tail)) throw new IncomingBackupError(notABackupMessage);
      await writer.sync();
      await writer.close();
      expected = hash.digest('hex');
      // A file that does not read back would pass for a good backup; better none at all.
      await readBack();
    },

    async discard() {
      await writer.close().catch(() => {});
      await fs.remove(temporaryPath);
    },
  };
}
