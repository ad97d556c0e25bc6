// What "Import N invoices" does, as the screen and the bench both run it. The import worker made a
// safety copy from the rows it read for the preview; it starts writing the plan at once and hands
// the copy over, the window has main save it, and the worker's transaction commits only once the
// copy is saved. Saving the copy so runs beside the writing instead of before it, and still no
// import is ever stored without its copy: a copy that is not saved aborts the transaction.
// When the worker has no current copy (the data changed since the preview, or it could not make
// one), a copy is made first and the plan applied after it (applyImportWithSafetyCopy).
import type { CallDeskDb } from '../data/db';
import { applyInWorker, type ApplyRequest } from './apply-in-worker';
import {
  applyImportWithSafetyCopy,
  safetyCopyFailed,
  saveSafetyCopy,
  writeSafetyCopy,
  type SafetyCopy,
  type SavedSafetyCopy,
} from './apply-with-safety-copy';
import type { ImportWorkerClient } from './import-worker-client';
import type { AppliedImport } from './import-worker-protocol';
import { SafetyCopyFailedError, SafetyCopyNotMadeError, SafetyCopyOutdatedError } from './stale-plan-error';
import { errorMessage } from '../../shared/common/error-message';

export interface ConfirmImportSteps {
  /** The share of the rows written so far. */
  onProgress?: (fraction: number) => void;
  /** The safety copy is saved, under this file name (the import may still be writing). */
  onSafetyCopySaved?: (name: string) => void;
  /** Has main save a copy the worker made; writeSafetyCopy unless a test or the bench says otherwise. */
  write?: (copy: SafetyCopy) => Promise<string>;
  /** Makes a copy and has it saved, when the worker has none; saveSafetyCopy unless a test says otherwise. */
  save?: (db: CallDeskDb) => Promise<SavedSafetyCopy>;
}

export type ConfirmRequest = Omit<ApplyRequest, 'safetyCopy'>;

export async function confirmImport(
  db: CallDeskDb,
  client: ImportWorkerClient,
  request: ConfirmRequest,
  { onProgress = () => {}, onSafetyCopySaved = () => {}, write = writeSafetyCopy, save = saveSafetyCopy }: ConfirmImportSteps = {},
): Promise<{ applied: AppliedImport; safetyCopy: string }> {
  let savedAs: string | null = null;
  // Once the apply has answered, a save still finishing (the apply failed meanwhile) changes nothing on screen.
  let answered = false;
  const saveHandedOver = async (copy: SafetyCopy) => {
    try {
      savedAs = await write(copy);
    } catch (error) {
      client.tell({ kind: 'safety-copy-saved', planId: request.planId, failure: errorMessage(error) });
      return;
    }
    if (!answered) onSafetyCopySaved(savedAs);
    client.tell({ kind: 'safety-copy-saved', planId: request.planId, failure: null });
  };
  try {
    const applied = await applyInWorker(client, { ...request, safetyCopy: { kind: 'alongside' } }, onProgress, (copy) => {
      void saveHandedOver(copy);
    });
    // The worker commits only once told the copy is saved, so it is.
    if (savedAs === null) throw new Error('The import was stored, but Call Desk was not told where its safety copy was saved.');
    return { applied, safetyCopy: savedAs };
  } catch (error) {
    if (error instanceof SafetyCopyFailedError) throw safetyCopyFailed(error);
    if (!(error instanceof SafetyCopyNotMadeError || error instanceof SafetyCopyOutdatedError)) throw error;
  } finally {
    answered = true;
  }
  // Nothing of that attempt was kept: the bar starts again with the copy made here.
  onProgress(0);
  return applyImportWithSafetyCopy(
    db,
    (stamp) => applyInWorker(client, { ...request, safetyCopy: { kind: 'written', changeStamp: stamp } }, onProgress),
    async (d) => {
      const saved = await save(d);
      onSafetyCopySaved(saved.name);
      return saved;
    },
  );
}
