// The backup worker's own read of the database (IndexedDB is open to workers): it reads every
// table in one read transaction, so the backup is one consistent moment, and encodes the file.
// Reading here rather than on the page keeps a 100,000-invoice read off the UI thread and spares
// copying every row into the worker.
import { summarizeBackup, type BackupSummary } from '../../shared/backup/backup-format';
import { encodeBackup } from '../../shared/backup/encode-backup';
import { openCallDeskDb, type CallDeskDb } from '../data/db';
import { latestSchemaVersion } from '../data/schema-versions';
import { backupContentFrom, type BackupContent } from './backup-content';
import { exportStampedSnapshot } from './snapshot';

/** What a backup records about itself besides the data. */
export interface BackupMeta {
  /** UTC ISO instant. */
  createdAt: string;
  appVersion: string;
}

export interface EncodedDatabase {
  bytes: Uint8Array;
  summary: BackupSummary;
  /** The database's change stamp when it was read: the backup is current while the stamp is. */
  changeStamp: string | null;
}

/** Tables some other step read already, and the change stamp they were read at. */
export interface TablesReadAt {
  tables: Record<string, unknown[]>;
  changeStamp: string | null;
}

export async function encodeDatabase(databaseName: string, meta: BackupMeta): Promise<EncodedDatabase> {
  return encodeDatabaseReusing(databaseName, meta, null);
}

/**
 * The same file, reading only the tables `known` lacks when the database still has `known`'s
 * change stamp (nothing was written since, so together they are one moment); otherwise every
 * table afresh. The import's safety copy uses it: the import worker read the customers, invoices
 * and contacts for its plan, and the copy need not read them twice.
 */
export async function encodeDatabaseReusing(databaseName: string, meta: BackupMeta, known: TablesReadAt | null): Promise<EncodedDatabase> {
  const db = openCallDeskDb(databaseName);
  let content: BackupContent;
  let changeStamp: string | null;
  try {
    ({ content, changeStamp } = await readContent(db, known));
  } finally {
    // Never left open: the page may need to upgrade or replace the database (a restore).
    db.close();
  }
  const input = { schemaVersion: latestSchemaVersion, createdAt: meta.createdAt, app: { version: meta.appVersion }, ...content };
  // Taken first: encoding may hand the documents' bytes on.
  const summary = summarizeBackup(input);
  return { bytes: await encodeBackup(input), summary, changeStamp };
}

async function readContent(db: CallDeskDb, known: TablesReadAt | null): Promise<{ content: BackupContent; changeStamp: string | null }> {
  if (known) {
    const rest = await exportStampedSnapshot(db, { except: new Set(Object.keys(known.tables)) });
    if (rest.changeStamp === known.changeStamp) {
      // In the database's own table order, as a whole read gives them.
      const tables = Object.fromEntries(
        db.tables.flatMap((table) => {
          const rows = rest.tables[table.name] ?? known.tables[table.name];
          return rows ? [[table.name, rows] as const] : [];
        }),
      );
      return { content: backupContentFrom(tables), changeStamp: rest.changeStamp };
    }
  }
  const whole = await exportStampedSnapshot(db);
  return { content: backupContentFrom(whole.tables), changeStamp: whole.changeStamp };
}
