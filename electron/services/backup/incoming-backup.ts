// A backup file arriving from the renderer in pieces, written to a temporary file as it comes.
// The renderer sends the pieces as it makes them, so the size is known only at the end: the
// pieces must come in order, stay under the largest backup, and add up to the size the renderer
// announces when it finishes. Main never decodes
// a backup, but it does check that what arrived is a whole Call Desk backup (our first entry at
// the start, the zip's closing record at the end) before the file may take a backup's name, and
// reads the file back, comparing a SHA-256 of what came with one of what is on the disk.
import { createHash, type Hash } from 'node:crypto';
import { backupTailLength, hasEndOfCentralDirectory, identifyBackupBytes } from '../../../shared/backup/backup-signature';
import { maxBackupBytes } from '../../../shared/ipc/backup-transfer-contract';
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
   * Checks that the whole file (`size` bytes, as the sender counted them) arrived and is a backup,
   * flushes it to the disk, closes it and reads it back. Afterwards the temporary file is
   * complete and may be renamed into place.
   */
  complete(size: number): Promise<void>;
  /** Closes and removes the temporary file (a write that will not finish). */
  discard(): Promise<void>;
}

export class IncomingBackupError extends Error {
  override name = 'IncomingBackupError';
}

/** The last `backupTailLength` bytes seen so far, where a whole zip keeps its closing record. */
class RollingTail {
  private bytes = new Uint8Array(0);

  add(piece: Uint8Array): void {
    if (piece.length >= backupTailLength) {
      this.bytes = piece.slice(piece.length - backupTailLength);
      return;
    }
    const keep = Math.min(this.bytes.length, backupTailLength - piece.length);
    const next = new Uint8Array(keep + piece.length);
    next.set(this.bytes.subarray(this.bytes.length - keep));
    next.set(piece, keep);
    this.bytes = next;
  }

  get value(): Uint8Array {
    return this.bytes;
  }
}

export async function startIncomingBackup(
  fs: FileSystem,
  temporaryPath: string,
  readBackChunkBytes: number,
  maxBytes = maxBackupBytes,
): Promise<IncomingBackup> {
  const writer: FileWriter = await fs.createNew(temporaryPath);
  const hash: Hash = createHash('sha256');
  const head = new Uint8Array(longestHead);
  const tail = new RollingTail();
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

  async function readBack(size: number): Promise<void> {
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
      if (received + bytes.length > maxBytes) {
        throw new IncomingBackupError('The backup grew larger than a backup file can be (4 GB), so it was not kept.');
      }
      keep(head, 0, bytes, received);
      tail.add(bytes);
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

    async complete(size) {
      if (received < size) {
        throw new IncomingBackupError(`Only part of the backup came (${received} of ${size} bytes), so it was not kept. Try again.`);
      }
      if (received > size) {
        throw new IncomingBackupError(
          `More of the backup came than was sent (${received} bytes, not ${size}), so it was not kept. Try again.`,
        );
      }
      if (identity !== 'ours' || !hasEndOfCentralDirectory(tail.value)) throw new IncomingBackupError(notABackupMessage);
      await writer.sync();
      await writer.close();
      expected = hash.digest('hex');
      // A file that does not read back would pass for a good backup; better none at all.
      await readBack(size);
    },

    async discard() {
      await writer.close().catch(() => {});
      await fs.remove(temporaryPath);
    },
  };
}
