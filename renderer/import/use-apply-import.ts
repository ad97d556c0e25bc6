// "Import N invoices": a safety copy of the data first (as before a restore: no copy, no
// import), then the import worker applies the plan it keeps in one transaction, then every
// screen reads afresh.
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useDb } from '../data/db-context';
import { applyInWorker, safetyCopyFromWorker, type ApplyRequest } from './apply-in-worker';
import { applyImportWithSafetyCopy, SafetyCopyFailedError, saveSafetyCopy, writeSafetyCopy } from './apply-with-safety-copy';
import type { ImportWorkerClient } from './import-worker-client';
import type { AppliedImport, PlanPreview } from './import-worker-protocol';
import { errorMessage } from '../../shared/common/error-message';

export type ApplyState =
  | { step: 'idle'; error: string | null }
  | { step: 'saving-safety-copy' }
  | { step: 'importing'; fraction: number }
  | { step: 'done'; applied: AppliedImport; safetyCopy: string };

/** `worker`: the client of the worker that made the plan (it holds the plan to apply). */
export function useApplyImport(worker: () => ImportWorkerClient) {
  const db = useDb();
  const client = useQueryClient();
  const [state, setState] = useState<ApplyState>({ step: 'idle', error: null });
  const apply = async (
    plan: PlanPreview,
    meta: { fileName: string; presetName: string; takeFromFile: readonly string[] },
  ): Promise<boolean> => {
    setState({ step: 'saving-safety-copy' });
    try {
      const request = (safetyCopyStamp: string | null): ApplyRequest => ({
        kind: 'apply',
        planId: plan.planId,
        databaseName: db.name,
        ...meta,
        safetyCopyStamp,
        takeFromFile: [...meta.takeFromFile],
        now: new Date().toISOString(),
      });
      // Made by the worker from the rows it read for the preview, while the user read it.
      const early = safetyCopyFromWorker(worker(), plan.planId);
      early.catch(() => {}); // made again below if it failed
      const { applied, safetyCopy } = await applyImportWithSafetyCopy(
        db,
        (stamp) => applyInWorker(worker(), request(stamp), (fraction) => setState({ step: 'importing', fraction })),
        {
          prepared: early,
          write: async (copy) => {
            const name = await writeSafetyCopy(copy);
            setState({ step: 'importing', fraction: 0 });
            return name;
          },
          save: async (d) => {
            const saved = await saveSafetyCopy(d);
            setState({ step: 'importing', fraction: 0 });
            return saved;
          },
        },
      );
      await client.invalidateQueries();
      setState({ step: 'done', applied, safetyCopy });
      return true;
    } catch (error) {
      // The transaction is all or nothing: a failure leaves the data as it was.
      setState({
        step: 'idle',
        error: error instanceof SafetyCopyFailedError ? error.message : `Nothing was imported: ${errorMessage(error)}`,
      });
      return false;
    }
  };

  return { state, apply, reset: () => setState({ step: 'idle', error: null }) };
}
