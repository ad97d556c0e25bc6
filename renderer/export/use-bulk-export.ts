// The multi-account export as a screen sees it: the run's state (kept by BulkExportProvider, so
// it survives leaving the Export screen) and start / stop / reset.
import { useContext, useSyncExternalStore } from 'react';
import { BulkExportContext } from './bulk-export-context';
import type { BulkExportStore } from './bulk-export-store';

export type { BulkExportState } from './bulk-export-store';

export function useBulkExport() {
  const store: BulkExportStore | null = useContext(BulkExportContext);
  if (!store) throw new Error('useBulkExport is used outside BulkExportProvider.');
  const state = useSyncExternalStore(store.subscribe, store.getState);
  return { state, start: store.start, stop: store.stop, reset: store.reset };
}
