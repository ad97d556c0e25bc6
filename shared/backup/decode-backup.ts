// Reads and verifies a backup file. Every way a file can be wrong ends in a refusal with a
// sentence for the user; nothing here throws for bad input.
//
// The file is read by ranges (zip-reader.ts): the manifest, then each table, then each document,
// one at a time. Tables are kept; each document, once its checksum matches, is handed to `keep`
// (the app stages it in the database; decodeBackup keeps it in memory), so a backup with
// gigabytes of documents is checked without ever being in memory whole.
import {
  backupFormat,
  backupFormatVersion,
  checksumText,
  manifestEntry,
  manifestHeadSchema,
  manifestSchema,
  type Backup,
  type BackupDocument,
  type BackupRefusalReason,
  type BackupSummary,
  type DecodeBackupResult,
  type Manifest,
} from './backup-format';
import { hasEndOfCentralDirectory, identifyBackupBytes } from './backup-signature';
import { backupRefusalMessages } from './refusal-messages';
import { sha256Hex } from './sha256';
import { memoryRangeReader, readZipDirectory, readZipEntry, ZipFormatError, type RangeReader, type ZipEntry } from './zip-reader';

export interface DecodeBackupOptions {
  /** The newest database schema this app can load; a backup from a newer one is refused. */
  maxSchemaVersion: number;
}

/** A document as the decoded backup lists it; its bytes went to `keep`. */
export type BackupDocumentInfo = Omit<BackupDocument, 'bytes'>;

export type DecodedBackupParts = Omit<Backup, 'documents'> & { documents: BackupDocumentInfo[] };

export type DecodeBackupPartsResult =
  { ok: true; backup: DecodedBackupParts; summary: BackupSummary } | { ok: false; reason: BackupRefusalReason; message: string };

/** Receives each verified document in turn; the next is read once it has settled. */
export type DocumentKeeper = (document: BackupDocument) => Promise<void>;

type Refusal = Extract<DecodeBackupResult, { ok: false }>;

function refuse(reason: Exclude<BackupRefusalReason, 'newer-version'>): Refusal {
  return { ok: false, reason, message: backupRefusalMessages[reason] };
}

function newerVersion(appVersion: string | undefined): Refusal {
  const by = appVersion ? `a newer version of Call Desk (${appVersion})` : 'a newer version of Call Desk';
  return { ok: false, reason: 'newer-version', message: `This backup was made by ${by}. Update Call Desk, then restore it.` };
}

function parseJson(bytes: Uint8Array): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) as unknown };
  } catch {
    return { ok: false };
  }
}

/** No table is near this large (100,000 invoices are tens of megabytes); a directory claiming more is damage. */
const maxTableBytes = 1024 * 1024 * 1024;
/** The manifest lists parts, not data. */
const maxManifestBytes = 64 * 1024 * 1024;

/** A whole backup file in memory, documents and all. */
export async function decodeBackup(bytes: Uint8Array, options: DecodeBackupOptions): Promise<DecodeBackupResult> {
  const documents: BackupDocument[] = [];
  const result = await decodeBackupParts(memoryRangeReader(bytes), options, (document) => {
    documents.push(document);
    return Promise.resolve();
  });
  return result.ok ? { ok: true, backup: { ...result.backup, documents }, summary: result.summary } : result;
}

/**
 * Checks a backup read by ranges. `keep` may throw (the disk is full, say): that is not the
 * file's fault, so it is thrown on rather than turned into a refusal.
 */
export async function decodeBackupParts(
  file: RangeReader,
  options: DecodeBackupOptions,
  keep: DocumentKeeper,
): Promise<DecodeBackupPartsResult> {
  try {
    return await decodeParts(file, options, keep);
  } catch (error) {
    if (error instanceof ZipFormatError) return refuse('corrupt');
    throw error;
  }
}

async function decodeParts(file: RangeReader, options: DecodeBackupOptions, keep: DocumentKeeper): Promise<DecodeBackupPartsResult> {
  if (file.size === 0) return refuse('truncated');
  const head = await file.read(0, Math.min(file.size, 30 + 0xffff + 0xffff + 64));
  const identity = identifyBackupBytes(head);
  if (identity === 'foreign') return refuse('not-a-backup');
  const tailStart = Math.max(0, file.size - 22 - 0xffff);
  if (identity === 'too-short' || !hasEndOfCentralDirectory(await file.read(tailStart, file.size - tailStart))) return refuse('truncated');

  const entries = await readZipDirectory(file);
  const manifestPart = entries.get(manifestEntry);
  if (!manifestPart) return refuse('corrupt');
  const manifestJson = parseJson(await readZipEntry(file, manifestPart, maxManifestBytes));
  if (!manifestJson.ok) return refuse('corrupt');

  // Versions first: a newer format may have changed anything but these fields.
  const versions = manifestHeadSchema.safeParse(manifestJson.value);
  if (!versions.success) return refuse('corrupt');
  if (versions.data.format !== backupFormat) return refuse('not-a-backup');
  if (versions.data.formatVersion > backupFormatVersion || versions.data.schemaVersion > options.maxSchemaVersion) {
    return newerVersion(versions.data.app?.version);
  }
  const parsed = manifestSchema.safeParse(manifestJson.value);
  if (!parsed.success) return refuse('corrupt');
  const manifest = parsed.data;
  if ((await sha256Hex(checksumText(manifest))) !== manifest.checksum) return refuse('checksum');

  return readParts(file, entries, manifest, keep);
}

async function readParts(
  file: RangeReader,
  entries: ReadonlyMap<string, ZipEntry>,
  manifest: Manifest,
  keep: DocumentKeeper,
): Promise<DecodeBackupPartsResult> {
  const tables: Record<string, unknown[]> = {};
  for (const table of manifest.tables) {
    const entry = entries.get(table.file);
    if (!entry || Object.hasOwn(tables, table.name)) return refuse('corrupt');
    const bytes = await readZipEntry(file, entry, maxTableBytes);
    if ((await sha256Hex(bytes)) !== table.sha256) return refuse('checksum');
    const rows = parseJson(bytes);
    if (!rows.ok || !Array.isArray(rows.value) || rows.value.length !== table.rows) return refuse('corrupt');
    tables[table.name] = rows.value as unknown[];
  }

  const documents: BackupDocumentInfo[] = [];
  for (const document of manifest.documents) {
    const entry = entries.get(document.file);
    if (!entry || entry.size !== document.size) return refuse('corrupt');
    const bytes = await readZipEntry(file, entry, document.size);
    if ((await sha256Hex(bytes)) !== document.sha256) return refuse('checksum');
    const info = { id: document.id, name: document.name, mime: document.mime };
    await keep({ ...info, bytes });
    documents.push(info);
  }

  const backup: DecodedBackupParts = {
    format: manifest.format,
    formatVersion: manifest.formatVersion,
    schemaVersion: manifest.schemaVersion,
    createdAt: manifest.createdAt,
    app: manifest.app,
    tables,
    documents,
    checksum: manifest.checksum,
  };
  const counts = Object.fromEntries(manifest.tables.map((table) => [table.name, table.rows]));
  const summary = {
    createdAt: manifest.createdAt,
    appVersion: manifest.app.version,
    schemaVersion: manifest.schemaVersion,
    counts,
    documents: manifest.documents.map(({ id, name, mime, size }) => ({ id, name, mime, size })),
  };
  return { ok: true, backup, summary };
}
