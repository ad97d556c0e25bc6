// Main's facts about the running app (its name and version), asked once: they cannot change
// while it runs. In a plain browser there is no main and the query stays idle.
import { useQuery } from '@tanstack/react-query';
import { queryKeys } from '../data/query-keys';
import { hasDesktopBridge, invoke } from './bridge';

export function useAppInfo() {
  return useQuery({
    queryKey: queryKeys.appInfo(),
    queryFn: () => invoke('app:get-info'),
    enabled: hasDesktopBridge(),
    staleTime: Infinity,
  });
}
