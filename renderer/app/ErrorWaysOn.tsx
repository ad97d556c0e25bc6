// The ways on from a screen that failed to draw: Settings, and Settings → Backups to restore.
import type { ReactNode } from 'react';
import { requestBackupsFocus } from '../backup/backups-focus';
import { routes } from '../shell/router';

/** `leaveFor(hash)` clears the error and goes there; children add buttons after the two (Try again…). */
export function ErrorWaysOn({ leaveFor, error, children }: { leaveFor(hash: string): void; error: Error; children?: ReactNode }) {
  return (
    <>
      <div className="ui-form-actions">
        <button type="button" className="primary" onClick={() => leaveFor(routes.settings())}>
          Go to Settings
        </button>
        <button
          type="button"
          onClick={() => {
            requestBackupsFocus();
            leaveFor(routes.settings());
          }}
        >
          Restore a backup
        </button>
        {children}
      </div>
      <details>
        <summary>Details for support</summary>
        <p className="screen-error__details">{error.message}</p>
      </details>
    </>
  );
}
