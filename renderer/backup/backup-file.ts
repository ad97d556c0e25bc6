// Making a backup file of the whole database, and putting one back.
import type { Backup, BackupSummary } from '../../shared/backup/backup-format';
import type { CallDeskDb } from '../data/db';
import { latestSchemaVersion } from '../data/schema-versions';
import { documentFileRows, documentFilesTable } from './backup-content';
import type { BackupCodec } from './backup-codec';
import { restoreSnapshot, type RestoreResult } from './snapshot';
import { storesBySchemaVersion } from './upgrade-snapshot';

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
  if (unknown.length > 0) return `This backup holds data this version of Call Desk does not know (${unknown.join(', ')}), so it cannot be restored.`;
  return null;
}

/** Replaces the whole database with the backup's tables and documents, in one transaction. */
export function restoreBackup(db: CallDeskDb, backup: Pick<Backup, 'schemaVersion' | 'tables' | 'documents'>): Promise<RestoreResult> {
  return restoreSnapshot(db, backup.tables, backup.schemaVersion, documentFileRows(backup.documents));
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

/** The same counts from a backup's summary (a table an older backup lacks counts as none). */
export function backupRecordCounts(summary: Pick<BackupSummary, 'counts'>): Record<ComparedRecord, number> {
  return Object.fromEntries(comparedRecords.map((name) => [name, summary.counts[name] ?? 0])) as Record<ComparedRecord, number>;
}
