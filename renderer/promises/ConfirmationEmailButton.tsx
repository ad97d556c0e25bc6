// "Email confirmation" for one promise (seed 000: confirm the promise in writing): opens the
// preview dialog. Used on each open promise in the timeline and in the after-call banner.
import { useState } from 'react';
import type { PaymentPromise } from '../../shared/promises/schema';
import type { CustomerFile } from '../customers/customer-repository';
import { formatInstant, officeClockOf } from '../../shared/dates/office-time';
import { useSettings } from '../settings/queries';
import { Button, type ButtonProps } from '../ui/Button';
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
  const lastSent = file.notes
    .filter((n) => n.kind === 'promise-confirmation' && n.promiseId === promise.id)
    .reduce<string | null>((latest, n) => (latest === null || n.createdAt > latest ? n.createdAt : latest), null);

  return (
    <>
      <Button variant={variant} aria-haspopup="dialog" disabled={!settings} onClick={() => setOpen(true)}>
        Email confirmation
      </Button>
      {lastSent && settings && (
        <span className="muted small">
          Emailed <time dateTime={lastSent}>{formatInstant(lastSent, officeClockOf(settings), 'date')}</time>
        </span>
      )}
      {open && settings && (
        <ConfirmationEmailDialog promise={promise} file={file} settings={settings} onClose={() => setOpen(false)} onSent={onSent} />
      )}
    </>
  );
}
