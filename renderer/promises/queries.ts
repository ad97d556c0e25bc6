// React Query hooks for the Promises view.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useOfficeToday } from '../shell/use-office-today';
import { useDb } from '../data/db-context';
import { queryKeys } from '../data/query-keys';
import { useSettings } from '../settings/queries';
import type { PromiseFilter } from './promise-filters';
import { listPromises, summarisePromiseTabs } from './promise-list';

export function usePromiseList(filter: PromiseFilter) {
  const db = useDb();
  const settings = useSettings().data;
  const today = useOfficeToday();
  return useQuery({
    queryKey: queryKeys.promiseList(filter, today ?? ''),
    queryFn: () => {
      if (!settings || today === null) throw new Error('The settings are not loaded yet.');
      return listPromises(db, filter, { today, settings });
    },
    enabled: settings !== undefined && today !== null,
    // The previous filter's rows stay on screen while the next one loads.
    placeholderData: keepPreviousData,
  });
}

/** Each tab's count and totals per currency, refreshed with the lists. */
export function usePromiseTabs() {
  const db = useDb();
  const settings = useSettings().data;
  const today = useOfficeToday();
  return useQuery({
    queryKey: queryKeys.promiseTabs(today ?? ''),
    queryFn: () => {
      if (!settings || today === null) throw new Error('The settings are not loaded yet.');
      return summarisePromiseTabs(db, { today, settings });
    },
    enabled: settings !== undefined && today !== null,
    placeholderData: keepPreviousData,
  });
}
