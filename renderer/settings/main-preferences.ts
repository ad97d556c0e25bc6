// The preferences main keeps because they act with no window open (tray, start at login),
// read and written over IPC. In a plain browser there is no main: the hooks stay idle.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MainPreferences } from '../../shared/ipc/contract';
import { queryKeys } from '../data/query-keys';
import { hasDesktopBridge, invoke } from '../platform/bridge';

export function useMainPreferences() {
  return useQuery({ queryKey: queryKeys.mainPreferences(), queryFn: () => invoke('preferences:get'), enabled: hasDesktopBridge() });
}

export function useSaveMainPreferences() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (change: Partial<MainPreferences>) => invoke('preferences:set', change),
    onSuccess: (saved) => client.setQueryData(queryKeys.mainPreferences(), saved),
  });
}
