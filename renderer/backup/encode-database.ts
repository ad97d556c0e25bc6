// The backup worker's own read of the database (IndexedDB is open to workers). Every table is read
// in one read transaction, so the backup is one consistent moment; the documents' bytes are then
// read one at a time as the file is written (backup-writer.ts), so a database with gigabytes of
// documents never has them all in memory. A document's bytes never change once attached, so
// reading them after the moment is still that moment, unless the document was removed meanwhile:
// then this backup fails and the next one is made afresh.
// Reading here rather than on the page keeps a 100,000-invoice read off the UI thread and spares
// copying every row into the worker.
import type { BackupSummary } from '../../shared/backup/backup-format';
import { writeBackup, type BackupPieceSink, type BackupSource } from '../../shared/backup/backup-writer';
import { gatherBackup } from '../../shared/backup/encode-backup';
import type { EncodedTable } from '../../shared/backup/table-encoder';
import type { StoredDocument } from '../../shared/documents/schema';
import { openCallDeskDb, type CallDeskDb } from '../data/db';
import { latestSchemaVersion } from '../data/schema-versions';
import { documentFilesTable } from './backup-content';
import { exportStampedSnapshot } from './snapshot';

/** What a backup records about itself besides the data. */
export interface BackupMeta {
  /** UTC ISO instant. */
  createdAt: string;
  appVersion: string;
}

/** A backup written to a sink: its length, its summary, and the change stamp of the moment it holds. */
export interface StreamedDatabase {
  size: number;
  summary: BackupSummary;
  /** The database's change stamp when it was read: the backup is current while the stamp is. */
  changeStamp: string | null;
}

export interface EncodedDatabase {
  bytes: Uint8Array<ArrayBuffer>;
  summary: BackupSummary;
  changeStamp: string | null;
}

/** Tables some other step read (and perhaps encoded) already, and the change stamp they were read at. */
export interface TablesReadAt {
  /** By name; or still to come (being encoded), in which case the copy reads the rest of its moment meanwhile. */
  tables: Record<string, unknown[] | EncodedTable> | Promise<Record<string, unknown[] | EncodedTable>>;
  /** The names `tables` holds, known before they come. */
  names: readonly string[];
  changeStamp: string | null;
}

/** Told the change stamp of the moment a backup holds, once every table but the documents' bytes is read. */
export type OnMomentRead = (changeStamp: string | null) => void;

/**
 * The largest total of documents a backup is made in memory for (encodeDatabaseReusing): above
 * it, the copy is streamed to main instead.
 */
export const maxDocumentBytesInMemory = 256 * 1024 * 1024;

export class BackupTooLargeForMemoryError extends Error {
  override name = 'BackupTooLargeForMemoryError';
}

/** Streams a backup of the named database to `sink` in pieces of `pieceBytes`. */
export async function streamDatabase(
  databaseName: string,
  meta: BackupMeta,
  pieceBytes: number,
  sink: BackupPieceSink,
): Promise<StreamedDatabase> {
  const db = openCallDeskDb(databaseName);
  try {
    const { source, changeStamp } = await readSource(db, meta, null);
    const { size, summary } = await writeBackup(source, pieceBytes, sink);
    return { size, summary, changeStamp };
  } finally {
    // Never left open: the page may need to upgrade or replace the database (a restore).
    db.close();
  }
}

/**
 * The whole file in memory, reading only the tables `known` lacks when the database still has
 * `known`'s change stamp (nothing was written since, so together they are one moment). The
 * import's safety copy uses it while the user reads the preview: the import worker read the
 * customers, invoices and contacts for its plan already. Refused (BackupTooLargeForMemoryError)
 * when the documents are too large to hold; the window then streams the copy to main instead.
 */
export async function encodeDatabaseReusing(
  databaseName: string,
  meta: BackupMeta,
  known: TablesReadAt | null,
  onMomentRead: OnMomentRead = () => {},
): Promise<EncodedDatabase> {
  const db = openCallDeskDb(databaseName);
  try {
    const { source, changeStamp } = await readSource(db, meta, known, { inMemory: true, onMomentRead });
    const { bytes, summary } = await gatherBackup(source);
    return { bytes, summary, changeStamp };
  } finally {
    db.close();
  }
}

