// Drives the multi-account export: ask main for a folder, then write one packet per account
// there, reporting progress, stopping after the current file when asked, and ending with what
// was written.
import { useCallback, useRef, useState } from 'react';
import type { ChosenFolder } from '../../shared/ipc/files-contract';
import { useDb } from '../data/db-context';
import { invoke } from '../platform/bridge';
import { runBulkExport, type BulkExportAccount, type BulkExportProgress, type BulkExportRun } from './bulk-export';
import { exportAgencyPacket } from './pdf-export';

export type BulkExportState =
  | { phase: 'idle' }
  | { phase: 'choosing-folder' }
  | { phase: 'running'; folder: ChosenFolder; progress: BulkExportProgress; stopping: boolean }
  | { phase: 'finished'; folder: ChosenFolder; run: BulkExportRun }
  | { phase: 'failed'; message: string };

export function useBulkExport() {
  const db = useDb();
  const [state, setState] = useState<BulkExportState>({ phase: 'idle' });
  const stopRequested = useRef(false);
  const active = useRef(false);

  const start = useCallback(
    async (accounts: readonly BulkExportAccount[]) => {
      if (active.current || accounts.length === 0) return;
      active.current = true;
      stopRequested.current = false;
      setState({ phase: 'choosing-folder' });
      try {
        const { folder } = await invoke('files:choose-folder', { purpose: 'agency-packets' });
        if (!folder) {
          setState({ phase: 'idle' });
          return;
        }
        const run = await runBulkExport(accounts, {
          exportOne: async (customerId) =>
            (await exportAgencyPacket(db, customerId, { destination: (fileName) => ({ kind: 'folder', folderId: folder.id, fileName }) })).result,
          onProgress: (progress) =>
            setState((prev) => ({ phase: 'running', folder, progress, stopping: prev.phase === 'running' ? prev.stopping : false })),
          shouldStop: () => stopRequested.current,
        });
        setState({ phase: 'finished', folder, run });
      } catch (error) {
        setState({ phase: 'failed', message: `The export could not start. ${error instanceof Error ? error.message : String(error)}` });
      } finally {
        active.current = false;
      }
    },
    [db],
  );

  /** Stops after the file being written now. */
  const stop = useCallback(() => {
    stopRequested.current = true;
    setState((prev) => (prev.phase === 'running' ? { ...prev, stopping: true } : prev));
  }, []);

  const reset = useCallback(() => setState({ phase: 'idle' }), []);
  return { state, start, stop, reset };
}
