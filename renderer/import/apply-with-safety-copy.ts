// Apply as the user confirms it: first a backup of the data as it is now (the safety copy, written
// by main into the backups folder exactly as before a restore), and only once it is written the
// import itself (in the import worker: apply-in-worker.ts). Without the safety copy nothing is imported.
import { makeBackupFile } from '../backup/app-backups';
import type { CallDeskDb } from '../data/db';
import { invoke } from '../platform/bridge';

export class SafetyCopyFailedError extends Error {
  override name = 'SafetyCopyFailedError';
}

/** Writes the safety copy through main, named as made before an import; returns its file name. */
export async function writeSafetyCopy(db: CallDeskDb): Promise<string> {
  const { bytes } = await makeBackupFile(db);
  return (await invoke('backup:write-safety-copy', { bytes, reason: 'import' })).name;
}

/** Runs `apply` only after the safety copy is saved; a failed copy means `apply` never runs. */
export async function applyImportWithSafetyCopy<Applied>(
  db: CallDeskDb,
  apply: () => Promise<Applied>,
  saveSafetyCopy: (db: CallDeskDb) => Promise<string> = writeSafetyCopy,
): Promise<{ applied: Applied; safetyCopy: string }> {
  let safetyCopy: string;
  try {
    safetyCopy = await saveSafetyCopy(db);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new SafetyCopyFailedError(`Call Desk could not save a copy of your current data first, so nothing was imported. ${reason}`, { cause: error });
  }
  return { applied: await apply(), safetyCopy };
}
