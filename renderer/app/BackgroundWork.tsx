// What the app keeps doing behind the screens: promise statuses, main's reminder schedule, the
// automatic backup and, once, the pieces of recordings whose call is gone, with the header's
// quiet lines about them. Mounted by the shell once the first screen has settled
// (startup-settled.ts), so none of it delays the first list.
import { AutomaticBackupNotice } from '../backup/AutomaticBackupNotice';
import { useAutomaticBackups } from '../backup/use-automatic-backups';
import { usePromiseStatusRefresh } from '../promises/use-promise-status-refresh';
import { useOrphanTakeCleanup } from '../recordings/use-orphan-take-cleanup';
import { ReminderSyncNotice } from '../reminders/ReminderSyncNotice';
import { useReminderSync } from '../reminders/use-reminder-sync';
import { usePrefetchScreens } from './lazy-screens';

export function BackgroundWork() {
  usePromiseStatusRefresh();
  useOrphanTakeCleanup();
  const reminderSync = useReminderSync();
  const automaticBackups = useAutomaticBackups();
  usePrefetchScreens();
  return (
    <>
      <ReminderSyncNotice status={reminderSync} />
      <AutomaticBackupNotice state={automaticBackups} />
    </>
  );
}
