// React Query hooks for the script library. The rows are few (scripts × versions), read whole.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useDb } from '../../data/db-context';
import { queryKeys } from '../../data/query-keys';
import { listScriptRows, saveOfficeScript, setScriptArchived, type OfficeScriptSave } from './script-repository';

export function useScriptRows() {
  const db = useDb();
  return useQuery({ queryKey: queryKeys.scripts(), queryFn: () => listScriptRows(db) });
}

export function useSaveOfficeScript() {
  const db = useDb();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (save: OfficeScriptSave) => saveOfficeScript(db, save),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.scripts() }),
  });
}

export function useSetScriptArchived() {
  const db = useDb();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (vars: { scriptId: string; archived: boolean }) => setScriptArchived(db, vars.scriptId, vars.archived),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.scripts() }),
  });
}
