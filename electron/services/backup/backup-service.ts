// Backup files, kept by main: the automatic daily backup in the data folder (with rotation),
// "Back up now" to a file the user chooses, and opening a file to restore. The renderer owns
// the database, so it builds and reads the backups (renderer/backup); main never decodes one.
// It does check that bytes look like a Call Desk backup before writing them into a .cdbackup file.
import path from 'node:path';
import {
  backupCreatedAtFromFileName,
  backupFileExtension,
  backupFileName,
  backupsToKeep,
  isBackupDue,
} from '../../../shared/backup/backup-schedule';
import { looksLikeBackupFile } from '../../../shared/backup/backup-signature';
import type { AutomaticBackupInfo, BackupOpenInput, BackupOpenResult, BackupStatus, WriteAutomaticBackupResult } from '../../../shared/ipc/backup-contract';
import type { Dialogs, FileFilter, FileSystem } from '../files/file-ports';
import type { FilesService } from '../files/files-service';

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
  /** Whose calendar days "once a day" counts; defaults to the machine's zone. */
  timeZone?: string;
  /** Told about a rotation step that failed (the backup itself was written). */
  warn?: (message: string) => void;
}

export interface BackupService {
  status(): Promise<BackupStatus>;
  /** Writes today's automatic backup unless there is one, then applies the rotation. */
  writeAutomatic(bytes: Uint8Array): Promise<WriteAutomaticBackupResult>;
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

export function createBackupService(deps: BackupServiceDeps): BackupService {
  const { fs, clock, folder } = deps;
  const timeZone = deps.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  const warn = deps.warn ?? (() => {});
  // One automatic write at a time: two windows (or a retry) must not both find today's backup due.
  let queue: Promise<unknown> = Promise.resolve();

  async function listAutomatic(): Promise<AutomaticBackupInfo[]> {
    const found: AutomaticBackupInfo[] = [];
    for (const { name, size } of await fs.list(folder)) {
      const createdAt = backupCreatedAtFromFileName(name);
      if (createdAt !== null) found.push({ name, createdAt, size });
    }
    return found.sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
  }

  function isDue(automatic: readonly AutomaticBackupInfo[], now: Date): boolean {
    return isBackupDue(automatic[0]?.createdAt ?? null, now, timeZone);
  }

  async function writeAutomaticNow(bytes: Uint8Array): Promise<WriteAutomaticBackupResult> {
    const now = clock.now();
    const existing = await listAutomatic();
    if (!isDue(existing, now)) return { written: false, reason: 'not-due' };

    const name = backupFileName(now);
    const target = path.join(folder, name);
    // Read back before it counts: a file that does not would pass for today's backup.
    await deps.files.writeFile(target, bytes, { verify: true });

    const all = [...existing.filter((file) => file.name !== name), { name, createdAt: backupCreatedAtFromFileName(name)! }];
    const removed: string[] = [];
    for (const old of backupsToKeep(all, now, timeZone).remove) {
      try {
        await fs.remove(path.join(folder, old));
        removed.push(old);
      } catch (error) {
        warn(`Old backup ${old} was not removed: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    return { written: true, name, removed };
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
      const automatic = await listAutomatic();
      return { due: isDue(automatic, clock.now()), automatic, folder };
    },

    async writeAutomatic(bytes) {
      assertBackupBytes(bytes);
      const run = queue.then(() => writeAutomaticNow(bytes));
      queue = run.catch(() => {});
      return run;
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
        if (backupCreatedAtFromFileName(input.name) === null) {
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
