// The Call Desk backup file (.cdbackup): what it holds and how its parts are laid out.
//
// The container is a zip archive (written and read with fflate, pure JS in Node and browsers):
//   mimetype               first, stored uncompressed: lets a reader recognise our file from its
//                          first bytes, as ODF and EPUB do, so a cut-off file is still "ours, but
//                          truncated" rather than "foreign"
//   manifest.json          format, versions, creation time, one entry per part with its SHA-256
//                          and a checksum over the manifest itself
//   tables/<table>.json    one JSON array of rows per database table
//   documents/<n>-<name>   the attached documents' bytes, as they were
// A zip rather than one JSON document because documents are binary (base64 would add a third
// and hold everything in one string) and table JSON compresses about tenfold.
//
// Compatibility contract for future format versions: the `mimetype` entry and the manifest's
// `format` and `formatVersion` fields keep their meaning forever, so an old app can always say
// "made by a newer version" instead of "damaged".
import { z } from 'zod';

export const backupFormat = 'call-desk-backup';
export const backupFormatVersion = 1;
export const backupMimeType = 'application/vnd.call-desk.backup+zip';
export const mimeTypeEntry = 'mimetype';
export const manifestEntry = 'manifest.json';

/** What the renderer's database hands over: its schema version and every table's rows. */
export interface DatabaseSnapshot {
  schemaVersion: number;
  tables: Record<string, unknown[]>;
}

/** An attached document as kept in a backup (the bytes are stored as they are, not base64). */
export interface BackupDocument {
  id: string;
  name: string;
  mime: string;
  bytes: Uint8Array;
}

export interface BackupInput extends DatabaseSnapshot {
  /** UTC ISO instant. */
  createdAt: string;
  app: { version: string };
  documents: BackupDocument[];
}

/** A decoded, verified backup. */
export interface Backup extends BackupInput {
  format: typeof backupFormat;
  formatVersion: typeof backupFormatVersion;
  /** SHA-256 (hex) over the manifest, which holds the SHA-256 of every part. */
  checksum: string;
}

/** What a restore would put in place, for "this will replace your data with ...". */
export interface BackupSummary {
  createdAt: string;
  appVersion: string;
  schemaVersion: number;
  counts: Record<string, number>;
  documents: { id: string; name: string; mime: string; size: number }[];
}

export type BackupRefusalReason = 'truncated' | 'not-a-backup' | 'newer-version' | 'checksum' | 'corrupt';

export type DecodeBackupResult =
  { ok: true; backup: Backup; summary: BackupSummary } | { ok: false; reason: BackupRefusalReason; message: string };

// Table names become entry paths; keep them to identifiers so no name can climb out of tables/.
const tableNameSchema = z.string().regex(/^[A-Za-z][A-Za-z0-9_]{0,63}$/);
const sha256Schema = z.string().regex(/^[0-9a-f]{64}$/);
const countSchema = z.number().int().nonnegative();

/** Only the fields every format version keeps, read before anything else. */
export const manifestHeadSchema = z.object({
  format: z.string(),
  formatVersion: z.number().int().positive(),
  schemaVersion: z.number().int().positive(),
  app: z.object({ version: z.string() }).optional(),
});

export const manifestSchema = z.object({
  format: z.literal(backupFormat),
  formatVersion: z.literal(backupFormatVersion),
  schemaVersion: z.number().int().positive(),
  createdAt: z.iso.datetime({ offset: false }),
  app: z.object({ version: z.string().min(1) }),
  tables: z.array(z.object({ name: tableNameSchema, file: z.string(), rows: countSchema, sha256: sha256Schema })),
  documents: z.array(
    z.object({
      id: z.string().min(1),
      name: z.string(),
      mime: z.string(),
      file: z.string(),
      size: countSchema,
      sha256: sha256Schema,
    }),
  ),
  checksum: sha256Schema,
});

export type Manifest = z.infer<typeof manifestSchema>;

export function tableEntryPath(tableName: string): string {
  return `tables/${tableName}.json`;
}

/** The entry of the nth document; its name is kept (made safe) so an unzipped backup is legible. */
export function documentEntryPath(index: number, name: string): string {
  const safe = name.replace(/[^\w.-]+/g, '_').slice(0, 80) || 'document';
  return `documents/${String(index + 1).padStart(4, '0')}-${safe}`;
}

export function isTableName(value: string): boolean {
  return tableNameSchema.safeParse(value).success;
}

/**
 * The exact text the checksum is taken over: the validated manifest without its checksum. Both
 * sides build it from a zod-parsed manifest, whose key order is the schema's, so it is stable.
 */
export function checksumText(manifest: Omit<Manifest, 'checksum'>): string {
  const { checksum: _ignored, ...rest } = manifest as Manifest;
  return JSON.stringify(rest);
}
