// Starts the automatic backups for the app's lifetime (call once, in the app shell) and keeps
// the Backups section's list current when one is written.
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useSyncExternalStore } from 'react';
import { useDb } from '../data/db-context';
import { hasDesktopBridge } from '../platform/bridge';
import { automaticBackupRunnerFor, dropStagedRestore } from './app-backups';
import type { AutomaticBackupState } from './automatic-backup';
import { backupQueryKeys } from './queries';

/** The automatic backups' state, for status lines (does not start anything). */
export function useAutomaticBackupState(): AutomaticBackupState {
  const runner = automaticBackupRunnerFor(useDb());
  return useSyncExternalStore(runner.subscribe, runner.getState);
}

export function useAutomaticBackups(): AutomaticBackupState {
  const db = useDb();
  const runner = automaticBackupRunnerFor(db);
  const client = useQueryClient();
  // Documents a restore staged and never used (the app closed while it waited for a confirmation) go at start.
  useEffect(() => void dropStagedRestore(db).catch(() => {}), [db]);
  // In a plain browser there is no main to keep backups.
  useEffect(() => (hasDesktopBridge() ? runner.start() : undefined), [runner]);

  const state = useSyncExternalStore(runner.subscribe, runner.getState);
  const written = state.lastWritten;
  useEffect(() => {
    if (written) void client.invalidateQueries({ queryKey: backupQueryKeys.status() });
  }, [written, client]);
  return state;
}
