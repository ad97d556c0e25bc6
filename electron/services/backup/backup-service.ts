// Backup files, kept by main: the automatic daily backup and the safety copies in the data
// folder (backup-folder.ts), "Back up now" to a file the user chooses, and opening a file to
// restore. The renderer owns the database, so it builds and reads the backups (renderer/backup);
// main never decodes one. The files cross IPC in pieces (shared/ipc/backup-transfer-contract.ts):
// a write goes into a temporary file that takes its name only once it is whole, checked and read
// back; a read starts only after the file's size and first and last bytes were checked.
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { backupFileExtension } from '../../../shared/backup/backup-schedule';
import type { BackupOpenInput, BackupStatus } from '../../../shared/ipc/backup-contract';
import {
  maxBackupChunkBytes,
  type BackupReadOpenResult,
  type BackupWriteBeginResult,
  type BackupWriteFinishResult,
  type BackupWriteTarget,
} from '../../../shared/ipc/backup-transfer-contract';
import { machineOfficeClock } from '../office-clock';
import type { Dialogs, FileFilter, FileReader, FileSystem } from '../files/file-ports';
import { WriteVerificationError, type FilePlace, type FilesService } from '../files/files-service';
import { openCheckedBackupFile } from './backup-file-check';
import { createBackupFolder } from './backup-folder';
import { IncomingBackupError, startIncomingBackup, type IncomingBackup } from './incoming-backup';
import { createTransferRegistry, type TransferClock } from './transfer-registry';
import { errorMessage } from '../../../shared/common/error-message';

export { notABackupMessage } from './incoming-backup';

export interface BackupServiceDeps {
  fs: FileSystem;
  dialogs: Dialogs;
  /** Settles where "Back up now" saves, and remembers every backup for "Show in folder". */
  files: FilesService;
  clock: TransferClock;
  /** Where the automatic backups live: `<data folder>/backups`. */
  folder: string;
  /** Whose calendar days "once a day" counts (the office's); defaults to the machine's zone. */
  timeZone?: () => string;
  /** Told about a tidying step that failed (the backup itself was written). */
  warn?: (message: string) => void;
  /** The largest piece of a file one message carries (tests use small ones); at most maxBackupChunkBytes. */
  chunkBytes?: number;
}

/** The window a request came from (IpcCaller.id): a transfer belongs to the window that opened it. */
export type CallerId = string;

export interface BackupService {
  status(): Promise<BackupStatus>;
  /** Opens a write: the automatic backup (if still due), a safety copy, or "Back up now" (asks where). */
  beginWrite(input: { target: BackupWriteTarget }, caller: CallerId): Promise<BackupWriteBeginResult>;
  /** Appends the next piece; the bytes received so far. */
  writeChunk(input: { writeId: string; index: number; bytes: Uint8Array }, caller: CallerId): Promise<{ received: number }>;
  /**
   * Checks that the `size` bytes the renderer sent all arrived, flushes and reads back the whole
   * file, then gives it its name (and rotates, for the backups folder).
   */
  finishWrite(input: { writeId: string; size: number }, caller: CallerId): Promise<BackupWriteFinishResult>;
  /** Lets a write go, removing its temporary file. */
  abortWrite(input: { writeId: string }, caller: CallerId): Promise<{ aborted: boolean }>;
  /** Opens a backup file to restore from, after checking its size and first and last bytes. */
  openRead(input: BackupOpenInput, caller: CallerId): Promise<BackupReadOpenResult>;
  readChunk(input: { readId: string; offset: number; length: number }, caller: CallerId): Promise<{ bytes: Uint8Array<ArrayBuffer> }>;
  closeRead(input: { readId: string }, caller: CallerId): Promise<{ closed: boolean }>;
  /** The window reloaded or closed: its unfinished transfers go, and their temporary files with them. */
  releaseCaller(caller: CallerId): Promise<void>;
  /** Transfers open now (tests). */
  openTransfers(): number;
}

const backupFileType: FileFilter = { name: 'Call Desk backup', extensions: [backupFileExtension.slice(1)] };

/** A transfer with no request for this long is let go (no step waits on the user). */
export const transferIdleMs = 2 * 60 * 1000;

type WriteTransfer = {
  kind: 'write';
  target: BackupWriteTarget;
  incoming: IncomingBackup;
  place: FilePlace | null;
  discard(): Promise<void>;
};
type ReadTransfer = { kind: 'read'; reader: FileReader; discard(): Promise<void> };

