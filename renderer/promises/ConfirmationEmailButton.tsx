// "Email confirmation" for one promise (seed 000: confirm the promise in writing): opens the
// preview dialog. Used on each open promise in the timeline and in the after-call banner.
import { useId, useState } from 'react';
import type { PaymentPromise } from '../../shared/promises/schema';
import type { CustomerFile } from '../customers/customer-repository';
import { formatInstant, officeClockOf } from '../../shared/dates/office-time';
import { officeEmailRefusal } from '../../shared/email/may-email';
import { useSettings } from '../settings/queries';
import { Button, type ButtonProps } from '../ui/Button';
import { recipientOptions } from './confirmation-draft';
import { ConfirmationEmailDialog } from './ConfirmationEmailDialog';

interface Props {
  promise: PaymentPromise;
  file: CustomerFile;
  variant?: ButtonProps['variant'];
  /** After the mail app opened and the email was recorded on the timeline. */
  onSent?(): void;
}

export function ConfirmationEmailButton({ promise, file, variant = 'secondary', onSent }: Props) {
  const settings = useSettings().data;
  const [open, setOpen] = useState(false);
  const hintId = useId();
  // A placed account, or one that asked not to be contacted, gets no email: the button says why.
  const blocked = officeEmailRefusal(file.customer);
  // Still useful with no address on file (one can be typed in), so not disabled: it says so.
  const noAddress = !blocked && recipientOptions(promise, file).length === 0;
  const lastSent = file.notes
    .filter((n) => n.kind === 'promise-confirmation' && n.promiseId === promise.id)
    .reduce<string | null>((latest, n) => (latest === null || n.createdAt > latest ? n.createdAt : latest), null);

  return (
    <>
      <Button
        variant={variant}
        aria-haspopup="dialog"
        disabled={!settings || blocked !== null}
        onClick={() => setOpen(true)}
        aria-describedby={noAddress || blocked ? hintId : undefined}
      >
        Email confirmation
      </Button>
      {(noAddress || blocked) && (
        <span id={hintId} className="muted small">
          {blocked ?? 'No email address on file: type one in.'}
        </span>
      )}
      {lastSent && settings && (
        <span className="muted small">
          Emailed <time dateTime={lastSent}>{formatInstant(lastSent, officeClockOf(settings), 'date')}</time>
        </span>
      )}
      {open && settings && !blocked && (
        <ConfirmationEmailDialog promise={promise} file={file} settings={settings} onClose={() => setOpen(false)} onSent={onSent} />
      )}
    </>
  );
}
