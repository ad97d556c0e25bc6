// A quiet line in the header when the last automatic backup failed: nothing is blocked, it is
// tried again later. The line is a link to Settings → Backups, which says why and what to do, so
// the reason is reachable by keyboard and screen reader (not only in a tooltip).
import { routes } from '../shell/router';
import type { AutomaticBackupState } from './automatic-backup';
import { requestBackupsFocus } from './backups-focus';
import './backups.css';

export function AutomaticBackupNotice({ state }: { state: AutomaticBackupState }) {
  return (
    <span role="status" className="automatic-backup-notice">
      {state.lastError && (
        <a href={routes.settings()} onClick={requestBackupsFocus}>
          Automatic backup failed<span className="ui-visually-hidden">: show why</span>
        </a>
      )}
    </span>
  );
}
