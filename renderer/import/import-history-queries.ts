// The import history (newest first) and undoing the newest import.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useDb } from '../data/db-context';
import { undoLastImport } from './undo-import';

const historyKey = ['import-history'] as const;
/** Enough to see the last months of weekly imports. */
const shownImports = 25;

export function useImportHistory() {
  const db = useDb();
  return useQuery({
    queryKey: historyKey,
    queryFn: async () => (await db.imports.orderBy('startedAt').reverse().limit(shownImports).toArray()).map(({ undo: _undo, ...shown }) => shown),
  });
}

export function useUndoLastImport() {
  const db = useDb();
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => undoLastImport(db, { now: new Date() }),
    // An undo puts back customers, invoices, payments and promises: everything reads afresh.
    onSuccess: () => client.invalidateQueries(),
  });
}
