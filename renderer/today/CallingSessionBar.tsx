// While a calling session runs, a bar under the header on every screen: which account of how
// many, a way back to it, and Next (once the outcome is saved; Ctrl+Enter on the file), Skip
// (with a short reason) and End.
import { useEffect, useRef, useState } from 'react';
import { customerDisplayName } from '../../shared/customers/schema';
import { currentCustomerId, type CallingSession } from '../../shared/today/calling-session';
import { navigate, routes } from '../shell/router';
import { requestDialFocus } from './dial-focus';
import { useCustomer } from '../customers/queries';
import { Button } from '../ui/Button';
import { useCallingSession, useChangeCallingSession, useSessionCallSaved, type SessionChange } from './calling-session-queries';
import { SkipAccountDialog } from './SkipAccountDialog';
import './calling-session.css';

interface Props {
  /** The customer whose file is on screen, if any: Ctrl+Enter goes on from there. */
  customerOnScreen: string | null;
}

export function CallingSessionBar({ customerOnScreen }: Props) {
  const session = useCallingSession().data;
  const current = session ? currentCustomerId(session) : null;
  if (!session || current === null) return null;
  return <ActiveSessionBar session={session} customerId={current} customerOnScreen={customerOnScreen} />;
}

function ActiveSessionBar({
  session,
  customerId,
  customerOnScreen,
}: {
  session: CallingSession;
  customerId: string;
  customerOnScreen: string | null;
}) {
  const customer = useCustomer(customerId).data;
  const saved = useSessionCallSaved(session, customerId).data === true;
  const change = useChangeCallingSession();
  const [skipping, setSkipping] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const name = customer ? customerDisplayName(customer) : 'this account';

  const apply = (step: SessionChange) => {
    setError(null);
    change.mutate(step, {
      onSuccess: (next) => {
        setSkipping(false);
        const nextId = next ? currentCustomerId(next) : null;
        if (nextId) requestDialFocus(nextId);
        navigate(nextId ? routes.customer(nextId) : routes.today());
      },
      onError: (e) => setError(`The session could not go on: ${e.message}`),
    });
  };

  const canGoOn = saved && customerOnScreen === customerId && !change.isPending;
  // Ctrl+Enter reads the latest state through a ref, so the key works from the moment the
  // outcome shows as saved (the listener is in place from the bar's first render).
  const goOnByKey = useRef<(() => void) | null>(null);
  goOnByKey.current = canGoOn ? () => apply({ kind: 'next' }) : null;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.key !== 'Enter' || event.altKey || event.shiftKey) return;
      // A dialog on the file (a note, a payment) keeps its own keys.
      if (!goOnByKey.current || document.querySelector('dialog[open]')) return;
      event.preventDefault();
      goOnByKey.current();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  return (
    <section className="session-bar" aria-label="Calling session">
      <span>
        Calling session: account {session.position + 1} of {session.customerIds.length},{' '}
        {customerOnScreen === customerId ? <strong>{name}</strong> : <a href={routes.customer(customerId)}>{name}</a>}
      </span>
      <span className="session-bar__hint muted" role="status">
        {saved ? 'Outcome saved: go on to the next account.' : 'Call, save the outcome, then Next.'}
      </span>
      {error && (
        <span role="alert" className="error-text">
          {error}
        </span>
      )}
      <span className="session-bar__actions">
        <Button
          variant="primary"
          disabled={!saved || change.isPending}
          onClick={() => apply({ kind: 'next' })}
          aria-keyshortcuts="Control+Enter"
        >
          Next <kbd>Ctrl+Enter</kbd>
        </Button>
        <Button aria-haspopup="dialog" disabled={change.isPending} onClick={() => setSkipping(true)}>
          Skip…
        </Button>
        <Button disabled={change.isPending} onClick={() => apply({ kind: 'end' })}>
          End session
        </Button>
      </span>
      {skipping && (
        <SkipAccountDialog
          customerName={name}
          busy={change.isPending}
          onClose={() => setSkipping(false)}
          onSkip={(reason) => apply({ kind: 'skip', reason })}
        />
      )}
    </section>
  );
}
