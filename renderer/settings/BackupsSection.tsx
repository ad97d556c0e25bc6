// Settings → Backups: the automatic daily backups and the safety copies made before restores
// (when, where, which), "Back up now…" to a file the user chooses, and "Restore from backup…"
// from such a file or one of those kept in the backups folder.
import { useEffect, useId, useRef } from 'react';
import { officeClockOf, type OfficeClock } from '../../shared/dates/office-time';
import type { AutomaticBackupInfo } from '../../shared/ipc/backup-contract';
import { backupTimeText, fileSizeText, keptBackupKindLabels, recordCountsText, restoreKeptBackupLabel } from '../backup/backup-wording';
import { backupRecordCounts } from '../backup/backup-file';
import { onBackupsFocusRequest, takeBackupsFocusRequest } from '../backup/backups-focus';
import { useBackupStatus } from '../backup/queries';
import { useAutomaticBackupState } from '../backup/use-automatic-backups';
import { useBackUpNow } from '../backup/use-back-up-now';
import { StorageProtectionNote } from '../backup/StorageProtectionNote';
import { useRestoreFlow } from '../backup/use-restore-flow';
import { hasDesktopBridge } from '../platform/bridge';
import { Button } from '../ui/Button';
import { RestoreBackupDialog } from './RestoreBackupDialog';
import { ShowInFolderButton } from '../platform/ShowInFolderButton';
import { useSettings } from './queries';
import '../backup/backups.css';
import { errorMessage } from '../../shared/common/error-message';

export function BackupsSection() {
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  // Sent here from the header's "Automatic backup failed": land on the section, which says why.
  useEffect(() => {
    const focusSection = () => {
      if (!takeBackupsFocusRequest()) return;
      heading.current?.focus();
      heading.current?.scrollIntoView({ block: 'start' });
    };
    focusSection();
    return onBackupsFocusRequest(focusSection);
  }, []);
  return (
    <section className="card backups-section" aria-labelledby={headingId}>
      <h2 id={headingId} ref={heading} tabIndex={-1}>
        Backups
      </h2>
      {hasDesktopBridge() ? <Backups /> : <p className="muted">Backups are made by the desktop app.</p>}
    </section>
  );
}

function Backups() {
  const settings = useSettings().data;
  const office = officeClockOf(settings ?? { officeTimeZone: 'UTC', locale: 'en-US' });
  const status = useBackupStatus();
  const automatic = useAutomaticBackupState();
  const { state: saving, backUpNow } = useBackUpNow(office.timeZone);
  const restore = useRestoreFlow();
  const busy = saving.step === 'working' || restore.state.step === 'opening' || restore.state.step === 'checking';
  const latest = status.data?.automatic.find((backup) => backup.kind === 'daily');

  return (
    <>
      <p className="backups-section__facts">
        Call Desk backs up all of your data, attached documents included, once a day while it is running, and keeps the last 10 daily and 4
        weekly backups. Before every restore or import it also saves your data as it was, and keeps those copies for 7 days (always at least
        the last 3).
      </p>
      <StorageProtectionNote />
      {status.data && (
        <dl className="backups-section__details">
          <dt>Last automatic backup</dt>
          <dd>{latest ? backupTimeText(latest.createdAt, office) : 'None yet'}</dd>
          <dt>Kept in</dt>
          <dd className="backups-section__path">{status.data.folder}</dd>
        </dl>
      )}
      {status.isError && (
        <p role="alert" className="ui-form-error">
          The list of backups could not be read: {errorMessage(status.error)}
        </p>
      )}
      {automatic.lastError && (
        <p role="status" className="backups-section__warning">
          The last automatic backup could not be made: {automatic.lastError.message} Call Desk tries again every half hour while it is open.
        </p>
      )}

      <div className="backups-section__actions">
        <Button variant="primary" onClick={() => void backUpNow()} disabled={busy}>
          Back up now…
        </Button>
        <Button onClick={() => void restore.open({ source: 'ask' })} disabled={busy}>
          Restore from backup…
        </Button>
      </div>

      <div aria-live="polite">
        {saving.step === 'working' && <p className="muted">Making the backup…</p>}
        {restore.state.step === 'checking' && <p className="muted">Checking {restore.state.fileName}…</p>}
        {saving.step === 'saved' && (
          <div className="backups-section__result">
            <p role="status" className="ui-status">
              Backup saved to <span className="backups-section__path">{saving.path}</span> ({fileSizeText(saving.size)}:{' '}
              {recordCountsText(backupRecordCounts(saving.summary))}).
            </p>
            <ShowInFolderButton path={saving.path} />
          </div>
        )}
      </div>
      {saving.step === 'failed' && (
        <p role="alert" className="ui-form-error">
          {saving.message}
        </p>
      )}
      {restore.state.step === 'refused' && (
        <p role="alert" className="ui-form-error">
          {restore.state.fileName} cannot be restored. {restore.state.message} Your data has not been changed.
        </p>
      )}
      {restore.state.step === 'failed' && (
        <p role="alert" className="ui-form-error">
          {restore.state.message} Your data has not been changed.
        </p>
      )}

      <h3>Automatic backups</h3>
      {status.data && (
        <AutomaticBackupList
          backups={status.data.automatic}
          office={office}
          disabled={busy}
          onRestore={(name) => void restore.open({ source: 'automatic', name })}
        />
      )}

      {restore.state.step === 'confirm' && (
        <RestoreBackupDialog
          restore={restore.state}
          office={office}
          folder={status.data?.folder}
          onConfirm={(options) => void restore.confirm(options)}
          onCancel={restore.cancel}
        />
      )}
    </>
  );
}

function AutomaticBackupList({
  backups,
  office,
  disabled,
  onRestore,
}: {
  backups: readonly AutomaticBackupInfo[];
  office: OfficeClock;
  disabled: boolean;
  onRestore(name: string): void;
}) {
  if (backups.length === 0)
    return <p className="muted">There are no automatic backups yet. The first is made shortly after Call Desk starts.</p>;
  return (
    <table className="data backups-section__list">
      <caption className="ui-visually-hidden">Automatic backups, newest first</caption>
      <thead>
        <tr>
          <th scope="col">Made on</th>
          <th scope="col">Kind</th>
          <th scope="col" className="num">
            Size
          </th>
          <th scope="col">
            <span className="ui-visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {backups.map((backup) => {
          const made = backupTimeText(backup.createdAt, office);
          const label = restoreKeptBackupLabel(backup.kind, made);
          return (
            <tr key={backup.name}>
              <th scope="row">{made}</th>
              <td>
                <span className={`backups-section__kind backups-section__kind--${backup.kind}`}>{keptBackupKindLabels[backup.kind]}</span>
              </td>
              <td className="num">{fileSizeText(backup.size)}</td>
              <td className="num">
                <Button onClick={() => onRestore(backup.name)} disabled={disabled} aria-label={label}>
                  Restore…
                </Button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
