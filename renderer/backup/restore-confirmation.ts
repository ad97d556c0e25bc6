// After a restore the app reloads, so every screen, cache and the reminder schedule start again
// from the restored data. What was restored is kept for that one reload (in this window's
// session storage) so the app can say so when it opens again.
import { z } from 'zod';
import { comparedRecords, type ComparedRecord } from './backup-file';

const storageKey = 'call-desk:restored-backup';

const restoredSchema = z.object({
  /** When the restored backup was made (UTC ISO). */
  backupCreatedAt: z.string(),
  counts: z.object(Object.fromEntries(comparedRecords.map((name) => [name, z.number()])) as Record<ComparedRecord, z.ZodNumber>),
  /** The file in the backups folder that holds the data as it was just before the restore. */
  safetyCopy: z.string().optional(),
  /** The records left out because they could not be read (the user chose to restore the rest). */
  leftOut: z.array(z.string()).default([]),
});
export type RestoredBackup = z.infer<typeof restoredSchema>;
type RestoredBackupInput = z.input<typeof restoredSchema>;

export function rememberRestore(restored: RestoredBackupInput): void {
  window.sessionStorage.setItem(storageKey, JSON.stringify(restored));
}

let atStart: RestoredBackup | null | undefined;

/**
 * What the restore just before this page load put in place, or null. The stored note is read
 * (and removed) once per page load, so a later reload does not repeat it.
 */
export function restoreConfirmationAtStart(): RestoredBackup | null {
  if (atStart === undefined) atStart = takeRestoreConfirmation();
  return atStart;
}

function takeRestoreConfirmation(): RestoredBackup | null {
  const raw = window.sessionStorage.getItem(storageKey);
  if (raw === null) return null;
  window.sessionStorage.removeItem(storageKey);
  try {
    const parsed = restoredSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
