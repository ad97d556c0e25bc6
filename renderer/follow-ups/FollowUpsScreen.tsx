// Open follow-ups (callbacks, promise checks, tasks): what is due now, overdue first, then what
// is coming up. Each can be snoozed or marked done, and each row opens its customer.
import { useCallback, useId, useState, type ReactNode } from 'react';
import { todayIn } from '../../shared/dates/calendar';
import { customerTimeBeside, formatInstant, officeClockOf } from '../../shared/dates/office-time';
import { zonedTimeMs } from '../../shared/dates/zoned-time';
import { useNow } from '../shell/clock';
import { useSettings } from '../settings/queries';
import type { FollowUpRow } from './follow-up-repository';
import { dueness, followUpKindText, type Dueness } from './follow-up-wording';
import { FollowUpRowView } from './FollowUpRowView';
import { FollowUpStatus, type FollowUpMessage } from './FollowUpStatus';
import { useCompleteFollowUp, useOpenFollowUps, useReopenFollowUp } from './queries';
import { SnoozeDialog } from './SnoozeDialog';
import './follow-ups.css';

function FollowUpTable({ title, rows, children }: { title: string; rows: number; children: ReactNode }) {
  const headingId = useId();
  return (
    <section className="card" aria-labelledby={headingId}>
      <div className="card-header">
        <h2 id={headingId}>{title}</h2>
        <span className="muted">{rows}</span>
      </div>
      <table className="data follow-up-table" aria-labelledby={headingId}>
        <thead>
          <tr>
            <th scope="col">Customer</th>
            <th scope="col">What</th>
            <th scope="col">Due</th>
            <th scope="col">Note</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </section>
  );
}

export function FollowUpsScreen() {
  const headingId = useId();
  const settings = useSettings().data;
  const followUps = useOpenFollowUps();
  const complete = useCompleteFollowUp();
  const reopen = useReopenFollowUp();
  const tick = useNow(30_000);
  // A follow-up created "due now" is due at the moment it was read, even before the next tick.
  const now = new Date(Math.max(tick.getTime(), followUps.dataUpdatedAt));
  const [snoozing, setSnoozing] = useState<FollowUpRow | null>(null);
  const [message, setMessage] = useState<FollowUpMessage>(null);
  // Once the Undo time is over the text stays, without the button.
  const endUndo = useCallback(() => setMessage((m) => (m?.undo ? { ok: m.ok, text: m.text } : m)), [setMessage]);

  if (!settings || followUps.isPending)
    return (
      <p className="loading" role="status">
        Loading follow-ups…
      </p>
    );
  if (followUps.isError)
    return (
      <p role="alert" className="screen error-text">
        The follow-ups could not be read: {followUps.error.message}
      </p>
    );

  const { officeTimeZone } = settings;
  const office = officeClockOf(settings);
  const startOfToday = zonedTimeMs(todayIn(officeTimeZone, now), 0, 0, officeTimeZone);
  const format = (at: string) => formatInstant(at, office);
  const rows = followUps.data.map((row) => ({ row, dueness: dueness(row.followUp.dueAt, now, startOfToday) }));
  const dueNow = rows.filter((r) => r.dueness !== 'later');
  const later = rows.filter((r) => r.dueness === 'later');
  const describe = (row: FollowUpRow) => `${followUpKindText[row.followUp.kind]} for ${row.customerName}`;

  const markDone = (row: FollowUpRow) => {
    setMessage(null);
    complete.mutate(row.followUp.id, {
      onSuccess: () => setMessage({ ok: true, text: `Done: ${describe(row)}.`, undo: () => undoDone(row) }),
      onError: (error) => setMessage({ ok: false, text: `Could not mark it done: ${error.message}` }),
    });
  };
  const undoDone = (row: FollowUpRow) => {
    setMessage(null);
    reopen.mutate(row.followUp.id, {
      onSuccess: () => setMessage({ ok: true, text: `Back on the list: ${describe(row)}.` }),
      onError: (error) => setMessage({ ok: false, text: `Could not undo: ${error.message}` }),
    });
  };
  const renderRows = (list: { row: FollowUpRow; dueness: Dueness }[]) =>
    list.map(({ row, dueness: d }) => (
      <FollowUpRowView
        key={row.followUp.id}
        row={row}
        dueness={d}
        when={format(row.followUp.dueAt)}
        theirTime={customerTimeBeside(row.followUp.dueAt, row.customerTimeZone, office)}
        busy={complete.isPending}
        onSnooze={() => setSnoozing(row)}
        onDone={() => markDone(row)}
      />
    ));

  return (
    <main className="screen follow-ups-screen" aria-labelledby={headingId}>
      <div className="screen-header">
        <h1 id={headingId}>Follow-ups</h1>
        <span className="muted">
          {rows.length} open · {dueNow.length} due now
        </span>
        <FollowUpStatus message={message} onExpired={endUndo} />
      </div>
      {rows.length === 0 && <p className="empty">No open follow-ups. Callbacks and promise checks appear here.</p>}
      {dueNow.length > 0 && (
        <FollowUpTable title="Due now" rows={dueNow.length}>
          {renderRows(dueNow)}
        </FollowUpTable>
      )}
      {later.length > 0 && (
        <FollowUpTable title="Coming up" rows={later.length}>
          {renderRows(later)}
        </FollowUpTable>
      )}
      {snoozing && (
        <SnoozeDialog
          row={snoozing}
          timeZone={officeTimeZone}
          onClose={() => setSnoozing(null)}
          onSnoozed={(until) => {
            setSnoozing(null);
            setMessage({ ok: true, text: `Snoozed: ${describe(snoozing)}, until ${format(until.toISOString())}.` });
          }}
        />
      )}
    </main>
  );
}
