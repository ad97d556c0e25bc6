// Main's view of the backups (is today's due, which automatic backups exist, where they are).
import { useQuery } from '@tanstack/react-query';
import { hasDesktopBridge, invoke } from '../platform/bridge';

export const backupQueryKeys = {
  status: () => ['backups', 'status'] as const,
};

export function useBackupStatus() {
  return useQuery({ queryKey: backupQueryKeys.status(), queryFn: () => invoke('backup:status'), enabled: hasDesktopBridge() });
}
