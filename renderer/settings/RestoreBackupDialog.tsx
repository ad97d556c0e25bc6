// "Restore from backup": what the chosen backup holds next to what is here now, that the current
// data will be replaced entirely, and that it is first kept as a safety copy in the backups
// folder. Nothing changes until "Replace my data". A backup with records Call Desk cannot read
// lists them (table, row, reason) and offers only "Restore the rest", which leaves them out.
import type { OfficeClock } from '../../shared/dates/office-time';
import type { RowProblem } from '../../shared/backup/check-restore-rows';
import { rowProblemText } from '../../shared/backup/row-problem-wording';
import type { ComparedRecord } from '../backup/backup-file';
import { backupTimeText, recordLabels } from '../backup/backup-wording';
import type { RestoreStep } from '../backup/use-restore-flow';
import { Button } from '../ui/Button';
import { Dialog } from '../ui/Dialog';
import '../backup/backups.css';

type Confirming = Extract<RestoreStep, { step: 'confirm' }>;

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export function RestoreBackupDialog({
  restore,
  office,
  folder,
  onConfirm,
  onCancel,
}: {
  restore: Confirming;
  office: OfficeClock;
  /** The backups folder, where the safety copy goes. */
  folder: string | undefined;
  onConfirm(options: { leaveOut: boolean }): void;
  onCancel(): void;
}) {
  const made = backupTimeText(restore.summary.createdAt, office);
  const records = Object.keys(recordLabels) as ComparedRecord[];
  const busy = restore.restoring !== false;
  const { problems, dependents } = restore.prepared.check;
  const damaged = problems.length > 0;
  return (
    <Dialog title="Restore from backup" onClose={() => (busy ? undefined : onCancel())}>
      <p className="restore-dialog__intro">
        <strong>{restore.fileName}</strong> is a backup made on {made} by Call Desk {restore.summary.appVersion}.
      </p>
      <table className="ui-table restore-dialog__table">
        <caption className="ui-visually-hidden">Records in the backup and in Call Desk now</caption>
        <thead>
          <tr>
            <th scope="col">Records</th>
            <th scope="col" className="num">
              In the backup
            </th>
            <th scope="col" className="num">
              In Call Desk now
            </th>
          </tr>
        </thead>
        <tbody>
          {records.map((name) => (
            <tr key={name}>
              <th scope="row">{capitalised(recordLabels[name].many)}</th>
              <td className="num">{restore.inBackup[name]}</td>
              <td className="num">{restore.current[name]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="restore-dialog__warning">
        <p>
          <strong>Restoring replaces all of the data in Call Desk with this backup.</strong> Every customer, invoice, call, note, promise,
          payment, follow-up, document and setting you have now is removed, including call notes you have not finished.
        </p>
        <p>
          Your current data is saved first as a backup named “before-restore-<em>date and time</em>.cdbackup” in the backups folder
          {folder ? (
            <>
              {' '}
              (<span className="backups-section__path">{folder}</span>)
            </>
          ) : null}
          . It is listed in Settings → Backups as “Before restore”, so you can go back to it if this was the wrong backup. If it cannot be
          saved, nothing is restored.
        </p>
      </div>
      {damaged && <DamagedRecords problems={problems} dependents={dependents.length} />}
      {restore.error && (
        <p role="alert" className="ui-form-error">
          {restore.error}
        </p>
      )}
      <div className="ui-form-actions">
        {restore.restoring && (
          <p role="status" className="ui-form-actions__start muted">
            {restore.restoring === 'saving-safety-copy' ? 'Saving a copy of your current data…' : 'Restoring…'}
          </p>
        )}
        <Button onClick={onCancel} disabled={busy} data-autofocus>
          Cancel
        </Button>
        <Button variant="danger" onClick={() => onConfirm({ leaveOut: damaged })} disabled={busy}>
          {damaged ? 'Restore the rest' : 'Replace my data'}
        </Button>
      </div>
    </Dialog>
  );
}

const listedAtMost = 20;

/** The records the backup holds that Call Desk cannot read, and what "Restore the rest" leaves out. */
function DamagedRecords({ problems, dependents }: { problems: readonly RowProblem[]; dependents: number }) {
  const count = problems.length === 1 ? 'a record' : `${problems.length} records`;
  return (
    <section className="restore-dialog__damaged" aria-labelledby="restore-damaged-title">
      <h3 id="restore-damaged-title">This backup holds {count} Call Desk cannot read</h3>
      <ul>
        {problems.slice(0, listedAtMost).map((problem) => (
          <li key={`${problem.table}:${problem.rowNumber}`}>{rowProblemText(problem)}</li>
        ))}
      </ul>
      {problems.length > listedAtMost && <p>…and {problems.length - listedAtMost} more.</p>}
      <p>
        Restoring them would stop Call Desk from working, so they are never restored. “Restore the rest” restores everything else
        {dependents > 0 ? <>, leaving out as well the {dependents === 1 ? 'record' : `${dependents} records`} that belong to them</> : null}
        , and lists what was left out. To keep your data as it is, choose Cancel.
      </p>
    </section>
  );
}
