// Backup files, kept by main: the automatic daily backup in the data folder (with rotation),
// the safety copy of the data written there just before a restore or an import (own rotation,
// shared/backup/safety-copies.ts), "Back up now" to a file the user chooses, and opening a file
// to restore. The renderer owns the database, so it builds and reads the backups
// (renderer/backup); main never decodes one. It does check that bytes look like a Call Desk
// backup before writing them into a .cdbackup file.
import path from 'node:path';
import {
  backupCreatedAtFromFileName,
  backupFileExtension,
  backupFileName,
  backupsToKeep,
  isBackupDue,
} from '../../../shared/backup/backup-schedule';
import { looksLikeBackupFile } from '../../../shared/backup/backup-signature';
import {
  isSafetyCopyKind,
  keptBackupFromFileName,
  safetyCopiesKept,
  safetyCopiesToRemove,
  safetyCopyFileName,
  type SafetyCopyReason,
} from '../../../shared/backup/safety-copies';
import type {
  AutomaticBackupInfo,
  BackupOpenInput,
  BackupOpenResult,
  BackupStatus,
  WriteAutomaticBackupResult,
  WriteSafetyCopyResult,
} from '../../../shared/ipc/backup-contract';
import type { Dialogs, FileFilter, FileSystem } from '../files/file-ports';
import { WriteVerificationError, type FilesService } from '../files/files-service';
import { machineOfficeClock } from '../office-clock';
import { errorMessage } from '../../../shared/common/error-message';

export interface BackupClock {
  now(): Date;
}

export interface BackupServiceDeps {
  fs: FileSystem;
  dialogs: Dialogs;
  /** Writes the backups (verified by reading back) and remembers them for "Show in folder". */
  files: FilesService;
  clock: BackupClock;
  /** Where the automatic backups live: `<data folder>/backups`. */
  folder: string;
  /** Whose calendar days "once a day" counts (the office's); defaults to the machine's zone. */
  timeZone?: () => string;
  /** Told about a rotation step that failed (the backup itself was written). */
  warn?: (message: string) => void;
}

export interface BackupService {
  status(): Promise<BackupStatus>;
  /** Writes today's automatic backup unless there is one, then applies the rotation. */
  writeAutomatic(bytes: Uint8Array): Promise<WriteAutomaticBackupResult>;
  /**
   * Writes the safety copy made just before a restore or an import (read back before it counts:
   * the renderer restores or imports only once this resolves), then keeps the newest few safety
   * copies, of either reason.
   */
  writeSafetyCopy(bytes: Uint8Array, reason?: SafetyCopyReason): Promise<WriteSafetyCopyResult>;
  /** "Back up now": a save dialog, then an atomic write that is read back before it counts. */
  saveAs(bytes: Uint8Array, suggestedName: string): Promise<{ saved: true; path: string; fileName: string } | { saved: false }>;
  /** The bytes of a backup file to restore from (checked by the renderer, which decodes it). */
  open(input: BackupOpenInput): Promise<BackupOpenResult>;
}

const backupFileType: FileFilter = { name: 'Call Desk backup', extensions: [backupFileExtension.slice(1)] };

export const notABackupMessage =
  'Call Desk was asked to save something that is not a complete Call Desk backup, so nothing was written. Try again; if it happens again, restart Call Desk.';

function assertBackupBytes(bytes: Uint8Array): void {
  if (!looksLikeBackupFile(bytes)) throw new Error(notABackupMessage);
}

/** The temporary file of a backup write that never finished (see adapters/node-atomic-file.ts). */
const leftoverWritePattern = /\.cdbackup\.\d+\.[0-9a-f]+\.tmp$/;

class SafetyCopyNamesTakenError extends Error {
  override name = 'SafetyCopyNamesTakenError';
}

