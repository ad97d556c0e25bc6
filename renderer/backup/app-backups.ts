// Backups wired to the app: the worker codec, main over the bridge, and one automatic-backup
// runner per open database (the app shell starts it; the Backups section reads its state).
import type { Backup, BackupSummary, DecodeBackupResult } from '../../shared/backup/backup-format';
import type { CallDeskDb } from '../data/db';
import { latestSchemaVersion } from '../data/schema-versions';
import { invoke } from '../platform/bridge';
import { AutomaticBackupRunner } from './automatic-backup';
import { createBackupCodec, type BackupCodec } from './backup-codec';
import { buildBackupFile, type BuiltBackup } from './backup-file';
import { writeAutomaticBackup } from './backup-transfer';

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

export async function makeBackupFile(db: CallDeskDb): Promise<BuiltBackup> {
  return buildBackupFile(db, backupCodec(), { appVersion: await appVersion(), now: new Date() });
}

/** `Call Desk backup 2026-11-22.cdbackup`, for "Back up now". */
export function suggestedBackupName(today: string): string {
  return `Call Desk backup ${today}.cdbackup`;
}

export type CheckedBackup = { ok: false; message: string } | { ok: true; backup: Backup; summary: BackupSummary };

/** Checks a backup file's bytes in the worker: its format, version and checksums. */
export async function checkBackupFile(bytes: Uint8Array): Promise<CheckedBackup> {
  const result: DecodeBackupResult = await backupCodec().decode(bytes, latestSchemaVersion);
  return result.ok ? { ok: true, backup: result.backup, summary: result.summary } : { ok: false, message: result.message };
}

const runners = new WeakMap<CallDeskDb, AutomaticBackupRunner>();

export function automaticBackupRunnerFor(db: CallDeskDb): AutomaticBackupRunner {
  let runner = runners.get(db);
  if (!runner) {
    runner = new AutomaticBackupRunner({
      status: () => invoke('backup:status'),
      build: async () => (await makeBackupFile(db)).bytes,
      write: (bytes) => writeAutomaticBackup(bytes),
      now: () => new Date(),
    });
    runners.set(db, runner);
  }
  return runner;
}
