// Column choices the user made for a file, kept in the database's meta table under the file's
// header signature, so the next file with the same columns (next week's export of the same
// report) opens with them.
import { z } from 'zod';
import { importFields, type ColumnMapping } from '../../shared/import/model';
import type { CallDeskDb } from '../data/db';

const keyPrefix = 'import-columns:';

const savedMappingSchema = z.object({
  mapping: z.partialRecord(z.enum(importFields), z.number().int().nonnegative()),
  savedAt: z.string(),
});
export type SavedMapping = z.infer<typeof savedMappingSchema>;

export async function findSavedMapping(db: CallDeskDb, headerSignature: string, columnCount: number): Promise<SavedMapping | null> {
  const row = await db.meta.get(keyPrefix + headerSignature);
  const parsed = savedMappingSchema.safeParse(row?.value);
  if (!parsed.success) return null; // none, or written by a version that stored something else
  // A column beyond this file's would point at nothing: such a mapping is not for this file.
  if (Object.values(parsed.data.mapping).some((column) => column >= columnCount)) return null;
  return parsed.data;
}

export async function saveMapping(db: CallDeskDb, headerSignature: string, mapping: ColumnMapping, now: Date): Promise<void> {
  await db.meta.put({ key: keyPrefix + headerSignature, value: { mapping, savedAt: now.toISOString() } satisfies SavedMapping });
}

/** Same fields on the same columns. */
export function sameMapping(a: ColumnMapping, b: ColumnMapping): boolean {
  return importFields.every((field) => a[field] === b[field]);
}
