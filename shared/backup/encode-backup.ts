// Writes a backup file's bytes (layout in backup-format.ts).
import { zipSync, type Zippable } from 'fflate';
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
  type BackupInput,
  type Manifest,
} from './backup-format';
import { sha256Hex } from './sha256';

// Level 1 deflate: table JSON still shrinks several-fold, at a fraction of level 6's time, which
// matters because a backup of the whole database is made every day. Documents (PDF, JPEG, PNG)
// are mostly compressed already, so they are stored as they are.
const tableLevel = 1;

const encoder = new TextEncoder();

/**
 * Encodes the whole backup. Rows must be plain JSON values (strings, numbers, booleans, null,
 * arrays, objects): that is what the data layer stores, and what makes a restore exact.
 */
export async function encodeBackup(input: BackupInput): Promise<Uint8Array> {
  const mtime = new Date(input.createdAt);
  const files: Zippable = {
    // First and uncompressed, so the file announces itself in its first bytes.
    [mimeTypeEntry]: [encoder.encode(backupMimeType), { level: 0, mtime }],
  };

  const tables: Manifest['tables'] = [];
  for (const [name, rows] of Object.entries(input.tables)) {
    if (!isTableName(name)) throw new Error(`"${name}" is not a table name a backup can hold.`);
    if (!Array.isArray(rows)) throw new Error(`Table ${name} is not a list of rows.`);
    const bytes = encoder.encode(JSON.stringify(rows));
    const file = tableEntryPath(name);
    files[file] = [bytes, { level: tableLevel, mtime }];
    tables.push({ name, file, rows: rows.length, sha256: await sha256Hex(bytes) });
  }

  const documents: Manifest['documents'] = [];
  for (const [index, document] of input.documents.entries()) {
    const file = documentEntryPath(index, document.name);
    files[file] = [document.bytes, { level: 0, mtime }];
    documents.push({
      id: document.id,
      name: document.name,
      mime: document.mime,
      file,
      size: document.bytes.length,
      sha256: await sha256Hex(document.bytes),
    });
  }

  // Parsed before the checksum is taken: it validates what we are about to promise, and fixes
  // the key order checksumText relies on.
  const unsigned = manifestSchema.parse({
    format: backupFormat,
    formatVersion: backupFormatVersion,
    schemaVersion: input.schemaVersion,
    createdAt: input.createdAt,
    app: { version: input.app.version },
    tables,
    documents,
    checksum: '0'.repeat(64),
  });
  const manifest: Manifest = { ...unsigned, checksum: await sha256Hex(checksumText(unsigned)) };
  files[manifestEntry] = [encoder.encode(JSON.stringify(manifest, null, 2)), { level: tableLevel, mtime }];

  return zipSync(files);
}
