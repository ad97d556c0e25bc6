// Reads and verifies a backup file. Every way a file can be wrong ends in a refusal with a
// sentence for the user; nothing here throws for bad input.
import { unzipSync, type Unzipped } from 'fflate';
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
  type DecodeBackupResult,
  type Manifest,
} from './backup-format';
import { hasEndOfCentralDirectory, identifyBackupBytes } from './backup-signature';
import { backupRefusalMessages } from './refusal-messages';
import { sha256Hex } from './sha256';

export interface DecodeBackupOptions {
  /** The newest database schema this app can load; a backup from a newer one is refused. */
  maxSchemaVersion: number;
}

function refuse(reason: Exclude<BackupRefusalReason, 'newer-version'>): DecodeBackupResult {
  return { ok: false, reason, message: backupRefusalMessages[reason] };
}

function newerVersion(appVersion: string | undefined): DecodeBackupResult {
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

export async function decodeBackup(bytes: Uint8Array, options: DecodeBackupOptions): Promise<DecodeBackupResult> {
  if (bytes.length === 0) return refuse('truncated');
  const identity = identifyBackupBytes(bytes);
  if (identity === 'foreign') return refuse('not-a-backup');
  if (identity === 'too-short' || !hasEndOfCentralDirectory(bytes)) return refuse('truncated');

  let entries: Unzipped;
  try {
    entries = unzipSync(bytes);
  } catch {
    return refuse('corrupt');
  }
  const manifestBytes = entries[manifestEntry];
  if (!manifestBytes) return refuse('corrupt');
  const manifestJson = parseJson(manifestBytes);
  if (!manifestJson.ok) return refuse('corrupt');

  // Versions first: a newer format may have changed anything but these fields.
  const head = manifestHeadSchema.safeParse(manifestJson.value);
  if (!head.success) return refuse('corrupt');
  if (head.data.format !== backupFormat) return refuse('not-a-backup');
  if (head.data.formatVersion > backupFormatVersion || head.data.schemaVersion > options.maxSchemaVersion) {
    return newerVersion(head.data.app?.version);
  }
  const parsed = manifestSchema.safeParse(manifestJson.value);
  if (!parsed.success) return refuse('corrupt');
  const manifest = parsed.data;
  if ((await sha256Hex(checksumText(manifest))) !== manifest.checksum) return refuse('checksum');

  return readParts(entries, manifest);
}

async function readParts(entries: Unzipped, manifest: Manifest): Promise<DecodeBackupResult> {
  const tables: Record<string, unknown[]> = {};
  for (const table of manifest.tables) {
    const bytes = entries[table.file];
    if (!bytes || Object.hasOwn(tables, table.name)) return refuse('corrupt');
    if ((await sha256Hex(bytes)) !== table.sha256) return refuse('checksum');
    const rows = parseJson(bytes);
    if (!rows.ok || !Array.isArray(rows.value) || rows.value.length !== table.rows) return refuse('corrupt');
    tables[table.name] = rows.value as unknown[];
  }

  const documents: BackupDocument[] = [];
  for (const document of manifest.documents) {
    const bytes = entries[document.file];
    if (!bytes || bytes.length !== document.size) return refuse('corrupt');
    if ((await sha256Hex(bytes)) !== document.sha256) return refuse('checksum');
    documents.push({ id: document.id, name: document.name, mime: document.mime, bytes });
  }

  const backup: Backup = {
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
