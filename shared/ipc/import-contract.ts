// IPC schemas for opening a file to import (an A/R aging report, an invoice or customer list).
// Main asks the user with its open dialog and checks the size before reading, so a huge file is
// refused with its size instead of being copied into memory; the renderer reads the bytes.
import { z } from 'zod';
import { importSizeLimitBytes } from '../import/read/size-limit';
import { bytesSchema } from './files-contract';

/** The largest file an import reads: the read stage's own limit, checked by main before reading. */
export const importFileSizeLimit = importSizeLimitBytes;

/** The kinds of file the open dialog offers (the reader decides what a file really is). */
export const importFileExtensions = ['csv', 'tsv', 'txt', 'xlsx', 'xls', 'iif'] as const;

export const importOpenFileResultSchema = z.union([
  z.object({ opened: z.literal(true), fileName: z.string().min(1), bytes: bytesSchema }).strict(),
  /** Over importFileSizeLimit: not read at all. Sizes in bytes. */
  z
    .object({
      opened: z.literal(false),
      tooLarge: z.literal(true),
      fileName: z.string().min(1),
      size: z.number().int().nonnegative(),
      limit: z.number().int().positive(),
    })
    .strict(),
  /** The user cancelled the dialog. */
  z.object({ opened: z.literal(false) }).strict(),
]);
export type ImportOpenFileResult = z.infer<typeof importOpenFileResultSchema>;
