// The import history (newest first) and undoing the newest import, as React Query hooks.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useDb } from '../data/db-context';
import { listImports, undoLastImport } from './import-history';

const historyKey = ['import-history'] as const;

export function useImportHistory() {
  const db = useDb();
  return useQuery({ queryKey: historyKey, queryFn: () => listImports(db) });
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
