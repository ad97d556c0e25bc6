// Asked before a call that breaks a contact rule: what the rules say, and a reason from the user
// to call anyway (written on the timeline). Enter calls, Escape or Cancel leaves everything as it was.
import { useState, type FormEvent } from 'react';
import type { ContactRuleBreach } from '../../shared/contact-rules/check-contact-rules';
import { Button } from '../ui/Button';
import { Dialog } from '../ui/Dialog';
import { TextField } from '../ui/fields';
import './contact-rules.css';

interface Props {
  breaches: readonly ContactRuleBreach[];
  /** Who is about to be called, when known. */
  contactName: string | null;
  onConfirm(reason: string): void;
  onCancel(): void;
}

export function ContactRuleOverrideDialog({ breaches, contactName, onConfirm, onCancel }: Props) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const given = reason.trim();
    if (given === '') {
      setError('Give a reason for calling anyway, or cancel.');
      return;
    }
    onConfirm(given);
  };

  return (
    <Dialog title="This call breaks the calling rules" onClose={onCancel}>
      <form className="ui-form" noValidate onSubmit={submit}>
        <p>{contactName ? `Calling ${contactName} now` : 'A call now'} goes against:</p>
        <ul className="contact-rule-breaches">
          {breaches.map((b) => (
            <li key={b.rule}>{b.message}</li>
          ))}
        </ul>
        <TextField
          label="Reason for calling anyway"
          required
          autoComplete="off"
          maxLength={500}
          data-autofocus
          hint="Written on the account's timeline with the rules broken, for example: the customer asked us to call back today."
          value={reason}
          error={error}
          onChange={(e) => {
            setReason(e.target.value);
            setError(undefined);
          }}
        />
        <div className="ui-form-actions">
          <Button onClick={onCancel}>Cancel</Button>
          <Button type="submit" variant="primary">
            Call anyway
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
