// React Query hook for the accounts the multi-account export offers.
import { useQuery } from '@tanstack/react-query';
import { useDb } from '../data/db-context';
import { queryKeys } from '../data/query-keys';
import { listExportCandidates, summariseExportFilters, type ExportFilter } from './export-candidates';

export function useExportCandidates(filter: ExportFilter | null, today: string | null) {
  const db = useDb();
  return useQuery({
    queryKey: queryKeys.exportCandidates(filter ?? '', today ?? ''),
    queryFn: () => {
      if (today === null || filter === null) throw new Error('The settings are not loaded yet.');
      return listExportCandidates(db, filter, today);
    },
    enabled: today !== null && filter !== null,
  });
}

/** Each filter's count and open balances per currency, for its tab. */
export function useExportFilterSummaries(today: string | null) {
  const db = useDb();
  return useQuery({
    queryKey: queryKeys.exportFilterSummaries(today ?? ''),
    queryFn: () => {
      if (today === null) throw new Error('The settings are not loaded yet.');
      return summariseExportFilters(db, today);
    },
    enabled: today !== null,
  });
}
