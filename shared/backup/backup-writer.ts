// Writes a backup file (layout in backup-format.ts) as a stream of pieces, so neither the page
// nor main ever holds the whole file: a database with gigabytes of documents is read one
// document at a time, and each piece goes on its way before the next document is read.
// fflate's streaming Zip writes each entry's sizes and CRC after its data (a "data descriptor"),
// which every zip reader, our own included, takes from the central directory at the end.
import { Zip, ZipDeflate, ZipPassThrough, type ZipInputFile } from 'fflate';
import {
  backupFormat,
  backupFormatVersion,
  backupMimeType,
  checksumText,
  documentEntryPath,
  isTableName,
  manifestEntry,
  manifestSchema,
  mimeTypeEntry,
  tableEntryPath,
  type BackupSummary,
  type DatabaseSnapshot,
  type Manifest,
} from './backup-format';
import { sha256Hex } from './sha256';
import { encodeTable, isEncodedTable, tableLevel, type EncodedTable } from './table-encoder';

// The manifest is deflated at the tables' level (table-encoder.ts). Documents (PDF, JPEG, PNG)
// are mostly compressed already, so they are stored as they are.

const encoder = new TextEncoder();

/** A document whose bytes are read only when its turn comes. */
export interface BackupDocumentSource {
  id: string;
  name: string;
  mime: string;
  read(): Promise<Uint8Array>;
}

export interface BackupSource extends Omit<DatabaseSnapshot, 'tables'> {
  /** Each table's rows, or the table already encoded (the import encodes what it reads as it reads it). */
  tables: Record<string, unknown[] | EncodedTable>;
  /** UTC ISO instant. */
  createdAt: string;
  app: { version: string };
  documents: readonly BackupDocumentSource[];
}

/** Where the pieces go, in order; the next piece is made only once `write` has settled. */
export type BackupPieceSink = (piece: Uint8Array<ArrayBuffer>) => Promise<void>;

export interface WrittenBackup {
  /** The file's length in bytes. */
  size: number;
  summary: BackupSummary;
}

/**
 * Joins the zip's many small outputs into pieces of `pieceBytes` (the last may be shorter), so
 * each message to main carries a full piece.
 */
class PieceGatherer {
  private waiting: Uint8Array[] = [];
  private waitingBytes = 0;
  total = 0;

  constructor(
    private readonly pieceBytes: number,
    private readonly sink: BackupPieceSink,
  ) {}

  add(bytes: Uint8Array): void {
    if (bytes.length === 0) return;
    this.waiting.push(bytes);
    this.waitingBytes += bytes.length;
    this.total += bytes.length;
  }

  /** Sends every full piece; with `all`, the rest too. */
  async send(all: boolean): Promise<void> {
    while (this.waitingBytes >= this.pieceBytes || (all && this.waitingBytes > 0)) {
      const length = Math.min(this.pieceBytes, this.waitingBytes);
      const piece = new Uint8Array(length);
      let filled = 0;
      while (filled < length) {
        const first = this.waiting[0]!;
        const take = Math.min(first.length, length - filled);
        piece.set(first.subarray(0, take), filled);
        filled += take;
        if (take === first.length) this.waiting.shift();
        else this.waiting[0] = first.subarray(take);
      }
      this.waitingBytes -= length;
      await this.sink(piece);
    }
  }
}

/**
 * Writes the backup of `source` to `sink` in pieces of at most `pieceBytes`. Rows must be plain
 * JSON values (what the data layer stores, and what makes a restore exact). A document that
 * cannot be read fails the whole backup: a file is either a whole backup or none (the receiver
 * lets go of what it has).
 */
export async function writeBackup(source: BackupSource, pieceBytes: number, sink: BackupPieceSink): Promise<WrittenBackup> {
  const mtime = new Date(source.createdAt);
  const out = new PieceGatherer(pieceBytes, sink);
  let failure: Error | null = null;
  const zip = new Zip((error, data) => {
    if (error) failure ??= error;
    else out.add(data);
  });
  const addEntry = async (entry: ZipInputFile & { push(data: Uint8Array, final: boolean): void }, bytes: Uint8Array) => {
    entry.mtime = mtime;
    zip.add(entry);
    entry.push(bytes, true);
    if (failure) throw failure;
    await out.send(false);
  };

  // First and uncompressed, so the file announces itself in its first bytes.
  await addEntry(new ZipPassThrough(mimeTypeEntry), encoder.encode(backupMimeType));

  const tables: Manifest['tables'] = [];
  for (const [name, rows] of Object.entries(source.tables)) {
    if (!isTableName(name)) throw new Error(`"${name}" is not a table name a backup can hold.`);
    if (!isEncodedTable(rows) && !Array.isArray(rows)) throw new Error(`Table ${name} is not a list of rows.`);
    const table = isEncodedTable(rows) ? rows : await encodeTable(name, rows);
    if (table.name !== name) throw new Error(`Table ${name} was given the encoding of table ${table.name}.`);
    const file = tableEntryPath(name);
    tables.push({ name, file, rows: table.rows, sha256: table.sha256 });
    // An entry of our own carrying the deflated bytes made earlier, as fflate's ZipInputFile allows.
    const entry: ZipInputFile = {
      filename: file,
      size: table.entry.size,
      crc: table.entry.crc,
      compression: 8,
      flag: table.entry.flag,
      mtime,
    };
    zip.add(entry);
    const pieces = table.entry.deflated;
    if (pieces.length === 0) entry.ondata!(null, new Uint8Array(0), true);
    pieces.forEach((piece, index) => entry.ondata!(null, piece, index === pieces.length - 1));
    if (failure) throw failure;
    await out.send(false);
  }

  const documents: Manifest['documents'] = [];
  for (const [index, document] of source.documents.entries()) {
    const bytes = await document.read();
    const file = documentEntryPath(index, document.name);
    documents.push({ id: document.id, name: document.name, mime: document.mime, file, size: bytes.length, sha256: await sha256Hex(bytes) });
    await addEntry(new ZipPassThrough(file), bytes);
  }

  // Parsed before the checksum is taken: it validates what we are about to promise, and fixes
  // the key order checksumText relies on.
  const unsigned = manifestSchema.parse({
    format: backupFormat,
    formatVersion: backupFormatVersion,
    schemaVersion: source.schemaVersion,
    createdAt: source.createdAt,
    app: { version: source.app.version },
    tables,
    documents,
    checksum: '0'.repeat(64),
  });
  const manifest: Manifest = { ...unsigned, checksum: await sha256Hex(checksumText(unsigned)) };
  await addEntry(new ZipDeflate(manifestEntry, { level: tableLevel }), encoder.encode(JSON.stringify(manifest, null, 2)));
  zip.end();
  if (failure) throw failure;
  await out.send(true);

  const summary: BackupSummary = {
    createdAt: source.createdAt,
    appVersion: source.app.version,
    schemaVersion: source.schemaVersion,
    counts: Object.fromEntries(tables.map((table) => [table.name, table.rows])),
    documents: documents.map(({ id, name, mime, size }) => ({ id, name, mime, size })),
  };
  return { size: out.total, summary };
}
