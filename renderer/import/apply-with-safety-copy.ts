// Apply after a safety copy: a backup of the data as it is now (the safety copy, written by main
// into the backups folder exactly as before a restore), and only once it is written the import
// itself (in the import worker: apply-in-worker.ts). Without the safety copy nothing is imported.
//
// This is the way when the import worker holds no current copy of its own; usually it does, and
// the copy is written while the worker applies (confirm-import.ts).
import { backupOfDatabase } from '../backup/app-backups';
import { bytesProducer, writeSafetyCopyFile } from '../backup/backup-transfer';
import type { CallDeskDb } from '../data/db';
import { SafetyCopyFailedError, SafetyCopyOutdatedError } from './stale-plan-error';
import { errorMessage } from '../../shared/common/error-message';

export { SafetyCopyFailedError };

/** A safety copy made in memory, and the change stamp of the moment it holds. */
export interface SafetyCopy {
  bytes: Uint8Array<ArrayBuffer>;
  changeStamp: string | null;
}

/** A safety copy main has written: its file name, and the change stamp of the moment it holds. */
export interface SavedSafetyCopy {
  name: string;
  changeStamp: string | null;
}

/** Makes the copy in the backup worker and has main write it as it is made. */
export async function saveSafetyCopy(db: CallDeskDb): Promise<SavedSafetyCopy> {
  const { name, made } = await writeSafetyCopyFile(backupOfDatabase(db), 'import');
  return { name, changeStamp: made.changeStamp };
}

/** Writes a copy made in memory through main, named as made before an import; returns its file name. */
export async function writeSafetyCopy(copy: SafetyCopy): Promise<string> {
  return (await writeSafetyCopyFile(bytesProducer(copy.bytes), 'import')).name;
}

/** The sentence the user reads when no copy could be saved: nothing was imported. */
export function safetyCopyFailed(reason: unknown): SafetyCopyFailedError {
  return new SafetyCopyFailedError(
    `Call Desk could not save a copy of your current data first, so nothing was imported. ${errorMessage(reason)}`,
    { cause: reason },
  );
}

// A copy found outdated by the apply is made again; data that keeps changing under it stops here.
const attempts = 3;

/**
 * Runs `apply` only after a current safety copy is saved (`save`); a failed copy means `apply`
 * never runs. `apply` gets the copy's change stamp and must refuse (SafetyCopyOutdatedError) if
 * the database no longer has it.
 */
export async function applyImportWithSafetyCopy<Applied>(
  db: CallDeskDb,
  apply: (safetyCopyStamp: string | null) => Promise<Applied>,
  save: (db: CallDeskDb) => Promise<SavedSafetyCopy> = saveSafetyCopy,
): Promise<{ applied: Applied; safetyCopy: string }> {
  for (let attempt = 1; ; attempt++) {
    let copy: SavedSafetyCopy;
    try {
      copy = await save(db);
    } catch (error) {
      throw safetyCopyFailed(error);
    }
    try {
      return { applied: await apply(copy.changeStamp), safetyCopy: copy.name };
    } catch (error) {
      if (!(error instanceof SafetyCopyOutdatedError)) throw error;
      if (attempt === attempts) {
        throw new SafetyCopyFailedError(
          'Your data kept changing while Call Desk saved a copy of it, so nothing was imported. Try again in a moment.',
          { cause: error },
        );
      }
    }
  }
}