export function createBackupService(deps: BackupServiceDeps): BackupService {
  const { fs, clock, folder } = deps;
  const timeZone = deps.timeZone ?? (() => machineOfficeClock().timeZone);
  const warn = deps.warn ?? (() => {});
  // One write into the folder at a time: two windows (or a retry) must not both find today's
  // backup due, and a rotation must not list the folder while another write is under way.
  let queue: Promise<unknown> = Promise.resolve();
  function queued<T>(write: () => Promise<T>): Promise<T> {
    const run = queue.then(write);
    queue = run.catch(() => {});
    return run;
  }

  // A write cut off (the app killed, the disk full) can leave its temporary file beside the
  // backups; they are removed once, before the folder is first listed.
  let leftoversRemoved: Promise<void> | null = null;
  function removeLeftovers(): Promise<void> {
    leftoversRemoved ??= fs
      .list(folder)
      .then((entries) => removeOld(entries.map((entry) => entry.name).filter((name) => leftoverWritePattern.test(name))))
      .then(
        () => undefined,
        (error: unknown) => warn(`Leftover temporary files were not looked for: ${errorMessage(error)}`),
      );
    return leftoversRemoved;
  }

  /** Daily backups and safety copies, newest first. */
  async function listKept(): Promise<AutomaticBackupInfo[]> {
    await removeLeftovers();
    const found: AutomaticBackupInfo[] = [];
    for (const { name, size } of await fs.list(folder)) {
      const kept = keptBackupFromFileName(name);
      if (kept !== null) found.push({ name, createdAt: kept.createdAt, size, kind: kept.kind });
    }
    return found.sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
  }

  const ofKind = (kept: readonly AutomaticBackupInfo[], kind: AutomaticBackupInfo['kind']) => kept.filter((file) => file.kind === kind);

  /**
   * Only daily backups count: a safety copy is not today's backup. Nor does one dated after now
   * (made while the clock was wrong): it would make a backup due at every check until that date.
   */
  function isDue(kept: readonly AutomaticBackupInfo[], now: Date): boolean {
    const latest = ofKind(kept, 'daily').find((file) => Date.parse(file.createdAt) <= now.getTime());
    return isBackupDue(latest?.createdAt ?? null, now, timeZone());
  }

  /** Removes what a rotation let go; a file that will not go is reported and left. */
  async function removeOld(names: readonly string[]): Promise<string[]> {
    const removed: string[] = [];
    for (const old of names) {
      try {
        await fs.remove(path.join(folder, old));
        removed.push(old);
      } catch (error) {
        warn(`Old backup ${old} was not removed: ${errorMessage(error)}`);
      }
    }
    return removed;
  }

  async function writeAutomaticNow(bytes: Uint8Array): Promise<WriteAutomaticBackupResult> {
    const now = clock.now();
    const kept = await listKept();
    if (!isDue(kept, now)) return { written: false, reason: 'not-due' };
    const existing = ofKind(kept, 'daily');

    const name = backupFileName(now);
    const target = path.join(folder, name);
    // Read back before it counts: a file that does not would pass for today's backup.
    await deps.files.writeFile(target, bytes, { verify: true });

    const all = [...existing.filter((file) => file.name !== name), { name, createdAt: backupCreatedAtFromFileName(name)! }];
    const removed = await removeOld(backupsToKeep(all, now, timeZone()).remove);
    return { written: true, name, removed };
  }

  async function writeSafetyCopyNow(bytes: Uint8Array, reason: SafetyCopyReason): Promise<WriteSafetyCopyResult> {
    let name: string;
    try {
      name = await freeSafetyCopyName(clock.now(), reason);
      await deps.files.writeFile(path.join(folder, name), bytes, { verify: true });
    } catch (error) {
      // The user reads this in the restore dialog: say where and what to check, then the system's words.
      if (error instanceof WriteVerificationError || error instanceof SafetyCopyNamesTakenError) throw error;
      const detail = errorMessage(error);
      throw new Error(
        `The backups folder (${folder}) could not be written to. Check that the disk has free space and that Call Desk may write to that folder. (${detail})`,
        { cause: error },
      );
    }
    try {
      // One pool for both reasons: a burst of imports must not keep more copies than restores do.
      const others = (await listKept()).filter((copy) => isSafetyCopyKind(copy.kind) && copy.name !== name);
      // The copy just written always stays (even if the clock once ran ahead and an older copy
      // looks newer); it takes one of the places.
      await removeOld(safetyCopiesToRemove(others, clock.now(), { atLeast: safetyCopiesKept - 1 }));
    } catch (error) {
      // The copy is safe; an old one left behind must not stop the restore.
      warn(`Old safety copies were not tidied up: ${errorMessage(error)}`);
    }
    return { name };
  }

  /**
   * Named after the second it is made; should that name be taken (two restores within one
   * second), the next free second, so an earlier copy is never overwritten.
   */
  async function freeSafetyCopyName(now: Date, reason: SafetyCopyReason): Promise<string> {
    for (let offset = 0; offset < 60; offset += 1) {
      const name = safetyCopyFileName(new Date(now.getTime() + offset * 1000), reason);
      if (!(await fs.exists(path.join(folder, name)))) return name;
    }
    throw new SafetyCopyNamesTakenError(`The backups folder (${folder}) already holds a safety copy for every second of this minute. Try again in a minute.`);
  }

  async function readChosen(file: string, shownName: string): Promise<BackupOpenResult> {
    try {
      return { opened: true, fileName: shownName, bytes: await fs.read(file) };
    } catch {
      throw new Error(`Call Desk could not open "${shownName}". Check that the file still exists and that you are allowed to read it.`);
    }
  }

  return {
    async status() {
      const automatic = await listKept();
      return { due: isDue(automatic, clock.now()), automatic, folder };
    },

    async writeAutomatic(bytes) {
      assertBackupBytes(bytes);
      return queued(() => writeAutomaticNow(bytes));
    },

    async writeSafetyCopy(bytes, reason = 'restore') {
      assertBackupBytes(bytes);
      return queued(() => writeSafetyCopyNow(bytes, reason));
    },

    async saveAs(bytes, suggestedName) {
      assertBackupBytes(bytes);
      const saved = await deps.files.save({
        destination: { kind: 'ask', suggestedName },
        dialogTitle: 'Back up Call Desk',
        fileType: backupFileType,
        produce: async () => ({ data: bytes }),
        verify: true,
      });
      return saved ?? { saved: false };
    },

    async open(input) {
      if (input.source === 'automatic') {
        if (keptBackupFromFileName(input.name) === null) {
          throw new Error(`"${input.name}" is not one of Call Desk's automatic backups.`);
        }
        const file = path.join(folder, input.name);
        if (!(await fs.exists(file))) {
          throw new Error(`The automatic backup "${input.name}" is no longer in the backups folder. Choose another backup.`);
        }
        return readChosen(file, input.name);
      }
      const chosen = await deps.dialogs.chooseOpenPath({
        title: 'Restore from backup',
        filters: [backupFileType, { name: 'All files', extensions: ['*'] }],
      });
      if (chosen === null) return { opened: false };
      return readChosen(chosen, path.basename(chosen));
    },
  };
}
