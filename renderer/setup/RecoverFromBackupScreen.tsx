// Shown instead of the first-run setup when this computer holds no Call Desk data but the backups
// folder does: the browser storage the data lives in can be reset (a damaged profile, a full
// disk), and starting afresh with demo accounts would hide that. The newest backup is offered
// first; any other can be chosen; starting afresh is a deliberate second step.
import { useState } from 'react';
import type { AutomaticBackupInfo } from '../../shared/ipc/backup-contract';
import type { OfficeClock } from '../../shared/dates/office-time';
import { backupTimeText } from '../backup/backup-wording';
import { useRestoreFlow } from '../backup/use-restore-flow';
import { RestoreBackupDialog } from '../settings/RestoreBackupDialog';
import { Button } from '../ui/Button';
import '../ui/ui.css';
import './setup.css';

interface RecoverProps {
  /** The backups main keeps, newest first (never empty here). */
  backups: readonly AutomaticBackupInfo[];
  folder: string;
  office: OfficeClock;
  /** The user chose to start afresh: the setup follows. */
  onStartAfresh(): void;
}

const kindLabels: Record<AutomaticBackupInfo['kind'], string> = {
  daily: 'automatic backup',
  'before-restore': 'copy made before a restore',
  'before-import': 'copy made before an import',
};

export function RecoverFromBackupScreen({ backups, folder, office, onStartAfresh }: RecoverProps) {
  const restore = useRestoreFlow();
  const [confirmingAfresh, setConfirmingAfresh] = useState(false);
  const [newest, ...older] = backups;
  const { state } = restore;
  const busy = state.step === 'opening' || state.step === 'checking';
  const restoreFrom = (name: string) => void restore.open({ source: 'automatic', name });
  return (
    <main className="screen setup-screen recover-screen" aria-labelledby="recover-title">
      <h1 id="recover-title">Your Call Desk data was not found</h1>
      <p>
        Call Desk found no customers, calls or settings on this computer, but its backups folder holds{' '}
        {backups.length === 1 ? 'a backup' : `${backups.length} backups`} (<span className="backups-section__path">{folder}</span>). This
        happens when the storage Call Desk keeps its data in was reset, for example after the disk was full. Restore the newest backup to
        carry on where it left off.
      </p>
      {newest && (
        <div className="ui-form-actions recover-screen__actions">
          <Button variant="primary" onClick={() => restoreFrom(newest.name)} disabled={busy} data-autofocus>
            Restore the newest backup ({backupTimeText(newest.createdAt, office)})
          </Button>
        </div>
      )}
      {state.step === 'checking' && <p role="status">Checking {state.fileName}…</p>}
      {(state.step === 'refused' || state.step === 'failed') && (
        <p role="alert" className="ui-form-error">
          {state.step === 'refused' ? `${state.fileName} cannot be restored. ${state.message}` : state.message} Choose another backup below.
        </p>
      )}
      {older.length > 0 && (
        <section aria-labelledby="recover-older">
          <h2 id="recover-older">Other backups</h2>
          <ul className="recover-screen__list">
            {older.map((backup) => (
              <li key={backup.name}>
                <Button onClick={() => restoreFrom(backup.name)} disabled={busy}>
                  Restore the {kindLabels[backup.kind]} of {backupTimeText(backup.createdAt, office)}
                </Button>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="recover-afresh">
        <h2 id="recover-afresh">Start afresh instead</h2>
        {confirmingAfresh ? (
          <div role="group" aria-labelledby="recover-afresh">
            <p>Call Desk starts with no data (the backups stay in their folder and can be restored later from Settings → Backups).</p>
            <div className="ui-form-actions">
              <Button onClick={() => setConfirmingAfresh(false)}>Back</Button>
              <Button variant="danger" onClick={onStartAfresh}>
                Start afresh
              </Button>
            </div>
          </div>
        ) : (
          <p>
            <Button onClick={() => setConfirmingAfresh(true)}>Start afresh…</Button>
          </p>
        )}
      </section>
      {state.step === 'confirm' && (
        <RestoreBackupDialog
          restore={state}
          office={office}
          folder={folder}
          onConfirm={(options) => void restore.confirm(options)}
          onCancel={restore.cancel}
        />
      )}
    </main>
  );
}
