// Today's end of a calling session: "Start calling" on the queue as shown, "Resume" for a session
// still running (also after a restart), and the summary once it has ended.
import { useId } from 'react';
import type { OfficeClock } from '../../shared/dates/office-time';
import { formatCurrencyTotals } from '../../shared/money/currency-totals';
import { currentCustomerId, type CallingSession } from '../../shared/today/calling-session';
import { navigate, routes } from '../shell/router';
import { requestDialFocus } from './dial-focus';
import { Button } from '../ui/Button';
import { useCallingSession, useChangeCallingSession, useSessionSummary } from './calling-session-queries';

interface Props {
  /** The accounts of the queue as filtered on screen, in order. */
  queueIds: readonly string[];
  office: OfficeClock;
  currency: string;
}

/** Opens the session's account with the focus on its first call button (ready to dial). */
function goToAccount(customerId: string): void {
  requestDialFocus(customerId);
  navigate(routes.customer(customerId));
}

export function CallingSessionPanel({ queueIds, office, currency }: Props) {
  const session = useCallingSession();
  const change = useChangeCallingSession();
  if (session.isPending) return null;
  const stored = session.data ?? null;
  const current = stored ? currentCustomerId(stored) : null;
  const error = change.error ? (
    <p role="alert" className="error-text">
      The calling session could not start: {change.error.message}
    </p>
  ) : null;

  if (stored && current !== null) {
    return (
      <div className="today-session">
        <Button variant="primary" onClick={() => goToAccount(current)}>
          Resume calling: account {stored.position + 1} of {stored.customerIds.length}
        </Button>
      </div>
    );
  }
  const start = () =>
    change.mutate(
      { kind: 'start', customerIds: [...queueIds] },
      { onSuccess: (started) => started?.customerIds[0] !== undefined && goToAccount(started.customerIds[0]) },
    );
  return (
    <>
      {stored && <SessionSummary session={stored} office={office} currency={currency} onClose={() => change.mutate({ kind: 'close' })} />}
      <div className="today-session">
        <Button variant="primary" disabled={queueIds.length === 0 || change.isPending} onClick={start}>
          Start calling
        </Button>
        {error}
      </div>
    </>
  );
}

function SessionSummary({
  session,
  office,
  currency,
  onClose,
}: {
  session: CallingSession;
  office: OfficeClock;
  currency: string;
  onClose(): void;
}) {
  const headingId = useId();
  const summary = useSessionSummary(session);
  return (
    <section className="card session-summary" aria-labelledby={headingId}>
      <h2 id={headingId}>Calling session summary</h2>
      {summary.isError && (
        <p role="alert" className="error-text">
          The summary could not be read: {summary.error.message}
        </p>
      )}
      {summary.data && (
        <dl>
          <dt>Calls</dt>
          <dd>{summary.data.calls}</dd>
          <dt>Reached</dt>
          <dd>{summary.data.reached}</dd>
          <dt>Promised</dt>
          <dd>{formatCurrencyTotals(summary.data.promised, office.locale, currency)}</dd>
          <dt>Disputes</dt>
          <dd>{summary.data.disputes}</dd>
          <dt>Callbacks set</dt>
          <dd>{summary.data.callbacks}</dd>
          <dt>Skipped</dt>
          <dd>{summary.data.skipped}</dd>
        </dl>
      )}
      <Button onClick={onClose}>Close summary</Button>
    </section>
  );
}
