// Backup files cross to and from main in pieces, never as one message (Electron's IPC fails on
// messages near 512 MB; see shared/ipc/backup-transfer-contract.ts). Main says how large a piece
// may be. Writing sends copies of one piece at a time; reading fills one buffer the size of the
// file, so the page holds the file once, not twice.
import type { BackupOpenInput, WriteAutomaticBackupResult } from '../../shared/ipc/backup-contract';
import type { BackupWriteFinishResult, BackupWriteTarget } from '../../shared/ipc/backup-transfer-contract';
import { invoke } from '../platform/bridge';

/** What main did with a backup sent to it; `started: false` when it took none (not due, or the save dialog was cancelled). */
export type SentBackup = BackupWriteFinishResult | { started: false; reason: 'not-due' | 'cancelled' };

/** Sends a whole backup file to main, piece by piece, for `target`. A failure leaves nothing of it behind in main. */
export async function sendBackupFile(bytes: Uint8Array, target: BackupWriteTarget): Promise<SentBackup> {
  const begun = await invoke('backup:write-begin', { target, size: bytes.length });
  if (!begun.started) return begun;
  const { writeId, chunkBytes } = begun;
  try {
    for (let index = 0, at = 0; at < bytes.length; index += 1, at += chunkBytes) {
      // A copy of just this piece: a view would carry its whole buffer (the whole file) across IPC.
      await invoke('backup:write-chunk', { writeId, index, bytes: bytes.slice(at, at + chunkBytes) });
    }
    return await invoke('backup:write-finish', { writeId });
  } catch (error) {
    // Main lets a transfer go when one of its steps fails; this covers a step that never reached it.
    await invoke('backup:write-abort', { writeId }).catch(() => {});
    throw error;
  }
}

function unexpectedReply(): Error {
  return new Error('Main answered about a different kind of backup than the one sent. Try again; if it happens again, restart Call Desk.');
}

/** Today's automatic backup; main writes it only if it is still due, then rotates. */
export async function writeAutomaticBackup(bytes: Uint8Array): Promise<WriteAutomaticBackupResult> {
  const sent = await sendBackupFile(bytes, { kind: 'automatic' });
  if ('started' in sent) return { written: false, reason: 'not-due' };
  if (sent.target !== 'automatic') throw unexpectedReply();
  return sent.result;
}

/** The safety copy made just before a restore or an import; its file name in the backups folder. */
export async function writeSafetyCopyFile(bytes: Uint8Array, reason: 'restore' | 'import'): Promise<string> {
  const sent = await sendBackupFile(bytes, { kind: 'safety-copy', reason });
  if ('started' in sent || sent.target !== 'safety-copy') throw unexpectedReply();
  return sent.name;
}

/** "Back up now": main asks where with its save dialog. */
export async function saveBackupAs(
  bytes: Uint8Array,
  suggestedName: string,
): Promise<{ saved: true; path: string; fileName: string } | { saved: false }> {
  const sent = await sendBackupFile(bytes, { kind: 'save-as', suggestedName });
  if ('started' in sent) return { saved: false };
  if (sent.target !== 'save-as') throw unexpectedReply();
  return { saved: true, path: sent.path, fileName: sent.fileName };
}

export type OpenedBackupFile =
  | { opened: true; fileName: string; bytes: Uint8Array<ArrayBuffer> }
  /** Main refused the file from its size or its first and last bytes, reading no more of it. */
  | { opened: false; fileName: string; message: string }
  /** The user cancelled the open dialog. */
  | { opened: false };

function bufferFor(size: number): Uint8Array<ArrayBuffer> {
  try {
    return new Uint8Array(size);
  } catch (error) {
    const gigabytes = (size / 1024 ** 3).toFixed(1);
    throw new Error(
      `This backup (${gigabytes} GB) is too large to open on this computer right now: there is not enough memory. Close other programs and try again.`,
      { cause: error },
    );
  }
}

/** The bytes of a backup file to restore from: one of the automatic backups, or a file the user chooses. */
export async function openBackupFile(source: BackupOpenInput): Promise<OpenedBackupFile> {
  const opened = await invoke('backup:read-open', source);
  if (!opened.opened) return opened;
  const { readId, size, chunkBytes, fileName } = opened;
  try {
    const bytes = bufferFor(size);
    for (let offset = 0; offset < size; offset += chunkBytes) {
      const length = Math.min(chunkBytes, size - offset);
      const piece = await invoke('backup:read-chunk', { readId, offset, length });
      if (piece.bytes.length !== length) throw new Error('Part of the backup file did not arrive. Open it again.');
      bytes.set(piece.bytes, offset);
    }
    return { opened: true, fileName, bytes };
  } finally {
    await invoke('backup:read-close', { readId }).catch(() => {});
  }
}
