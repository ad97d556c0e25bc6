// React Query hooks for the settings.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Settings } from '../../shared/settings/schema';
import { useDb } from '../data/db-context';
import { queryKeys } from '../data/query-keys';
import { getSettings, saveSettings } from './settings-repository';

export function useSettings() {
  const db = useDb();
  return useQuery({ queryKey: queryKeys.settings(), queryFn: () => getSettings(db) });
}

export function useSaveSettings() {
  const db = useDb();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (settings: Settings) => saveSettings(db, settings),
    // The saved value is what the next read would return; search keys carry the default country.
    onSuccess: (saved) => client.setQueryData(queryKeys.settings(), saved),
  });
}
