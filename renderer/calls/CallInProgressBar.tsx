// A call left open while the user looks at another screen stays in sight: who it is with, how
// long it has run, and one step back to it. Shown by the app shell above every screen.
import { useNow } from '../shell/clock';
import { routes } from '../shell/router';
import type { Call } from '../../shared/calls/schema';
import { customerDisplayName } from '../../shared/customers/schema';
import { useCustomer } from '../customers/queries';
import { formatElapsed } from './CallHeader';
import { useOpenCalls } from './queries';
import './call-bar.css';

interface Props {
  /** The call whose workspace is on screen: no bar for it, its own header shows the same. */
  currentCallId: string | null;
}

export function CallInProgressBar({ currentCallId }: Props) {
  const openCalls = useOpenCalls().data ?? [];
  const call = openCalls.find((c) => c.id !== currentCallId);
  if (!call) return null;
  return <OpenCallBar call={call} others={openCalls.filter((c) => c.id !== currentCallId).length - 1} />;
}

function OpenCallBar({ call, others }: { call: Call; others: number }) {
  const customer = useCustomer(call.customerId).data;
  const now = useNow(1000);
  const name = customer ? customerDisplayName(customer) : 'a customer';
  return (
    <section className="call-bar" aria-label="Call in progress">
      <span className="call-bar__dot" aria-hidden="true" />
      <span>
        On a call with <strong>{name}</strong>
      </span>
      <span className="call-bar__timer" role="timer" aria-label="Time on this call">
        {formatElapsed(now.getTime() - Date.parse(call.startedAt))}
      </span>
      {others > 0 && <span className="call-bar__more">and {others === 1 ? '1 more open call' : `${others} more open calls`}</span>}
      <a className="button primary call-bar__return" href={routes.call(call.customerId, call.id)}>
        Return to call
      </a>
    </section>
  );
}
