// Backup files cross to and from main in pieces, never as one message (Electron's IPC fails on
// messages near 512 MB; see shared/ipc/backup-transfer-contract.ts), and the page never holds a
// whole file: a backup is sent piece by piece as the worker makes it, and a restore reads the
// ranges the worker asks for. Main says how large a piece may be.
import type { RangeReader } from '../../shared/backup/zip-reader';
import type { BackupOpenInput, WriteAutomaticBackupResult } from '../../shared/ipc/backup-contract';
import type { BackupWriteFinishResult, BackupWriteTarget } from '../../shared/ipc/backup-transfer-contract';
import { invoke } from '../platform/bridge';

/** Makes the file, handing each piece (at most `pieceBytes` long) to `send` in order; says how long the file was. */
export type BackupProducer<Made extends { size: number }> = (
  pieceBytes: number,
  send: (piece: Uint8Array<ArrayBuffer>) => Promise<void>,
) => Promise<Made>;

/** What main did with a backup sent to it; `started: false` when it took none (not due, or the save dialog was cancelled). */
export type SentBackup<Made> =
  { started: true; finished: BackupWriteFinishResult; made: Made } | { started: false; reason: 'not-due' | 'cancelled' };

/** Sends a backup to main for `target` as `produce` makes it. A failure leaves nothing of it behind in main. */
export async function sendBackup<Made extends { size: number }>(
  target: BackupWriteTarget,
  produce: BackupProducer<Made>,
): Promise<SentBackup<Made>> {
  const begun = await invoke('backup:write-begin', { target });
  if (!begun.started) return begun;
  const { writeId, chunkBytes } = begun;
  try {
    let index = 0;
    const made = await produce(chunkBytes, async (piece) => {
      await invoke('backup:write-chunk', { writeId, index, bytes: piece });
      index += 1;
    });
    return { started: true, finished: await invoke('backup:write-finish', { writeId, size: made.size }), made };
  } catch (error) {
    // Main lets a transfer go when one of its steps fails; this covers a step that never reached it.
    await invoke('backup:write-abort', { writeId }).catch(() => {});
    throw error;
  }
}

/** A producer for a file already in memory (the import's safety copy, made while the preview was read). */
export function bytesProducer(bytes: Uint8Array): BackupProducer<{ size: number }> {
  return async (pieceBytes, send) => {
    // A copy of just each piece: a view would carry its whole buffer (the whole file) across IPC.
    for (let at = 0; at < bytes.length; at += pieceBytes) await send(bytes.slice(at, at + pieceBytes));
    return { size: bytes.length };
  };
}

function unexpectedReply(): Error {
  return new Error('Main answered about a different kind of backup than the one sent. Try again; if it happens again, restart Call Desk.');
}

/** Today's automatic backup; main writes it only if it is still due, then rotates. */
export async function writeAutomaticBackup(produce: BackupProducer<{ size: number }>): Promise<WriteAutomaticBackupResult> {
  const sent = await sendBackup({ kind: 'automatic' }, produce);
  if (!sent.started) return { written: false, reason: 'not-due' };
  if (sent.finished.target !== 'automatic') throw unexpectedReply();
  return sent.finished.result;
}

/** The safety copy made just before a restore or an import; its file name in the backups folder, and what made it. */
export async function writeSafetyCopyFile<Made extends { size: number }>(
  produce: BackupProducer<Made>,
  reason: 'restore' | 'import',
): Promise<{ name: string; made: Made }> {
  const sent = await sendBackup({ kind: 'safety-copy', reason }, produce);
  if (!sent.started || sent.finished.target !== 'safety-copy') throw unexpectedReply();
  return { name: sent.finished.name, made: sent.made };
}

/** "Back up now": main asks where with its save dialog. */
export async function saveBackupAs<Made extends { size: number }>(
  produce: BackupProducer<Made>,
  suggestedName: string,
): Promise<{ saved: true; path: string; fileName: string; made: Made } | { saved: false }> {
  const sent = await sendBackup({ kind: 'save-as', suggestedName }, produce);
  if (!sent.started) return { saved: false };
  if (sent.finished.target !== 'save-as') throw unexpectedReply();
  return { saved: true, path: sent.finished.path, fileName: sent.finished.fileName, made: sent.made };
}

/** A backup file open in main, read by ranges; `close` lets it go (always call it). */
export interface OpenBackupFile {
  opened: true;
  fileName: string;
  file: RangeReader;
  close(): Promise<void>;
}

export type OpenedBackupFile =
  | OpenBackupFile
  /** Main refused the file from its size or its first and last bytes, reading no more of it. */
  | { opened: false; fileName: string; message: string }
  /** The user cancelled the open dialog. */
  | { opened: false };

function bufferFor(length: number): Uint8Array<ArrayBuffer> {
  try {
    return new Uint8Array(length);
  } catch (error) {
    const megabytes = Math.ceil(length / 1024 ** 2);
    throw new Error(`Part of this backup (${megabytes} MB) is too large to read on this computer right now: there is not enough memory.`, {
      cause: error,
    });
  }
}

/** Opens a backup file to restore from: one of the automatic backups, or a file the user chooses. */
export async function openBackupFile(source: BackupOpenInput): Promise<OpenedBackupFile> {
  const opened = await invoke('backup:read-open', source);
  if (!opened.opened) return opened;
  const { readId, size, chunkBytes, fileName } = opened;
  const file: RangeReader = {
    size,
    async read(offset, length) {
      const bytes = bufferFor(length);
      for (let at = 0; at < length; at += chunkBytes) {
        const want = Math.min(chunkBytes, length - at);
        const piece = await invoke('backup:read-chunk', { readId, offset: offset + at, length: want });
        if (piece.bytes.length !== want) throw new Error('Part of the backup file did not arrive. Open it again.');
        bytes.set(piece.bytes, at);
      }
      return bytes;
    },
  };
  return {
    opened: true,
    fileName,
    file,
    async close() {
      await invoke('backup:read-close', { readId }).catch(() => {});
    },
  };
}
