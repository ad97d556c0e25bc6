// Backup files cross IPC in pieces, never as one byte array: Electron's IPC fails on messages
// near 512 MB, and a database with its documents can hold gigabytes.
//
// Writing (the automatic backup, a safety copy, "Back up now"): write-begin names where the file
// goes, and main answers with a write id (a temporary file is open by then); write-chunk appends
// the pieces in order as the renderer makes them (so neither side ever holds the whole file, and
// its size is known only at the end); write-finish says how many bytes were sent, and main checks
// that exactly those arrived and are a whole backup, flushes the file, reads it back and only then
// gives it its name; write-abort (or any
// failure, or a window that waits too long) removes the temporary file, so there is never half a
// backup. Reading (a restore): read-open checks the file's size and its first and last bytes
// before anything else is read, read-chunk hands over one piece, read-close lets it go.
//
// Ids are random and belong to the window that opened them; main lets a transfer go when that
// window reloads or closes, or after a while without a request.
import { z } from 'zod';
import { writeAutomaticBackupResultSchema } from './backup-contract';
import { bytesSchema, plainFileNameSchema } from './files-contract';

/** The largest piece of a backup one message carries. Main may ask for smaller ones. */
export const maxBackupChunkBytes = 8 * 1024 * 1024;

/**
 * The largest backup file: a zip without its 64-bit extension (what the backup encoder writes)
 * cannot be longer, so a bigger file is not one of ours.
 */
export const maxBackupBytes = 2 ** 32 - 1;

/** 32 random hex digits, made by main. */
export const transferIdSchema = z.string().regex(/^[0-9a-f]{32}$/, { message: 'This is not a backup transfer id.' });

const chunkSizeSchema = z.number().int().min(1).max(maxBackupChunkBytes);

export const backupChunkBytesSchema = bytesSchema.refine((bytes) => bytes.length >= 1 && bytes.length <= maxBackupChunkBytes, {
  message: `A piece of a backup holds from 1 to ${maxBackupChunkBytes} bytes.`,
});

/** Where a backup being written goes. */
export const backupWriteTargetSchema = z.discriminatedUnion('kind', [
  /** Today's automatic backup, into the backups folder, if it is still due when the file is complete. */
  z.object({ kind: z.literal('automatic') }).strict(),
  /** The data as it is just before a restore or an import, into the backups folder. */
  z.object({ kind: z.literal('safety-copy'), reason: z.enum(['restore', 'import']) }).strict(),
  /** "Back up now": main asks where with a save dialog. */
  z.object({ kind: z.literal('save-as'), suggestedName: plainFileNameSchema }).strict(),
]);
export type BackupWriteTarget = z.infer<typeof backupWriteTargetSchema>;

export const backupWriteBeginInputSchema = z.object({ target: backupWriteTargetSchema }).strict();

export const backupWriteBeginResultSchema = z.union([
  /** Send the pieces in order, each at most `chunkBytes` long. */
  z.object({ started: z.literal(true), writeId: transferIdSchema, chunkBytes: chunkSizeSchema }).strict(),
  /** 'not-due': today's automatic backup is written already; 'cancelled': the user closed the save dialog. */
  z.object({ started: z.literal(false), reason: z.enum(['not-due', 'cancelled']) }).strict(),
]);
export type BackupWriteBeginResult = z.infer<typeof backupWriteBeginResultSchema>;

export const backupWriteChunkInputSchema = z
  .object({ writeId: transferIdSchema, index: z.number().int().nonnegative(), bytes: backupChunkBytesSchema })
  .strict();

/** How many bytes main holds so far. */
export const backupWriteChunkResultSchema = z.object({ received: z.number().int().nonnegative() }).strict();

export const backupWriteIdInputSchema = z.object({ writeId: transferIdSchema }).strict();

/** The whole file's length, as the sender counted it. */
export const backupWriteFinishInputSchema = z
  .object({ writeId: transferIdSchema, size: z.number().int().min(1).max(maxBackupBytes) })
  .strict();

export const backupWriteFinishResultSchema = z.union([
  z.object({ target: z.literal('automatic'), result: writeAutomaticBackupResultSchema }).strict(),
  z.object({ target: z.literal('safety-copy'), name: z.string() }).strict(),
  z.object({ target: z.literal('save-as'), saved: z.literal(true), path: z.string(), fileName: z.string() }).strict(),
]);
export type BackupWriteFinishResult = z.infer<typeof backupWriteFinishResultSchema>;

/** False when main had already let the write go (finished, timed out, its window reloaded). */
export const backupWriteAbortResultSchema = z.object({ aborted: z.boolean() }).strict();

export const backupReadOpenResultSchema = z.union([
  /** Ask for the file's `size` bytes in pieces of at most `chunkBytes`. */
  z
    .object({
      opened: z.literal(true),
      readId: transferIdSchema,
      fileName: z.string(),
      size: z.number().int().min(1).max(maxBackupBytes),
      chunkBytes: chunkSizeSchema,
    })
    .strict(),
  /** The file's size, first or last bytes show it cannot be a whole backup: nothing more was read. */
  z.object({ opened: z.literal(false), fileName: z.string(), message: z.string() }).strict(),
  /** The user cancelled the open dialog. */
  z.object({ opened: z.literal(false) }).strict(),
]);
export type BackupReadOpenResult = z.infer<typeof backupReadOpenResultSchema>;

export const backupReadChunkInputSchema = z
  .object({ readId: transferIdSchema, offset: z.number().int().min(0).max(maxBackupBytes), length: chunkSizeSchema })
  .strict();

export const backupReadChunkResultSchema = z.object({ bytes: bytesSchema }).strict();

export const backupReadCloseInputSchema = z.object({ readId: transferIdSchema }).strict();

export const backupReadCloseResultSchema = z.object({ closed: z.boolean() }).strict();
