// "Import N invoices": a safety copy of the data first (as before a restore: no copy, no
// import), then the plan applied in one transaction, then every screen reads afresh.
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { ImportRecord } from '../../shared/import/import-history';
import type { ImportPlan } from '../../shared/import/model';
import { makeBackupFile } from '../backup/app-backups';
import { useDb } from '../data/db-context';
import { invoke } from '../platform/bridge';
import { applyImport } from './apply-import';

export type ApplyState =
  | { step: 'idle'; error: string | null }
  | { step: 'saving-safety-copy' | 'importing' }
  | { step: 'done'; record: ImportRecord; changedCustomerIds: string[] };

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function useApplyImport() {
  const db = useDb();
  const client = useQueryClient();
  const [state, setState] = useState<ApplyState>({ step: 'idle', error: null });

  const apply = async (plan: ImportPlan, meta: { fileName: string; presetName: string; takeFromFile: readonly string[] }): Promise<boolean> => {
    setState({ step: 'saving-safety-copy' });
    try {
      const { bytes } = await makeBackupFile(db);
      await invoke('backup:write-safety-copy', { bytes });
    } catch (error) {
      setState({
        step: 'idle',
        error: `Call Desk could not save a copy of your current data first, so nothing was imported and your data has not been changed. ${messageOf(error)}`,
      });
      return false;
    }
    setState({ step: 'importing' });
    try {
      const record = await applyImport(db, plan, { ...meta, now: new Date() });
      await client.invalidateQueries();
      setState({ step: 'done', record, changedCustomerIds: plan.changedCustomerIds });
      return true;
    } catch (error) {
      setState({ step: 'idle', error: `Nothing was imported: ${messageOf(error)}` });
      return false;
    }
  };

  return { state, apply, reset: () => setState({ step: 'idle', error: null }) };
}
