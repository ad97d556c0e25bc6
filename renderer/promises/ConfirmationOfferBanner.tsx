// Right after a call ends with a promise, the customer file asks once whether to email a
// confirmation (seed 000: follow the call with an email confirming the promise).
import { useEffect, useRef, useState } from 'react';
import type { CustomerFile } from '../customers/customer-repository';
import { Button } from '../ui/Button';
import { ConfirmationEmailButton } from './ConfirmationEmailButton';
import { clearConfirmationOffer, pendingConfirmationOffer } from './confirmation-offer';
import './confirmation.css';

export function ConfirmationOfferBanner({ file }: { file: CustomerFile }) {
  const customerId = file.customer.id;
  const [callId, setCallId] = useState(() => pendingConfirmationOffer(customerId));
  const [sent, setSent] = useState(false);
  const dismissRef = useRef<HTMLButtonElement>(null);

  // One-shot: taken on first show, so leaving and coming back (or a reload) does not ask again.
  useEffect(() => {
    if (callId) clearConfirmationOffer(customerId);
  }, [callId, customerId]);

  // The dialog's opener (the banner's button) is gone once sent: keep keyboard focus in the banner.
  useEffect(() => {
    if (sent) dismissRef.current?.focus();
  }, [sent]);

  const promise = callId ? file.promises.find((p) => p.callId === callId && p.status === 'open') : undefined;
  if (!promise) return null;

  return (
    <section className="open-call-banner confirmation-offer" aria-label="Confirm the promise by email">
      {sent ? (
        <p role="status">Confirmation opened in your mail app and recorded on the timeline.</p>
      ) : (
        <>
          <p role="status">
            <strong>Promise saved</strong> — email a confirmation?
          </p>
          <ConfirmationEmailButton promise={promise} file={file} variant="primary" onSent={() => setSent(true)} />
        </>
      )}
      <Button ref={dismissRef} onClick={() => setCallId(null)}>
        Dismiss
      </Button>
    </section>
  );
}
