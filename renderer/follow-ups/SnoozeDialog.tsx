// Snooze a follow-up: an hour, tomorrow morning, or a date and time of the user's choosing
// (office time, like the follow-up times entered at the end of a call).
import { useState, type FormEvent } from 'react';
import { inOneHour, officeDateTime, toOfficeDateTimeValue, tomorrowAt } from '../../shared/follow-ups/snooze';
import { Button } from '../ui/Button';
import { Dialog } from '../ui/Dialog';
import { TextField } from '../ui/fields';
import { FormErrorBanner } from '../ui/FormErrorBanner';
import type { FollowUpRow } from './follow-up-repository';
import { followUpKindText } from './follow-up-wording';
import { useSnoozeFollowUp } from './queries';
import { errorMessage } from '../../shared/common/error-message';

interface Props {
  row: FollowUpRow;
  timeZone: string;
  onClose(): void;
  onSnoozed(until: Date): void;
}

export const morningTime = '09:00';

export function SnoozeDialog({ row, timeZone, onClose, onSnoozed }: Props) {
  const snooze = useSnoozeFollowUp();
  const [proposed] = useState(() => toOfficeDateTimeValue(tomorrowAt(new Date(), timeZone, morningTime), timeZone));
  const [custom, setCustom] = useState(proposed);
  const [error, setError] = useState<string | null>(null);

  const snoozeUntil = async (until: Date | null) => {
    setError(null);
    if (!until) {
      setError('Enter a date and a time, such as tomorrow at 14:30.');
      return;
    }
    try {
      await snooze.mutateAsync({ id: row.followUp.id, until });
      onSnoozed(until);
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void snoozeUntil(officeDateTime(custom, timeZone));
  };

  return (
    <Dialog
      title={`Snooze ${followUpKindText[row.followUp.kind].toLowerCase()}: ${row.customerName}`}
      onClose={onClose}
      hasUnsavedInput={custom !== proposed}
    >
      <FormErrorBanner message={error} />
      <div role="group" aria-label="Snooze for" className="snooze-choices">
        <Button data-autofocus disabled={snooze.isPending} onClick={() => void snoozeUntil(inOneHour(new Date()))}>
          1 hour
        </Button>
        <Button disabled={snooze.isPending} onClick={() => void snoozeUntil(tomorrowAt(new Date(), timeZone, morningTime))}>
          Tomorrow {morningTime}
        </Button>
      </div>
      <form className="snooze-custom" noValidate onSubmit={onSubmit}>
        <TextField
          label="Snooze until"
          type="datetime-local"
          hint={`Office time (${timeZone.replace(/_/g, ' ')}).`}
          value={custom}
          onChange={(e) => setCustom(e.target.value)}
        />
        <Button type="submit" variant="primary" disabled={snooze.isPending}>
          Snooze until then
        </Button>
      </form>
    </Dialog>
  );
}
