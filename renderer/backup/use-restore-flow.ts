// "Restore from backup", step by step: main opens the file (a dialog, or an automatic backup by
// name) and checks its size and first and last bytes; the worker checks it, reading the parts it
// needs through the page, and stages its documents in the database one at a time (the file is
// never in memory whole); the user sees what would be replaced and confirms. Then a backup
// of the data as it is now (the safety copy) is made and main writes it into the backups folder;
// only once main says it is written (and read back) is the whole database replaced, in one
// transaction. Without the safety copy there is no restore: restoring the wrong file must never
// lose what was entered since the last backup. Then the app reloads on the restored data, which
// also sends main the whole reminder schedule again (a fresh page starts with a full sync).
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { BackupSummary } from '../../shared/backup/backup-format';
import type { BackupOpenInput } from '../../shared/ipc/backup-contract';
import { routes } from '../shell/router';
import { useDb } from '../data/db-context';
import { backupOfDatabase, checkBackupFile, dropStagedRestore } from './app-backups';
import { openBackupFile, writeSafetyCopyFile } from './backup-transfer';
import { backupQueryKeys } from './queries';
import { rowProblemText } from '../../shared/backup/row-problem-wording';
import {
  backupRecordCounts,
  currentRecordCounts,
  keptRecordCounts,
  prepareRestore,
  restoreBackup,
  restoreProblem,
  type ComparedRecord,
  type PreparedRestore,
} from './backup-file';
import { rememberRestore } from './restore-confirmation';
import { errorMessage } from '../../shared/common/error-message';

export type RestoreStep =
  | { step: 'idle' }
  | { step: 'opening' }
  | { step: 'checking'; fileName: string }
  | { step: 'refused'; fileName: string; message: string }
  | { step: 'failed'; message: string }
  | {
      step: 'confirm';
      fileName: string;
      /** The backup, its rows checked; problems mean only "restore the rest" is offered. */
      prepared: PreparedRestore;
      summary: BackupSummary;
      inBackup: Record<ComparedRecord, number>;
      current: Record<ComparedRecord, number>;
      /** What is under way after "Replace my data": saving the safety copy, then restoring. */
      restoring: false | 'saving-safety-copy' | 'restoring';
      error: string | null;
    };

export function safetyCopyFailedMessage(reason: string): string {
  return `Call Desk could not save a copy of your current data first, so nothing was restored and your data has not been changed. ${reason}`;
}

/** Starts the app again on the customer list, on the restored data. */
function reloadOnRestoredData(): void {
  window.history.replaceState(null, '', routes.customers());
  window.location.reload();
}

export function useRestoreFlow() {
  const db = useDb();
  const client = useQueryClient();
  const [state, setState] = useState<RestoreStep>({ step: 'idle' });

  const open = async (source: BackupOpenInput) => {
    setState({ step: 'opening' });
    try {
      const opened = await openBackupFile(source);
      if (!opened.opened) {
        setState('message' in opened ? { step: 'refused', fileName: opened.fileName, message: opened.message } : { step: 'idle' });
        return;
      }
      const { fileName } = opened;
      setState({ step: 'checking', fileName });
      let checked: Awaited<ReturnType<typeof checkBackupFile>>;
      try {
        checked = await checkBackupFile(db, opened.file);
      } finally {
        await opened.close();
      }
      if (!checked.ok) {
        setState({ step: 'refused', fileName, message: checked.message });
        return;
      }
      const problem = restoreProblem(checked.backup);
      if (problem) {
        await dropStagedRestore(db);
        setState({ step: 'refused', fileName, message: problem });
        return;
      }
      const prepared = await prepareRestore(checked.backup);
      setState({
        step: 'confirm',
        fileName,
        prepared,
        summary: checked.summary,
        inBackup: backupRecordCounts(checked.summary),
        current: await currentRecordCounts(db),
        restoring: false,
        error: null,
      });
    } catch (error) {
      setState({ step: 'failed', message: `The backup could not be opened: ${errorMessage(error)}` });
    }
  };

  /** Replaces the data; with rows that failed the check, only when `leaveOut` (the rest is restored). */
  const confirm = async ({ leaveOut = false }: { leaveOut?: boolean } = {}) => {
    if (state.step !== 'confirm' || state.restoring) return;
    const chosen = state;
    setState({ ...chosen, restoring: 'saving-safety-copy', error: null });
    let safetyCopy: string;
    try {
      ({ name: safetyCopy } = await writeSafetyCopyFile(backupOfDatabase(db), 'restore'));
      // Listed at once, should the restore itself then fail.
      void client.invalidateQueries({ queryKey: backupQueryKeys.status() });
    } catch (error) {
      setState({ ...chosen, restoring: false, error: safetyCopyFailedMessage(errorMessage(error)) });
      return;
    }
    setState({ ...chosen, restoring: 'restoring', error: null });
    try {
      await restoreBackup(db, chosen.prepared, { leaveOut });
    } catch (error) {
      // restoreSnapshot's sentences already say that nothing was changed.
      setState({ ...chosen, restoring: false, error: errorMessage(error) });
      return;
    }
    const { problems, dependents, kept } = chosen.prepared.check;
    rememberRestore({
      backupCreatedAt: chosen.summary.createdAt,
      counts: leaveOut ? keptRecordCounts(kept) : chosen.inBackup,
      safetyCopy,
      leftOut: leaveOut ? [...problems, ...dependents].map(rowProblemText) : [],
    });
    reloadOnRestoredData();
  };

  const cancel = () => {
    // The documents the check staged are not wanted any more.
    if (state.step === 'confirm') void dropStagedRestore(db).catch(() => {});
    setState({ step: 'idle' });
  };

  return { state, open, confirm, cancel };
}