export function createBackupService(deps: BackupServiceDeps): BackupService {
  const { fs, files } = deps;
  const warn = deps.warn ?? (() => {});
  const chunkBytes = Math.min(deps.chunkBytes ?? maxBackupChunkBytes, maxBackupChunkBytes);
  const folder = createBackupFolder({
    fs,
    folder: deps.folder,
    now: () => deps.clock.now(),
    timeZone: deps.timeZone ?? (() => machineOfficeClock().timeZone),
    warn,
    remember: (file) => files.remember(file),
  });
  const transfers = createTransferRegistry<WriteTransfer | ReadTransfer>({
    clock: deps.clock,
    idleMs: transferIdleMs,
    maxPerCaller: 4,
    maxOpen: 16,
    warn,
  });

  /** The sentence for a write that failed where it was going, with the system's words. */
  function cannotWrite(target: BackupWriteTarget, place: FilePlace | null, error: unknown): Error {
    if (error instanceof IncomingBackupError || error instanceof WriteVerificationError) return error;
    if (target.kind !== 'save-as') return folder.cannotWrite(error);
    const where = place?.folder ?? 'the folder you chose';
    return new Error(
      `The backup could not be saved in ${where}. Check that the disk has free space and that you may save files there, or choose another place. (${errorMessage(error)})`,
      {
        cause: error,
      },
    );
  }

  /** Where the pieces go until the file is whole: beside where it will be, so the rename that names it never crosses disks. */
  async function temporaryFor(
    target: BackupWriteTarget,
  ): Promise<{ temporary: string; place: FilePlace | null } | 'not-due' | 'cancelled'> {
    if (target.kind === 'automatic' && !(await folder.isDue())) return 'not-due';
    if (target.kind !== 'save-as') return { temporary: await folder.temporaryPath(), place: null };
    const place = await files.place({
      destination: { kind: 'ask', suggestedName: target.suggestedName },
      dialogTitle: 'Back up Call Desk',
      fileType: backupFileType,
    });
    if (place === null) return 'cancelled';
    const name = path.basename(await place.finalPath());
    return { temporary: path.join(place.folder, `${name}.${process.pid}.${randomBytes(8).toString('hex')}.tmp`), place };
  }

  async function finish(transfer: WriteTransfer, size: number): Promise<BackupWriteFinishResult> {
    const { target, incoming, place } = transfer;
    const temporary = incoming.temporaryPath;
    try {
      await incoming.complete(size);
      if (target.kind === 'automatic') return { target: 'automatic', result: await folder.placeAutomatic(temporary) };
      if (target.kind === 'safety-copy') return { target: 'safety-copy', name: await folder.placeSafetyCopy(temporary, target.reason) };
      const finalPath = await place!.finalPath();
      await fs.rename(temporary, finalPath);
      files.remember(finalPath);
      return { target: 'save-as', saved: true, path: finalPath, fileName: path.basename(finalPath) };
    } catch (error) {
      throw cannotWrite(target, place, error);
    }
  }

  function asWrite(transfer: WriteTransfer | ReadTransfer): WriteTransfer {
    if (transfer.kind !== 'write') throw new Error('This is not a backup being saved.');
    return transfer;
  }

  function asRead(transfer: WriteTransfer | ReadTransfer): ReadTransfer {
    if (transfer.kind !== 'read') throw new Error('This is not a backup being opened.');
    return transfer;
  }

  return {
    status: () => folder.status(),

    async beginWrite({ target }, caller) {
      const way = await temporaryFor(target);
      if (way === 'not-due' || way === 'cancelled') return { started: false, reason: way };
      const { temporary, place } = way;
      let incoming: IncomingBackup;
      try {
        incoming = await startIncomingBackup(fs, temporary, chunkBytes);
      } catch (error) {
        throw cannotWrite(target, place, error);
      }
      let writeId: string;
      try {
        writeId = transfers.open(caller, { kind: 'write', target, incoming, place, discard: () => incoming.discard() });
      } catch (error) {
        await incoming.discard();
        throw error;
      }
      return { started: true, writeId, chunkBytes };
    },

    writeChunk({ writeId, index, bytes }, caller) {
      return transfers.step(writeId, caller, async (transfer) => {
        const write = asWrite(transfer);
        if (bytes.length > chunkBytes)
          throw new IncomingBackupError(`A piece of the backup was larger than ${chunkBytes} bytes, so it was not kept. Try again.`);
        try {
          return { received: await write.incoming.append(index, bytes) };
        } catch (error) {
          throw cannotWrite(write.target, write.place, error);
        }
      });
    },

    finishWrite({ writeId, size }, caller) {
      return transfers.last(writeId, caller, async (transfer) => finish(asWrite(transfer), size));
    },

    async abortWrite({ writeId }, caller) {
      return { aborted: await transfers.drop(writeId, caller) };
    },

    async openRead(input, caller) {
      let file: string;
      let shownName: string;
      if (input.source === 'automatic') {
        file = await folder.pathOf(input.name);
        shownName = input.name;
      } else {
        const chosen = await deps.dialogs.chooseOpenPath({
          title: 'Restore from backup',
          filters: [backupFileType, { name: 'All files', extensions: ['*'] }],
        });
        if (chosen === null) return { opened: false };
        file = chosen;
        shownName = path.basename(chosen);
      }
      const checked = await openCheckedBackupFile(fs, file, shownName);
      if (!checked.ok) return { opened: false, fileName: shownName, message: checked.message };
      const { reader } = checked;
      let readId: string;
      try {
        readId = transfers.open(caller, { kind: 'read', reader, discard: () => reader.close() });
      } catch (error) {
        await reader.close();
        throw error;
      }
      return { opened: true, readId, fileName: shownName, size: reader.size, chunkBytes };
    },

    readChunk({ readId, offset, length }, caller) {
      return transfers.step(readId, caller, async (transfer) => {
        const { reader } = asRead(transfer);
        if (length > chunkBytes) throw new Error(`Call Desk reads a backup in pieces of at most ${chunkBytes} bytes.`);
        if (offset + length > reader.size) throw new Error('Call Desk was asked for more of the backup file than it holds.');
        const bytes = await reader.read(offset, length);
        if (bytes.length !== length) throw new Error('The backup file changed while Call Desk was reading it. Open it again.');
        return { bytes };
      });
    },

    async closeRead({ readId }, caller) {
      const open = await transfers.drop(readId, caller);
      return { closed: open };
    },

    releaseCaller: (caller) => transfers.dropCaller(caller),

    openTransfers: () => transfers.size(),
  };
}
