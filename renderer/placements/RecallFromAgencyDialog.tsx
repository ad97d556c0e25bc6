// "Recall from agency": the account comes back to the office, with the reason on record (the
// agency returned it, the customer paid the agency, a settlement was agreed, ...).
import { zodResolver } from '@hookform/resolvers/zod';
import { useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { recallInputSchema, type RecallInput } from '../../shared/placements/schema';
import { Button } from '../ui/Button';
import { Dialog } from '../ui/Dialog';
import { TextAreaField } from '../ui/fields';
import { FormErrorBanner } from '../ui/FormErrorBanner';
import { applySubmitError } from '../ui/submit-error';
import { useFocusFirstError } from '../ui/use-focus-first-error';
import { useRecallFromAgency } from './queries';

interface Props {
  customerId: string;
  agencyName: string;
  onClose(): void;
}

export function RecallFromAgencyDialog({ customerId, agencyName, onClose }: Props) {
  const recall = useRecallFromAgency();
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstError = useFocusFirstError(formRef);
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting, isDirty },
  } = useForm<RecallInput>({ resolver: zodResolver(recallInputSchema), defaultValues: { reason: '' }, shouldFocusError: false });

  const onValid = async (input: RecallInput) => {
    setFormError(null);
    try {
      await recall.mutateAsync({ customerId, input });
      onClose();
    } catch (error) {
      setFormError(applySubmitError(error, setError, (path) => (path === 'reason' ? 'reason' : null)));
      focusFirstError();
    }
  };

  return (
    <Dialog title="Recall from agency" onClose={onClose} hasUnsavedInput={isDirty}>
      <form ref={formRef} className="ui-form" noValidate onSubmit={handleSubmit(onValid, focusFirstError)}>
        <p className="muted">
          The account comes back from {agencyName}: calls and reminders for it start again, and the recall is recorded on the
          timeline.
        </p>
        <FormErrorBanner message={formError} />
        <TextAreaField
          label="Reason"
          required
          rows={3}
          hint="For example: the agency returned it, or the customer settled with the agency."
          error={errors.reason?.message}
          {...register('reason')}
        />
        <div className="ui-form-actions">
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="primary" disabled={isSubmitting}>
            Recall from agency
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
