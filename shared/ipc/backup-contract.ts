// IPC schemas for backups. The renderer owns the database, so it builds and reads backup files
// (off its main thread); main owns the files: the automatic daily backups in the data folder
// with their rotation, the safety copy written there just before a restore or an import, "Back up now" to a
// file the user chooses, and opening a file to restore. The files themselves cross in pieces
// (backup-transfer-contract.ts).
import { z } from 'zod';
import { instantSchema } from '../common/primitives';
import { maxFileNameLength } from './files-contract';

export const automaticBackupSchema = z
  .object({
    name: z.string(),
    createdAt: instantSchema,
    size: z.number().int().nonnegative(),
    /** 'daily': the automatic daily backup; 'before-restore' / 'before-import': the safety copy made before a restore / an import. */
    kind: z.enum(['daily', 'before-restore', 'before-import']),
  })
  .strict();
export type AutomaticBackupInfo = z.infer<typeof automaticBackupSchema>;

export const backupStatusSchema = z
  .object({
    /** True when today's (office calendar, main's clock) automatic backup has not been written. */
    due: z.boolean(),
    /** Everything in the backups folder Call Desk made itself (daily backups and safety copies), newest first. */
    automatic: z.array(automaticBackupSchema),
    /** The folder they are kept in, for display. */
    folder: z.string(),
  })
  .strict();
export type BackupStatus = z.infer<typeof backupStatusSchema>;

export const writeAutomaticBackupResultSchema = z.discriminatedUnion('written', [
  z.object({ written: z.literal(true), name: z.string(), removed: z.array(z.string()) }).strict(),
  z.object({ written: z.literal(false), reason: z.literal('not-due') }).strict(),
]);
export type WriteAutomaticBackupResult = z.infer<typeof writeAutomaticBackupResultSchema>;

/** Which backup file to open for a restore. */
export const backupOpenInputSchema = z.discriminatedUnion('source', [
  /** Ask the user for a file with an open dialog. */
  z.object({ source: z.literal('ask') }).strict(),
  /** One of the automatic backups or safety copies, by the name backup:status listed. */
  z
    .object({
      source: z.literal('automatic'),
      name: z
        .string()
        .max(maxFileNameLength, { message: `A file name has at most ${maxFileNameLength} characters.`, abort: true })
        .regex(/^[\w.-]+$/, { message: 'This is not the name of one of Call Desk’s own backups.' }),
    })
    .strict(),
]);
export type BackupOpenInput = z.infer<typeof backupOpenInputSchema>;
