// React Query hook for the dashboard's figures.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useOfficeToday } from '../shell/use-office-today';
import { useDb } from '../data/db-context';
import { queryKeys } from '../data/query-keys';
import { useSettings } from '../settings/queries';
import { loadDashboard } from './dashboard-inputs';

export function useDashboard() {
  const db = useDb();
  const settings = useSettings().data;
  const today = useOfficeToday();
  const settingsKey = settings ? `${settings.officeTimeZone}|${settings.locale}|${settings.promiseGraceDays}` : '';
  return useQuery({
    queryKey: queryKeys.dashboard(today ?? '', settingsKey),
    queryFn: () => {
      if (!settings || today === null) throw new Error('The settings are not loaded yet.');
      return loadDashboard(db, today, settings);
    },
    enabled: settings !== undefined && today !== null,
    // At midnight the old figures stay on screen until the new day's are read.
    placeholderData: keepPreviousData,
  });
}
