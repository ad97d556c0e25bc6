// A quiet line in the header when the last automatic backup failed: nothing is blocked, it is
// tried again later, and the Backups section in Settings says why.
import type { AutomaticBackupState } from './automatic-backup';
import './backups.css';

export function AutomaticBackupNotice({ state }: { state: AutomaticBackupState }) {
  return (
    <span role="status" className="automatic-backup-notice" title={state.lastError?.message}>
      {state.lastError ? 'Automatic backup failed' : ''}
    </span>
  );
}
