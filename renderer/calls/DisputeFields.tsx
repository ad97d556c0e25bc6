import type { UseFormReturn } from 'react-hook-form';
import type { OutcomeFormValues, OutcomeFromForm } from '../../shared/calls/outcome-form';
import { disputeReasonLabels, disputeReasonSchema } from '../../shared/disputes/schema';
import type { Invoice } from '../../shared/invoices/schema';
import { SelectField, TextAreaField } from '../ui/fields';

interface Props {
  form: UseFormReturn<OutcomeFormValues, unknown, OutcomeFromForm>;
  openInvoices: Invoice[];
}

const reasonOptions = [
  { value: '', label: 'Choose a reason…' },
  ...disputeReasonSchema.options.map((value) => ({ value, label: disputeReasonLabels[value] })),
];

export function DisputeFields({ form, openInvoices }: Props) {
  const errors = form.formState.errors.dispute;
  const invoiceOptions = [{ value: '', label: 'The whole account' }, ...openInvoices.map((i) => ({ value: i.id, label: i.number }))];
  return (
    <fieldset className="outcome-group" aria-label="Dispute">
      <legend>Dispute</legend>
      <div className="row">
        <SelectField label="Disputed invoice" options={invoiceOptions} {...form.register('dispute.invoiceId')} />
        <SelectField label="Dispute reason" options={reasonOptions} error={errors?.reason?.message} {...form.register('dispute.reason')} />
      </div>
      <TextAreaField label="What the customer said" rows={3} error={errors?.details?.message} {...form.register('dispute.details')} />
    </fieldset>
  );
}
