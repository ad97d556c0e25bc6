// Making a backup file of the whole database, and putting one back.
import type { Backup, BackupSummary } from '../../shared/backup/backup-format';
import type { CallDeskDb } from '../data/db';
import { latestSchemaVersion } from '../data/schema-versions';
import { documentFileRows, documentFilesTable } from './backup-content';
import type { BackupCodec } from './backup-codec';
import { restoreSnapshot, type RestoreResult } from './snapshot';
import { storesBySchemaVersion, upgradeSnapshot } from './upgrade-snapshot';
import { checkRestoreRows, type RestoreRowCheck } from '../../shared/backup/check-restore-rows';

export interface BuiltBackup {
  bytes: Uint8Array<ArrayBuffer>;
  summary: BackupSummary;
  /** The database's change stamp when it was read (renderer/data/change-stamp.ts). */
  changeStamp: string | null;
}

/**
 * The database as of one moment, encoded: the codec's worker reads it (by name) and encodes it,
 * so not one row is read on, or copied from, the page (see encode-database.ts).
 */
export async function buildBackupFile(db: CallDeskDb, codec: BackupCodec, opts: { appVersion: string; now: Date }): Promise<BuiltBackup> {
  // Opened here first, so any upgrade of the database happens on the page, as it always does.
  if (!db.isOpen()) await db.open();
  return codec.encodeDatabase(db.name, { createdAt: opts.now.toISOString(), appVersion: opts.appVersion });
}

/**
 * Why this app cannot restore a backup that decoded fine (a table its database version does
 * not have, documents kept twice), or null when it can. Asked before the user is asked to
 * confirm; restoreSnapshot checks the same again before it touches anything.
 */
export function restoreProblem(backup: Pick<Backup, 'schemaVersion' | 'tables'>): string | null {
  const stores = storesBySchemaVersion[backup.schemaVersion];
  if (backup.schemaVersion > latestSchemaVersion) {
    return 'This backup was made by a newer version of Call Desk. Update Call Desk, then restore it.';
  }
  if (!stores) return `This backup's database version (${backup.schemaVersion}) is not one this version of Call Desk can restore.`;
  if (Object.hasOwn(backup.tables, documentFilesTable)) return 'This backup holds its documents twice, so it cannot be restored.';
  const unknown = Object.keys(backup.tables).filter((name) => !Object.hasOwn(stores, name));
  if (unknown.length > 0)
    return `This backup holds data this version of Call Desk does not know (${unknown.join(', ')}), so it cannot be restored.`;
  return null;
}

/**
 * A backup made ready to restore: its rows checked (shared/backup/check-restore-rows.ts) as they
 * will be stored, that is after the upgrade an older backup goes through.
 */
export interface PreparedRestore {
  backup: Pick<Backup, 'schemaVersion' | 'tables' | 'documents'>;
  check: RestoreRowCheck;
}

export async function prepareRestore(backup: Pick<Backup, 'schemaVersion' | 'tables' | 'documents'>): Promise<PreparedRestore> {
  const upgradable = backup.schemaVersion < latestSchemaVersion && restoreProblem(backup) === null;
  const tables = upgradable ? await upgradeSnapshot(backup.tables, backup.schemaVersion) : backup.tables;
  return { backup, check: checkRestoreRows(tables) };
}

/**
 * Replaces the whole database with the prepared backup, in one transaction; a backup with any
 * row that fails the check is refused (restoreSnapshot checks again). `leaveOut`: store only
 * the rows that passed, with the files of the documents kept.
 */
export function restoreBackup(
  db: CallDeskDb,
  prepared: PreparedRestore,
  { leaveOut = false }: { leaveOut?: boolean } = {},
): Promise<RestoreResult> {
  const { backup, check } = prepared;
  if (!leaveOut) return restoreSnapshot(db, backup.tables, backup.schemaVersion, documentFileRows(backup.documents));
  const keptDocuments = new Set(((check.kept.documents ?? []) as { id: string }[]).map((d) => d.id));
  return restoreSnapshot(db, check.kept, latestSchemaVersion, documentFileRows(backup.documents.filter((d) => keptDocuments.has(d.id))));
}

/** The records a restore summary compares, in the order they are shown. */
export const comparedRecords = ['customers', 'invoices', 'calls', 'promises', 'documents'] as const;
export type ComparedRecord = (typeof comparedRecords)[number];

/** How many of each compared record the database holds now (one read transaction). */
export async function currentRecordCounts(db: CallDeskDb): Promise<Record<ComparedRecord, number>> {
  if (!db.isOpen()) await db.open();
  const tables = comparedRecords.map((name) => db.table(name));
  return db.transaction('r', tables, async () => {
    const counts = await Promise.all(tables.map((table) => table.count()));
    return Object.fromEntries(comparedRecords.map((name, i) => [name, counts[i] ?? 0])) as Record<ComparedRecord, number>;
  });
}

/** The same counts of the rows a restore of the rest stores. */
export function keptRecordCounts(kept: Readonly<Record<string, readonly unknown[]>>): Record<ComparedRecord, number> {
  return Object.fromEntries(comparedRecords.map((name) => [name, kept[name]?.length ?? 0])) as Record<ComparedRecord, number>;
}

/** The same counts from a backup's summary (a table an older backup lacks counts as none). */
export function backupRecordCounts(summary: Pick<BackupSummary, 'counts'>): Record<ComparedRecord, number> {
  return Object.fromEntries(comparedRecords.map((name) => [name, summary.counts[name] ?? 0])) as Record<ComparedRecord, number>;
}
