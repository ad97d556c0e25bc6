// Apply as the user confirms it: first a backup of the data as it is now (the safety copy, written
// by main into the backups folder exactly as before a restore), and only once it is written the
// import itself (in the import worker: apply-in-worker.ts). Without the safety copy nothing is imported.
//
// The copy is usually made by the import worker while the user is still looking at the preview
// (prepared, see import-session.ts): it carries the database's change stamp
// (renderer/data/change-stamp.ts), so it is used only if nothing was written since, which the
// apply checks again inside its own transaction. Otherwise the backup worker makes it afresh.
import { backupOfDatabase } from '../backup/app-backups';
import { bytesProducer, writeSafetyCopyFile } from '../backup/backup-transfer';
import { readChangeStamp } from '../data/change-stamp';
import type { CallDeskDb } from '../data/db';
import { SafetyCopyOutdatedError } from './stale-plan-error';
import { errorMessage } from '../../shared/common/error-message';

export class SafetyCopyFailedError extends Error {
  override name = 'SafetyCopyFailedError';
}

/** A safety copy made in memory ahead of time, and the change stamp of the moment it holds. */
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

/** Writes a copy made ahead of time through main, named as made before an import; returns its file name. */
export async function writeSafetyCopy(copy: SafetyCopy): Promise<string> {
  return (await writeSafetyCopyFile(bytesProducer(copy.bytes), 'import')).name;
}

export interface SafetyCopySteps {
  /** A copy started earlier (while the preview was shown), if any; written by `write` while it is current. */
  prepared?: Promise<SafetyCopy> | null;
  write?: (copy: SafetyCopy) => Promise<string>;
  /** Makes a copy now and has it written (when there is no current prepared one). */
  save?: (db: CallDeskDb) => Promise<SavedSafetyCopy>;
}

// A copy found outdated by the apply is made again; data that keeps changing under it stops here.
const attempts = 3;

/**
 * Runs `apply` only after a current safety copy is saved; a failed copy means `apply` never runs.
 * `apply` gets the copy's change stamp and must refuse (SafetyCopyOutdatedError) if the database
 * no longer has it.
 */
export async function applyImportWithSafetyCopy<Applied>(
  db: CallDeskDb,
  apply: (safetyCopyStamp: string | null) => Promise<Applied>,
  { prepared = null, write = writeSafetyCopy, save = saveSafetyCopy }: SafetyCopySteps = {},
): Promise<{ applied: Applied; safetyCopy: string }> {
  for (let attempt = 1; ; attempt++) {
    let copy: SavedSafetyCopy;
    try {
      // A prepared copy that failed (or was too large to hold in memory) is simply made now.
      const early = attempt === 1 && prepared ? await prepared.catch(() => null) : null;
      // Read before the last write: made again rather than saved and then refused.
      copy =
        early && early.changeStamp === (await readChangeStamp(db))
          ? { name: await write(early), changeStamp: early.changeStamp }
          : await save(db);
    } catch (error) {
      throw new SafetyCopyFailedError(
        `Call Desk could not save a copy of your current data first, so nothing was imported. ${errorMessage(error)}`,
        { cause: error },
      );
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
