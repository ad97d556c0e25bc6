// The backup worker's own read of the database (IndexedDB is open to workers): it reads every
// table in one read transaction, so the backup is one consistent moment, and encodes the file.
// Reading here rather than on the page keeps a 100,000-invoice read off the UI thread and spares
// copying every row into the worker.
import { summarizeBackup, type BackupInput, type BackupSummary } from '../../shared/backup/backup-format';
import { encodeBackup } from '../../shared/backup/encode-backup';
import { openCallDeskDb } from '../data/db';
import { latestSchemaVersion } from '../data/schema-versions';
import { readBackupContent } from './backup-content';

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

export async function encodeDatabase(databaseName: string, meta: BackupMeta): Promise<EncodedDatabase> {
  const db = openCallDeskDb(databaseName);
  let input: BackupInput;
  let changeStamp: string | null;
  try {
    const { changeStamp: stamp, ...content } = await readBackupContent(db);
    changeStamp = stamp;
    input = { schemaVersion: latestSchemaVersion, createdAt: meta.createdAt, app: { version: meta.appVersion }, ...content };
  } finally {
    // Never left open: the page may need to upgrade or replace the database (a restore).
    db.close();
  }
  // Taken first: encoding may hand the documents' bytes on.
  const summary = summarizeBackup(input);
  return { bytes: await encodeBackup(input), summary, changeStamp };
}
