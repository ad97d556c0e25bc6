// "A recording of this call was interrupted (0:42 kept)": a take whose pieces were stored while
// it recorded but which never stopped (a reload, a crash, a power cut). "Keep it" keeps what was
// stored as one recording of the call, like a stopped take; "Discard" removes it, after asking.
import { errorMessage } from '../../shared/common/error-message';
import { formatRecordingDuration } from '../../shared/recordings/duration-format';
import { Button } from '../ui/Button';
import { ConfirmButton } from '../ui/ConfirmButton';
import { useInterruptedTakes } from './use-interrupted-takes';

function keptText(seconds: number | null): string {
  return seconds === null ? 'its length is not known' : `${formatRecordingDuration(seconds)} kept`;
}

interface Props {
  customerId: string;
  callId: string;
  officeTimeZone: string;
}

export function InterruptedTakes({ customerId, callId, officeTimeZone }: Props) {
  const { takes, error, keep, discard } = useInterruptedTakes(customerId, callId, officeTimeZone);
  const busy = keep.isPending || discard.isPending;
  const failure = keep.error ?? discard.error ?? error;
  if (takes.length === 0 && !failure) return null;

  return (
    <div className="interrupted-takes">
      {takes.map((take) => (
        <div key={take.takeId} role="group" aria-label="Interrupted recording" className="interrupted-take">
          <p className="interrupted-take__text">A recording of this call was interrupted ({keptText(take.seconds)}).</p>
          <div className="interrupted-take__actions">
            <Button variant="primary" onClick={() => keep.mutate(take.takeId)} disabled={busy}>
              Keep it
            </Button>
            <ConfirmButton
              label="Discard"
              question="Discard the interrupted recording? It is not kept anywhere else."
              confirmLabel="Yes, discard it"
              cancelLabel="No, leave it"
              busy={busy}
              onConfirm={() => discard.mutateAsync(take.takeId).then(() => undefined)}
            />
          </div>
        </div>
      ))}
      {failure && (
        <p role="alert" className="error-text">
          {keep.error
            ? 'The interrupted recording was not kept: '
            : discard.error
              ? 'It was not discarded: '
              : 'Interrupted recordings could not be read: '}
          {errorMessage(failure)}
        </p>
      )}
    </div>
  );
}
