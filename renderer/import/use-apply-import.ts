// "Import N invoices": a safety copy of the data first (as before a restore: no copy, no
// import), then the plan applied in one transaction, then every screen reads afresh.
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { ImportRecord } from '../../shared/import/import-history';
import type { ImportPlan } from '../../shared/import/model';
import { useDb } from '../data/db-context';
import { applyImportWithSafetyCopy, SafetyCopyFailedError, writeSafetyCopy } from './apply-with-safety-copy';

export type ApplyState =
  | { step: 'idle'; error: string | null }
  | { step: 'saving-safety-copy' | 'importing' }
  | { step: 'done'; record: ImportRecord; safetyCopy: string };

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function useApplyImport() {
  const db = useDb();
  const client = useQueryClient();
  const [state, setState] = useState<ApplyState>({ step: 'idle', error: null });

  const apply = async (plan: ImportPlan, meta: { fileName: string; presetName: string; takeFromFile: readonly string[] }): Promise<boolean> => {
    setState({ step: 'saving-safety-copy' });
    try {
      const { record, safetyCopy } = await applyImportWithSafetyCopy(db, plan, { ...meta, now: new Date() }, async (database) => {
        const name = await writeSafetyCopy(database);
        setState({ step: 'importing' });
        return name;
      });
      await client.invalidateQueries();
      setState({ step: 'done', record, safetyCopy });
      return true;
    } catch (error) {
      // The transaction is all or nothing: a failure leaves the data as it was.
      setState({ step: 'idle', error: error instanceof SafetyCopyFailedError ? error.message : `Nothing was imported: ${messageOf(error)}` });
      return false;
    }
  };

  return { state, apply, reset: () => setState({ step: 'idle', error: null }) };
}
