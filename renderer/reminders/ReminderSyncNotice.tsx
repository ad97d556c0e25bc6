// A quiet line in the header when main refused the reminder schedule: reminders may be out of
// date, but nothing else is blocked. Main's own sentence is in the tooltip.
import type { ReminderSyncStatus } from './use-reminder-sync';
import './reminders.css';

export function ReminderSyncNotice({ status }: { status: ReminderSyncStatus }) {
  return (
    <span role="status" className="reminder-sync-notice" title={status.state === 'failed' ? status.message : undefined}>
      {status.state === 'failed' ? 'Reminders not updated' : ''}
    </span>
  );
}
