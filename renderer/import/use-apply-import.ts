// "Import N invoices": the import worker writes the plan it keeps in one transaction, committed
// only once a safety copy of the data is saved (as before a restore: no copy, no import; see
// confirm-import.ts), then every screen reads afresh.
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useDb } from '../data/db-context';
import { SafetyCopyFailedError } from './apply-with-safety-copy';
import { confirmImport } from './confirm-import';
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
    // The rows are written while the copy is saved: the bar shows them once the copy is safe.
    let copySaved = false;
    let fraction = 0;
    try {
      const { applied, safetyCopy } = await confirmImport(
        db,
        worker(),
        {
          kind: 'apply',
          planId: plan.planId,
          databaseName: db.name,
          ...meta,
          takeFromFile: [...meta.takeFromFile],
          now: new Date().toISOString(),
        },
        {
          onProgress: (share) => {
            fraction = share;
            if (copySaved) setState({ step: 'importing', fraction });
          },
          onSafetyCopySaved: () => {
            copySaved = true;
            setState({ step: 'importing', fraction });
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
