// The whole database as plain rows, out and back in: what a backup holds and what a restore puts
// back. Both directions take one transaction over every table, so an export is one consistent
// moment and a restore replaces everything or nothing.
import type { DocumentFileRow } from '../../shared/documents/schema';
import type { CallDeskDb } from '../data/db';
import { changeStampOf, withoutChangeStamp } from '../data/change-stamp';
import { latestSchemaVersion, scratchTables, unsavedTables } from '../data/schema-versions';
import { checkRestoreRows } from '../../shared/backup/check-restore-rows';
import { rowProblemsSentence } from '../../shared/backup/row-problem-wording';
import { RestoreFailedError, RestoreRefusedError, restoreWriteFailed } from './restore-errors';
import { upgradeSnapshot } from './upgrade-snapshot';

export { RestoreFailedError, RestoreRefusedError };

/** Every table's rows, in primary-key order, read in one read-only transaction. */
export async function exportSnapshot(db: CallDeskDb): Promise<Record<string, unknown[]>> {
  return (await exportStampedSnapshot(db)).tables;
}

/**
 * Every table as of one moment, and that moment's change stamp (see change-stamp.ts). The stamp
 * itself is left out of the rows: it describes this database's last write, not the user's data.
 */
export async function exportStampedSnapshot(
  db: CallDeskDb,
  { except = new Set<string>() }: { except?: ReadonlySet<string> } = {},
): Promise<{ tables: Record<string, unknown[]>; changeStamp: string | null }> {
  if (!db.isOpen()) await db.open();
  // Derived tables (the account digest) are worked out again after a restore, and working space
  // is not data: neither is kept. `except` leaves out tables the caller read already (never
  // meta: it holds the stamp).
  const kept = db.tables.filter((table) => !unsavedTables.has(table.name) && (table.name === db.meta.name || !except.has(table.name)));
  return db.transaction('r', kept, async () => {
    const rows = await Promise.all(kept.map((table) => table.toArray()));
    const tables = Object.fromEntries(kept.map((table, i) => [table.name, rows[i] ?? []]));
    const meta = tables[db.meta.name] ?? [];
    return { tables: { ...tables, [db.meta.name]: withoutChangeStamp(meta) }, changeStamp: changeStampOf(meta) };
  });
}

/**
 * A restore's documents already in the `restoreStaging` table (put there one by one while the
 * backup was checked): the restore moves these ids into `documentFiles`.
 */
export interface StagedDocuments {
  staged: readonly string[];
}

export interface RestoreResult {
  /** Rows now in each table. */
  counts: Record<string, number>;
  /** The schema version the backup was made with (older ones went through the migrations). */
  fromSchemaVersion: number;
}

/**
 * Replaces every table with the snapshot's rows in one read-write transaction: if any row cannot
 * be stored (a missing or duplicate key, say) the transaction aborts and the database is exactly
 * as it was. A table the snapshot does not mention ends up empty; a table this version does not
 * know is refused before anything is touched.
 *
 * A snapshot from an older schema version is first loaded into a scratch database of that
 * version and upgraded by the same migrations an installed database would go through (see
 * upgrade-snapshot.ts); one from a newer version is refused.
 *
 * `documentFiles` are the documents' bytes, which a backup keeps beside its tables (see
 * backup-content.ts): rows in memory, or the ids of rows staged in `restoreStaging`. They go into
 * the `documentFiles` table after any upgrade, in the same transaction as everything else, and
 * the staging table is left empty.
 *
 * Callers should reload every view afterwards: cached queries describe the old data.
 */
export async function restoreSnapshot(
  db: CallDeskDb,
  tables: Record<string, unknown[]>,
  schemaVersion: number,
  documentFiles?: readonly DocumentFileRow[] | StagedDocuments,
): Promise<RestoreResult> {
  if (!Number.isInteger(schemaVersion) || schemaVersion < 1) {
    throw new RestoreRefusedError('This backup does not say which database version it holds, so it cannot be restored.');
  }
  if (schemaVersion > latestSchemaVersion) {
    throw new RestoreRefusedError('This backup was made by a newer version of Call Desk. Update Call Desk, then restore it.');
  }
  if (documentFiles && Object.hasOwn(tables, 'documentFiles')) {
    throw new RestoreRefusedError('This backup holds its documents twice, so it cannot be restored; nothing was restored.');
  }
  const upgraded = schemaVersion < latestSchemaVersion ? await upgradeSnapshot(tables, schemaVersion) : tables;
  const staged = documentFiles && 'staged' in documentFiles ? documentFiles.staged : null;
  const rows = documentFiles && !staged ? { ...upgraded, documentFiles: [...(documentFiles as readonly DocumentFileRow[])] } : upgraded;

  if (!db.isOpen()) await db.open();
  // Working space is never in a backup: one that says it is is not ours to trust.
  const known = new Set(db.tables.map((table) => table.name).filter((name) => !scratchTables.has(name)));
  const unknown = Object.keys(rows).filter((name) => !known.has(name));
  if (unknown.length > 0) {
    throw new RestoreRefusedError(
      `This backup holds data this version of Call Desk does not know (${unknown.join(', ')}); nothing was restored.`,
    );
  }
  for (const [name, tableRows] of Object.entries(rows)) {
    if (!Array.isArray(tableRows)) throw new RestoreRefusedError(`The backup's ${name} table is not a list of rows; nothing was restored.`);
  }
  // No row the app could not read is ever stored: one would stop the app from starting.
  const { problems } = checkRestoreRows(upgraded);
  if (problems.length > 0) throw new RestoreRefusedError(`${rowProblemsSentence(problems)} Nothing was restored.`);

  try {
    await db.transaction('rw', db.tables, async () => {
      // One table after another: the transaction is the unit of safety, so order only matters
      // for which error is reported first.
      for (const table of db.tables) {
        // Working space is not restored: a restore's staged documents are moved below, and the pieces
        // of an interrupted recording stay (dropped at the next start if their call is gone).
        if (scratchTables.has(table.name)) continue;
        await table.clear();
        // A stamp in the rows (never written by this version) must not collide with the new one.
        const tableRows = table.name === db.meta.name ? withoutChangeStamp(rows[table.name] ?? []) : rows[table.name];
        if (tableRows && tableRows.length > 0) await table.bulkAdd(tableRows);
      }
      // One document at a time: only one file's bytes are in memory at once.
      for (const id of staged ?? []) {
        const row = await db.restoreStaging.get(id);
        if (!row)
          throw new RestoreFailedError('A document of this backup went missing before it could be restored, so nothing was restored.');
        await db.documentFiles.add(row);
      }
      await db.restoreStaging.clear();
    });
  } catch (error) {
    if (error instanceof RestoreFailedError) throw error;
    throw restoreWriteFailed(error, 'Some records in this backup could not be stored, so nothing was restored and your data is unchanged.');
  }
  return {
    counts: Object.fromEntries(
      db.tables
        .filter((table) => !scratchTables.has(table.name))
        .map((table) => [table.name, table.name === db.documentFiles.name && staged ? staged.length : (rows[table.name]?.length ?? 0)]),
    ),
    fromSchemaVersion: schemaVersion,
  };
}
