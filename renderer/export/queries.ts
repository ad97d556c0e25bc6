// React Query hook for the accounts the multi-account export offers.
import { useQuery } from '@tanstack/react-query';
import { useDb } from '../data/db-context';
import { queryKeys } from '../data/query-keys';
import { listExportCandidates, type ExportFilter } from './export-candidates';

export function useExportCandidates(filter: ExportFilter, today: string | null) {
  const db = useDb();
  return useQuery({
    queryKey: queryKeys.exportCandidates(filter, today ?? ''),
    queryFn: () => {
      if (today === null) throw new Error('The settings are not loaded yet.');
      return listExportCandidates(db, filter, today);
    },
    enabled: today !== null,
  });
}
