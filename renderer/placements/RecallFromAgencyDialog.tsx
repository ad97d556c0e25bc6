// "Recall from agency": the account comes back to the office, with the reason on record (the
// agency returned it, the customer paid the agency, a settlement was agreed, ...).
import { recallInputSchema, type RecallInput } from '../../shared/placements/schema';
import { Dialog } from '../ui/Dialog';
import { TextAreaField } from '../ui/fields';
import { FormActions } from '../ui/FormActions';
import { FormErrorBanner } from '../ui/FormErrorBanner';
import { errorFields, useDialogForm } from '../ui/use-dialog-form';
import { useRecallFromAgency } from './queries';

interface Props {
  customerId: string;
  agencyName: string;
  onClose(): void;
}

export function RecallFromAgencyDialog({ customerId, agencyName, onClose }: Props) {
  const recall = useRecallFromAgency();
  const { form, formError, saving, formProps } = useDialogForm({
    schema: recallInputSchema,
    initialValues: (): RecallInput => ({ reason: '' }),
    save: (input: RecallInput) => recall.mutateAsync({ customerId, input }),
    onSaved: onClose,
    fieldFor: errorFields<RecallInput>(['reason']),
  });
  const {
    register,
    formState: { errors, isDirty },
  } = form;

  return (
    <Dialog title="Recall from agency" onClose={onClose} hasUnsavedInput={isDirty}>
      <form {...formProps}>
        <p className="muted">
          The account comes back from {agencyName}: calls and reminders for it start again, and the recall is recorded on the timeline.
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
        <FormActions submitLabel="Recall from agency" pendingLabel="Recalling…" pending={saving} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