interface ReadSource {
  source: BackupSource;
  changeStamp: string | null;
}

/**
 * `inMemory`: the documents' bytes are read in the moment's own transaction (refused,
 * BackupTooLargeForMemoryError, above maxDocumentBytesInMemory), so once `onMomentRead` is told,
 * the copy never asks the database for anything again: an import's write transaction waiting on
 * the copy can then never wait behind a read of it. Otherwise each document is read as written.
 */
interface ReadOptions {
  inMemory: boolean;
  onMomentRead: OnMomentRead;
}

async function readSource(
  db: CallDeskDb,
  meta: BackupMeta,
  known: TablesReadAt | null,
  options: ReadOptions = { inMemory: false, onMomentRead: () => {} },
): Promise<ReadSource> {
  if (!db.isOpen()) await db.open();
  const { tables, changeStamp, documentIds, documentBytes } = await readTables(db, known, options);
  const metadata = new Map(((tables.documents as StoredDocument[] | undefined) ?? []).map((row) => [row.id, row]));
  const documents = documentIds.map((id) => {
    // A file whose metadata row is missing (it should not happen) is still kept, so a restore gives
    // back exactly what was there; it just has no better name than its id.
    const about = metadata.get(id);
    return {
      id,
      name: about?.fileName ?? id,
      mime: about?.mime ?? 'application/octet-stream',
      read: async () => {
        const held = documentBytes?.get(id);
        if (held) return held;
        const row = await db.documentFiles.get(id);
        if (!row) throw new Error('A document was removed while the backup was being made. The backup is made again at the next try.');
        return row.bytes;
      },
    };
  });
  return {
    source: { schemaVersion: latestSchemaVersion, createdAt: meta.createdAt, app: { version: meta.appVersion }, tables, documents },
    changeStamp,
  };
}

/**
 * Every backed-up table but the documents' bytes, and the ids of those bytes, as of one moment;
 * reusing `known`'s tables while the stamp is unchanged. `onMomentRead` is told once the database
 * has given all it will (the known tables may still be coming).
 */
async function readTables(
  db: CallDeskDb,
  known: TablesReadAt | null,
  { inMemory, onMomentRead }: ReadOptions,
): Promise<{
  tables: Record<string, unknown[] | EncodedTable>;
  changeStamp: string | null;
  documentIds: string[];
  documentBytes: Map<string, Uint8Array> | null;
}> {
  const readExcept = (skip: ReadonlySet<string>) =>
    db.transaction('r', db.tables, async () => {
      const { tables, changeStamp } = await exportStampedSnapshot(db, { except: skip });
      const documentIds = (await db.documentFiles.toCollection().primaryKeys()) as string[];
      if (!inMemory) return { tables, changeStamp, documentIds, documentBytes: null };
      const size = ((tables.documents as StoredDocument[] | undefined) ?? []).reduce((sum, row) => sum + (row.size ?? 0), 0);
      if (size > maxDocumentBytesInMemory) {
        throw new BackupTooLargeForMemoryError('The documents are too large to copy in memory; the copy is streamed instead.');
      }
      const files = await db.documentFiles.toArray();
      return { tables, changeStamp, documentIds, documentBytes: new Map(files.map((file) => [file.id, file.bytes])) };
    });
  const everything = new Set([documentFilesTable]);
  const whole = async () => {
    const read = await readExcept(everything);
    onMomentRead(read.changeStamp);
    return read;
  };
  if (!known) return whole();
  const rest = await readExcept(new Set([...everything, ...known.names]));
  if (rest.changeStamp !== known.changeStamp) return whole();
  onMomentRead(rest.changeStamp);
  const given = await known.tables;
  const missing = known.names.filter((name) => !Object.hasOwn(given, name));
  if (missing.length > 0) throw new Error(`The tables read earlier lack ${missing.join(', ')}.`);
  // In the database's own table order, as a whole read gives them.
  const tables = Object.fromEntries(
    db.tables.flatMap((table) => {
      const rows = rest.tables[table.name] ?? given[table.name];
      return rows ? [[table.name, rows] as const] : [];
    }),
  );
  return { ...rest, tables };
}
