// "Import N invoices": a safety copy of the data first (as before a restore: no copy, no
// import), then the import worker applies the plan it keeps in one transaction, then every
// screen reads afresh.
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import { useDb } from '../data/db-context';
import { applyInWorker, type ApplyRequest } from './apply-in-worker';
import { applyImportWithSafetyCopy, makeSafetyCopy, SafetyCopyFailedError, writeSafetyCopy, type SafetyCopy } from './apply-with-safety-copy';
import type { ImportWorkerClient } from './import-worker-client';
import type { AppliedImport, PlanPreview } from './import-worker-protocol';

export type ApplyState =
  | { step: 'idle'; error: string | null }
  | { step: 'saving-safety-copy' }
  | { step: 'importing'; fraction: number }
  | { step: 'done'; applied: AppliedImport; safetyCopy: string };

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** `worker`: the client of the worker that made the plan (it holds the plan to apply). */
export function useApplyImport(worker: () => ImportWorkerClient) {
  const db = useDb();
  const client = useQueryClient();
  const [state, setState] = useState<ApplyState>({ step: 'idle', error: null });
  const prepared = useRef<Promise<SafetyCopy> | null>(null);

  /**
   * Starts the safety copy while the user reads the preview, so "Import" has only the import left
   * to do. (Not alongside the plan: on two cores the two full reads slow each other and the
   * preview comes later.) Used only if the data is unchanged by then (its change stamp says so).
   */
  const prepare = useCallback(() => {
    const copy = makeSafetyCopy(db);
    copy.catch(() => {}); // a failed early copy is made again at apply, where its error is shown
    prepared.current = copy;
  }, [db]);

  const apply = async (plan: PlanPreview, meta: { fileName: string; presetName: string; takeFromFile: readonly string[] }): Promise<boolean> => {
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
      const early = prepared.current;
      prepared.current = null;
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
        },
      );
      await client.invalidateQueries();
      setState({ step: 'done', applied, safetyCopy });
      return true;
    } catch (error) {
      // The transaction is all or nothing: a failure leaves the data as it was.
      setState({ step: 'idle', error: error instanceof SafetyCopyFailedError ? error.message : `Nothing was imported: ${messageOf(error)}` });
      return false;
    }
  };

  return { state, apply, prepare, reset: () => setState({ step: 'idle', error: null }) };
}
