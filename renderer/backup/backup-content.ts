// What a backup holds, read from the database: every table's rows, except that the documents'
// bytes (the `documentFiles` table) travel as the backup's documents, stored as files in the
// archive rather than as JSON. And the reverse: the backup's documents as `documentFiles` rows.
import type { BackupDocument } from '../../shared/backup/backup-format';
import type { DocumentFileRow, StoredDocument } from '../../shared/documents/schema';
import type { CallDeskDb } from '../data/db';
import { exportStampedSnapshot } from './snapshot';

/** The table whose rows become the backup's documents. */
export const documentFilesTable = 'documentFiles';

export interface BackupContent {
  tables: Record<string, unknown[]>;
  documents: BackupDocument[];
}

// A file whose metadata row is missing (it should not happen) is still kept, so a restore gives
// back exactly what was there; it just has no better name than its id.
const unknownMime = 'application/octet-stream';

/** Splits a whole-database snapshot into the backup's tables and documents. */
export function backupContentFrom(snapshot: Record<string, unknown[]>): BackupContent {
  const { [documentFilesTable]: files = [], ...tables } = snapshot;
  const metadata = new Map(((tables.documents as StoredDocument[] | undefined) ?? []).map((row) => [row.id, row]));
  const documents = (files as DocumentFileRow[]).map((file) => {
    const about = metadata.get(file.id);
    return { id: file.id, name: about?.fileName ?? file.id, mime: about?.mime ?? unknownMime, bytes: file.bytes };
  });
  return { tables, documents };
}

/** Everything a backup holds, as of one moment (one read transaction over every table). */
export async function readBackupContent(db: CallDeskDb): Promise<BackupContent & { changeStamp: string | null }> {
  const { tables, changeStamp } = await exportStampedSnapshot(db);
  return { ...backupContentFrom(tables), changeStamp };
}

/** The backup's documents as the rows of the `documentFiles` table. */
export function documentFileRows(documents: readonly BackupDocument[]): DocumentFileRow[] {
  return documents.map(({ id, bytes }) => ({ id, bytes }));
}
