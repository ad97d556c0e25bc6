// Backups of the whole database and its documents: the automatic daily one in the data folder
// (with rotation), "Back up now" to a chosen file, and reading a file back for "Restore".
// The restore itself happens in the renderer, which owns the database (renderer/backup).
import { summarizeBackup, type Backup, type BackupInput, type BackupRefusalReason, type BackupSummary } from '../../../shared/backup/backup-format';
import {
  backupCreatedAtFromFileName,
  backupFileName,
  backupsToKeep,
  isBackupDue,
  type BackupFileInfo,
} from '../../../shared/backup/backup-schedule';
import { decodeBackup } from '../../../shared/backup/decode-backup';
import { encodeBackup } from '../../../shared/backup/encode-backup';
import type { BackupClock, BackupFiles, DocumentSource, SnapshotSource } from './backup-ports';

export interface BackupServiceDeps {
  files: BackupFiles;
  clock: BackupClock;
  snapshot: SnapshotSource;
  /** Defaults to none until documents are wired in. */
  documents?: DocumentSource;
  appVersion: string;
  /** The newest database schema the app has (renderer/data/schema-versions.ts `latestSchemaVersion`). */
  maxSchemaVersion: number;
  /** Whose calendar days "once a day" counts; defaults to the machine's zone. */
  timeZone?: string;
  /** Told about a rotation step that failed (the backup itself was written). */
  warn?: (message: string) => void;
}

export interface BackupRefusal {
  ok: false;
  /** 'unreadable': the file could not be read at all (missing, no permission). */
  reason: BackupRefusalReason | 'unreadable';
  message: string;
}

export type DailyBackupResult =
  | { status: 'not-due'; lastBackupAt: string }
  | { status: 'written'; fileName: string; summary: BackupSummary; removed: string[] };

export interface AutomaticBackup extends BackupFileInfo {
  path: string;
}

export interface BackupService {
  /** Writes today's backup into the backups folder unless there is one, then applies the rotation. */
  runDailyIfDue(): Promise<DailyBackupResult>;
  /** "Back up now" to a file the user chose; resolves once the written file has been read back and verified. */
  backupTo(path: string): Promise<BackupSummary>;
  /** Checks a file and says what a restore would put in place. */
  inspect(path: string): Promise<{ ok: true; summary: BackupSummary } | BackupRefusal>;
  /** The verified content for a restore. */
  readForRestore(path: string): Promise<{ ok: true; backup: Backup; summary: BackupSummary } | BackupRefusal>;
  /** The automatic backups, newest first. */
  listAutomatic(): Promise<AutomaticBackup[]>;
}

/** The file was written but does not read back as the backup just made. */
export class BackupVerificationError extends Error {
  override name = 'BackupVerificationError';
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return false;
  return true;
}

const unreadable: BackupRefusal = {
  ok: false,
  reason: 'unreadable',
  message: 'Call Desk could not open this file. Check that it still exists and that you are allowed to read it.',
};

export function createBackupService(deps: BackupServiceDeps): BackupService {
  const { files, clock } = deps;
  const timeZone = deps.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  const warn = deps.warn ?? (() => {});
  let dailyRun: Promise<DailyBackupResult> | null = null;

  async function listAutomatic(): Promise<AutomaticBackup[]> {
    const found: AutomaticBackup[] = [];
    for (const name of await files.list()) {
      const createdAt = backupCreatedAtFromFileName(name);
      if (createdAt !== null) found.push({ name, createdAt, path: files.pathOf(name) });
    }
    return found.sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
  }

  async function read(path: string) {
    let bytes: Uint8Array;
    try {
      bytes = await files.read(path);
    } catch {
      return unreadable;
    }
    return decodeBackup(bytes, { maxSchemaVersion: deps.maxSchemaVersion });
  }

  /**
   * Encodes the current data, writes it atomically, and reads the file back: a backup is only
   * reported once the bytes on disk are the bytes encoded. (Comparing bytes rather than decoding
   * again matters at scale: 100k invoices take seconds to decode on the main process.)
   */
  async function writeVerified(path: string, createdAt: Date): Promise<BackupSummary> {
    const snapshot = await deps.snapshot();
    const input: BackupInput = {
      schemaVersion: snapshot.schemaVersion,
      tables: snapshot.tables,
      createdAt: createdAt.toISOString(),
      app: { version: deps.appVersion },
      documents: deps.documents ? await deps.documents() : [],
    };
    const bytes = await encodeBackup(input);
    await files.writeAtomic(path, bytes);
    let written: Uint8Array | null = null;
    try {
      written = await files.read(path);
    } catch {
      // Reported below as not reading back.
    }
    if (!written || !sameBytes(written, bytes)) {
      throw new BackupVerificationError(`The backup written to ${path} did not read back correctly.`);
    }
    return summarizeBackup(input);
  }

  async function runDaily(): Promise<DailyBackupResult> {
    const now = clock.now();
    const existing = await listAutomatic();
    const last = existing[0];
    if (last && !isBackupDue(last.createdAt, now, timeZone)) return { status: 'not-due', lastBackupAt: last.createdAt };

    const fileName = backupFileName(now);
    const path = files.pathOf(fileName);
    let summary: BackupSummary;
    try {
      summary = await writeVerified(path, now);
    } catch (error) {
      // A file that does not read back is worse than none: it would pass for today's backup.
      if (error instanceof BackupVerificationError) await files.remove(fileName).catch(() => {});
      throw error;
    }

    const all = [...existing.filter((f) => f.name !== fileName), { name: fileName, createdAt: backupCreatedAtFromFileName(fileName)! }];
    const removed: string[] = [];
    for (const name of backupsToKeep(all, now, timeZone).remove) {
      try {
        await files.remove(name);
        removed.push(name);
      } catch (error) {
        warn(`Old backup ${name} was not removed: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    return { status: 'written', fileName, summary, removed };
  }

  return {
    listAutomatic,

    runDailyIfDue() {
      // Start-up and the daily timer may ask at the same moment; they share one run.
      dailyRun ??= runDaily().finally(() => {
        dailyRun = null;
      });
      return dailyRun;
    },

    backupTo(path) {
      return writeVerified(path, clock.now());
    },

    async inspect(path) {
      const result = await read(path);
      return result.ok ? { ok: true, summary: result.summary } : result;
    },

    readForRestore: read,
  };
}
