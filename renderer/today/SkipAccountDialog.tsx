// "Skip" asks for a short reason (kept with the session) before moving on.
import { useState, type FormEvent } from 'react';
import { skipReasonSchema } from '../../shared/today/calling-session';
import { Button } from '../ui/Button';
import { Dialog } from '../ui/Dialog';
import { TextField } from '../ui/fields';

interface Props {
  customerName: string;
  busy: boolean;
  onSkip(reason: string): void;
  onClose(): void;
}

export function SkipAccountDialog({ customerName, busy, onSkip, onClose }: Props) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = skipReasonSchema.safeParse(reason);
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message);
      return;
    }
    onSkip(parsed.data);
  };
  return (
    <Dialog title={`Skip ${customerName}`} onClose={onClose} hasUnsavedInput={reason.trim() !== ''}>
      <form onSubmit={submit} noValidate>
        <TextField
          label="Why skip this account?"
          hint="For example: owner away until Monday."
          value={reason}
          error={error}
          autoFocus
          onChange={(e) => setReason(e.target.value)}
        />
        <div className="ui-form-actions">
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="primary" disabled={busy}>
            Skip and go on
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
