// Backups wired to the app: the worker codec, main over the bridge, and one automatic-backup
// runner per open database (the app shell starts it; the Backups section reads its state).
import type { BackupSummary } from '../../shared/backup/backup-format';
import type { DecodedBackupParts } from '../../shared/backup/decode-backup';
import type { RangeReader } from '../../shared/backup/zip-reader';
import type { CallDeskDb } from '../data/db';
import { latestSchemaVersion } from '../data/schema-versions';
import { invoke } from '../platform/bridge';
import { AutomaticBackupRunner } from './automatic-backup';
import { createBackupCodec, type BackupCodec } from './backup-codec';
import { databaseBackupProducer } from './backup-file';
import type { BackupProducer } from './backup-transfer';
import { writeAutomaticBackup } from './backup-transfer';
import type { StreamedDatabase } from './encode-database';

let codec: BackupCodec | null = null;
const backupCodec = () => (codec ??= createBackupCodec());

let version: Promise<string> | null = null;
/** The app's version, written into every backup (asked of main once). */
export function appVersion(): Promise<string> {
  version ??= invoke('app:get-info').then(
    (info) => info.version,
    (error: unknown) => {
      version = null; // asked again next time
      throw error;
    },
  );
  return version;
}

/** A backup of the database as it is when main starts taking it, made as main takes it. */
export function backupOfDatabase(db: CallDeskDb): BackupProducer<StreamedDatabase> {
  return databaseBackupProducer(db, backupCodec(), { appVersion, now: () => new Date() });
}

/** `Call Desk backup 2026-11-22.cdbackup`, for "Back up now". */
export function suggestedBackupName(today: string): string {
  return `Call Desk backup ${today}.cdbackup`;
}

export type CheckedBackup =
  | { ok: false; message: string }
  /** Its documents are in the restoreStaging table (`staged`), waiting for the restore. */
  | { ok: true; backup: DecodedBackupParts & { staged: true }; summary: BackupSummary };

/** Checks a backup file in the worker (format, version, checksums), staging its documents for a restore. */
export async function checkBackupFile(db: CallDeskDb, file: RangeReader): Promise<CheckedBackup> {
  if (!db.isOpen()) await db.open();
  const { result } = await backupCodec().checkAndStage(db.name, file, latestSchemaVersion);
  return result.ok
    ? { ok: true, backup: { ...result.backup, staged: true }, summary: result.summary }
    : { ok: false, message: result.message };
}

/** Lets go of the documents a check staged for a restore that will not happen. */
export async function dropStagedRestore(db: CallDeskDb): Promise<void> {
  if (!db.isOpen()) await db.open();
  await db.restoreStaging.clear();
}

const runners = new WeakMap<CallDeskDb, AutomaticBackupRunner>();

export function automaticBackupRunnerFor(db: CallDeskDb): AutomaticBackupRunner {
  let runner = runners.get(db);
  if (!runner) {
    runner = new AutomaticBackupRunner({
      status: () => invoke('backup:status'),
      write: () => writeAutomaticBackup(backupOfDatabase(db)),
      now: () => new Date(),
    });
    runners.set(db, runner);
  }
  return runner;
}
