// "Restore from backup", step by step: main opens the file (a dialog, or an automatic backup by
// name), the worker checks it, the user sees what would be replaced and confirms, and the whole
// database is replaced in one transaction. Then the app reloads on the restored data, which also
// sends main the whole reminder schedule again (a fresh page starts with a full sync).
import { useState } from 'react';
import type { Backup, BackupSummary } from '../../shared/backup/backup-format';
import type { BackupOpenInput } from '../../shared/ipc/backup-contract';
import { routes } from '../app/router';
import { useDb } from '../data/db-context';
import { invoke } from '../platform/bridge';
import { checkBackupFile } from './app-backups';
import { backupRecordCounts, currentRecordCounts, restoreBackup, restoreProblem, type ComparedRecord } from './backup-file';
import { rememberRestore } from './restore-confirmation';

export type RestoreStep =
  | { step: 'idle' }
  | { step: 'opening' }
  | { step: 'checking'; fileName: string }
  | { step: 'refused'; fileName: string; message: string }
  | { step: 'failed'; message: string }
  | {
      step: 'confirm';
      fileName: string;
      backup: Backup;
      summary: BackupSummary;
      inBackup: Record<ComparedRecord, number>;
      current: Record<ComparedRecord, number>;
      restoring: boolean;
      error: string | null;
    };

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Starts the app again on the customer list, on the restored data. */
function reloadOnRestoredData(): void {
  window.history.replaceState(null, '', routes.customers());
  window.location.reload();
}

export function useRestoreFlow() {
  const db = useDb();
  const [state, setState] = useState<RestoreStep>({ step: 'idle' });

  const open = async (source: BackupOpenInput) => {
    setState({ step: 'opening' });
    try {
      const opened = await invoke('backup:open', source);
      if (!opened.opened) {
        setState({ step: 'idle' });
        return;
      }
      const { fileName } = opened;
      setState({ step: 'checking', fileName });
      const checked = await checkBackupFile(opened.bytes);
      if (!checked.ok) {
        setState({ step: 'refused', fileName, message: checked.message });
        return;
      }
      const problem = restoreProblem(checked.backup);
      if (problem) {
        setState({ step: 'refused', fileName, message: problem });
        return;
      }
      setState({
        step: 'confirm',
        fileName,
        backup: checked.backup,
        summary: checked.summary,
        inBackup: backupRecordCounts(checked.summary),
        current: await currentRecordCounts(db),
        restoring: false,
        error: null,
      });
    } catch (error) {
      setState({ step: 'failed', message: `The backup could not be opened: ${messageOf(error)}` });
    }
  };

  const confirm = async () => {
    if (state.step !== 'confirm' || state.restoring) return;
    const chosen = state;
    setState({ ...chosen, restoring: true, error: null });
    try {
      await restoreBackup(db, chosen.backup);
    } catch (error) {
      // restoreSnapshot's sentences already say that nothing was changed.
      setState({ ...chosen, restoring: false, error: messageOf(error) });
      return;
    }
    rememberRestore({ backupCreatedAt: chosen.summary.createdAt, counts: chosen.inBackup });
    reloadOnRestoredData();
  };

  const cancel = () => setState({ step: 'idle' });

  return { state, open, confirm, cancel };
}
