// Making a backup file of the whole database, and putting one back.
import type { Backup, BackupSummary } from '../../shared/backup/backup-format';
import type { BackupDocumentInfo } from '../../shared/backup/decode-backup';
import type { CallDeskDb } from '../data/db';
import { latestSchemaVersion, scratchTables } from '../data/schema-versions';
import { documentFileRows, documentFilesTable } from './backup-content';
import type { BackupCodec } from './backup-codec';
import type { BackupProducer } from './backup-transfer';
import type { StreamedDatabase } from './encode-database';
import { restoreSnapshot, type RestoreResult } from './snapshot';
import { storesBySchemaVersion, upgradeSnapshot } from './upgrade-snapshot';
import { checkRestoreRows, type RestoreRowCheck } from '../../shared/backup/check-restore-rows';

/**
 * The database as of one moment, made into a backup file piece by piece as main takes it: the
 * codec's worker reads it (by name) and writes it, so not one row is read on, or copied from, the
 * page (see encode-database.ts), and no one holds the whole file.
 */
export function databaseBackupProducer(
  db: CallDeskDb,
  codec: BackupCodec,
  opts: { appVersion: () => Promise<string>; now: () => Date },
): BackupProducer<StreamedDatabase> {
  return async (pieceBytes, send) => {
    // Opened here first, so any upgrade of the database happens on the page, as it always does.
    if (!db.isOpen()) await db.open();
    const meta = { createdAt: opts.now().toISOString(), appVersion: await opts.appVersion() };
    return codec.streamDatabase(db.name, meta, pieceBytes, send);
  };
}

/**
 * A checked backup to restore: its documents are either in memory, or (the app's way, `staged`)
 * already in the restoreStaging table, put there by the check.
 */
export type RestorableBackup =
  | Pick<Backup, 'schemaVersion' | 'tables' | 'documents'>
  | { schemaVersion: number; tables: Record<string, unknown[]>; documents: readonly BackupDocumentInfo[]; staged: true };

/**
 * Why this app cannot restore a backup that decoded fine (a table its database version does
 * not have, documents kept twice), or null when it can. Asked before the user is asked to
 * confirm; restoreSnapshot checks the same again before it touches anything.
 */
export function restoreProblem(backup: Pick<RestorableBackup, 'schemaVersion' | 'tables'>): string | null {
  const stores = storesBySchemaVersion[backup.schemaVersion];
  if (backup.schemaVersion > latestSchemaVersion) {
    return 'This backup was made by a newer version of Call Desk. Update Call Desk, then restore it.';
  }
  if (!stores) return `This backup's database version (${backup.schemaVersion}) is not one this version of Call Desk can restore.`;
  if (Object.hasOwn(backup.tables, documentFilesTable)) return 'This backup holds its documents twice, so it cannot be restored.';
  const unknown = Object.keys(backup.tables).filter((name) => !Object.hasOwn(stores, name) || scratchTables.has(name));
  if (unknown.length > 0)
    return `This backup holds data this version of Call Desk does not know (${unknown.join(', ')}), so it cannot be restored.`;
  return null;
}

/**
 * A backup made ready to restore: its rows checked (shared/backup/check-restore-rows.ts) as they
 * will be stored, that is after the upgrade an older backup goes through.
 */
export interface PreparedRestore {
  backup: RestorableBackup;
  check: RestoreRowCheck;
}

export async function prepareRestore(backup: RestorableBackup): Promise<PreparedRestore> {
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
  const keptIds = leaveOut ? new Set(((check.kept.documents ?? []) as { id: string }[]).map((d) => d.id)) : null;
  const files = (): ReturnType<typeof documentFileRows> | { staged: string[] } => {
    if ('staged' in backup) return { staged: backup.documents.map((d) => d.id).filter((id) => !keptIds || keptIds.has(id)) };
    return documentFileRows(backup.documents.filter((d) => !keptIds || keptIds.has(d.id)));
  };
  if (!leaveOut) return restoreSnapshot(db, backup.tables, backup.schemaVersion, files());
  return restoreSnapshot(db, check.kept, latestSchemaVersion, files());
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
