// Add or edit an invoice. The amount is typed as text and becomes integer minor units in the
// form schema, so "12.345" or "abc" is an error on the Amount field, never a rounded number.
import { useRef } from 'react';
import { useWatch } from 'react-hook-form';
import { z } from 'zod';
import { currencySchema, requiredText, trimmed } from '../../shared/common/primitives';
import { addDays, isCalendarDate, todayIn } from '../../shared/dates/calendar';
import type { Invoice, InvoiceInput } from '../../shared/invoices/schema';
import { minorToInput, parseMoneyInput } from '../../shared/money/money';
import { ConfirmButton } from '../ui/ConfirmButton';
import { Dialog } from '../ui/Dialog';
import { DateField, MoneyField, TextAreaField, TextField } from '../ui/fields';
import { FormActions } from '../ui/FormActions';
import { FormErrorBanner } from '../ui/FormErrorBanner';
import { checkAmountText } from '../ui/money-text';
import { errorFields, useDialogForm } from '../ui/use-dialog-form';
import { useOfficeToday } from '../shell/use-office-today';
import { useSaveInvoice, useVoidInvoice } from './queries';

interface Props {
  customerId: string;
  invoice?: Invoice;
  defaultCurrency: string;
  defaultTerms: string;
  onClose(): void;
}

const dateText = (message: string) => z.string().refine((v) => isCalendarDate(v), message);

const invoiceFormSchema = z
  .object({
    number: requiredText(40, 'Invoice number'),
    issueDate: dateText('Enter the issue date.'),
    dueDate: dateText('Enter the due date.'),
    sentOn: z.string().refine((v) => v === '' || isCalendarDate(v), 'Enter the date it was sent, or leave it empty.'),
    amount: z.string(),
    currency: currencySchema,
    delivered: trimmed(500, 'What was delivered'),
    poNumber: trimmed(40, 'PO number'),
    terms: trimmed(60, 'Terms'),
  })
  .superRefine((v, ctx) => {
    const amount = checkAmountText(v.amount, /^[A-Z]{3}$/.test(v.currency) ? v.currency : 'USD');
    if (!amount.ok) ctx.addIssue({ code: 'custom', path: ['amount'], message: amount.message });
    if (isCalendarDate(v.issueDate) && isCalendarDate(v.dueDate) && v.dueDate < v.issueDate) {
      ctx.addIssue({ code: 'custom', path: ['dueDate'], message: 'The due date cannot be before the issue date.' });
    }
  })
  .transform((v): InvoiceInput => ({
    number: v.number,
    issueDate: v.issueDate,
    dueDate: v.dueDate,
    sentOn: v.sentOn === '' ? null : v.sentOn,
    // superRefine has already rejected any text that does not parse.
    amountMinor: parseMoneyInput(v.amount, v.currency) ?? 0,
    currency: v.currency,
    delivered: v.delivered,
    poNumber: v.poNumber,
    terms: v.terms,
  }));
type FormValues = z.input<typeof invoiceFormSchema>;

/** "Net 30" → issue date + 30 days; other terms ("Due on receipt", "EOM") leave the due date alone. */
function dueDateFromTerms(issueDate: string, terms: string): string | null {
  if (!isCalendarDate(issueDate)) return null;
  if (/^\s*(due on receipt|cod)\s*$/i.test(terms)) return issueDate;
  const m = /^\s*net\s*(\d{1,3})\s*$/i.exec(terms);
  return m ? addDays(issueDate, Number(m[1])) : null;
}

function initialValues(invoice: Invoice | undefined, defaultCurrency: string, defaultTerms: string, today: string): FormValues {
  if (invoice) {
    return {
      number: invoice.number,
      issueDate: invoice.issueDate,
      dueDate: invoice.dueDate,
      sentOn: invoice.sentOn ?? '',
      amount: minorToInput(invoice.amountMinor, invoice.currency),
      currency: invoice.currency,
      delivered: invoice.delivered,
      poNumber: invoice.poNumber,
      terms: invoice.terms,
    };
  }
  return {
    number: '',
    issueDate: today,
    dueDate: dueDateFromTerms(today, defaultTerms) ?? today,
    sentOn: '',
    amount: '',
    currency: defaultCurrency,
    delivered: '',
    poNumber: '',
    terms: defaultTerms,
  };
}

// Data-layer issues name InvoiceInput fields; the form shows the amount as text.
const fieldFor = errorFields<FormValues>(['number', 'issueDate', 'dueDate', 'sentOn', 'currency', 'delivered', 'poNumber', 'terms'], {
  amountMinor: 'amount',
});

const upperTrim = (value: unknown) => (typeof value === 'string' ? value.trim().toUpperCase() : value);

export function InvoiceFormDialog({ customerId, invoice, defaultCurrency, defaultTerms, onClose }: Props) {
  // The office's date; the settings are loaded before any customer file opens this dialog.
  const today = useOfficeToday() ?? todayIn('UTC', new Date());
  const saveInvoice = useSaveInvoice();
  const voidInvoice = useVoidInvoice();
  // Once the user picks a due date (or it came with the invoice), terms stop moving it.
  const dueDateChosen = useRef(Boolean(invoice));
  const { form, formError, saving, formProps, runAction } = useDialogForm({
    schema: invoiceFormSchema,
    initialValues: () => initialValues(invoice, defaultCurrency, defaultTerms, today),
    save: (input: InvoiceInput) => saveInvoice.mutateAsync({ customerId, input, id: invoice?.id }),
    onSaved: onClose,
    fieldFor,
  });
  const {
    register,
    control,
    getValues,
    setValue,
    formState: { errors, isSubmitted, isDirty },
  } = form;
  const currency = useWatch({ control, name: 'currency' });

  const followTerms = () => {
    if (dueDateChosen.current) return;
    const due = dueDateFromTerms(getValues('issueDate'), getValues('terms'));
    if (due) setValue('dueDate', due, { shouldValidate: isSubmitted });
  };

  // Only an open invoice with nothing paid can be voided (the data layer says why otherwise).
  const canVoid = invoice?.status === 'open' && invoice.balanceMinor === invoice.amountMinor;

  return (
    <Dialog title={invoice ? `Edit invoice ${invoice.number}` : 'New invoice'} onClose={onClose} hasUnsavedInput={isDirty} wide>
      <form {...formProps}>
        <FormErrorBanner message={formError} />
        <div className="ui-form-grid">
          <TextField label="Invoice number" required autoComplete="off" error={errors.number?.message} {...register('number')} />
          <MoneyField
            label="Amount"
            required
            currency={/^[A-Z]{3}$/.test(currency) ? currency : ''}
            hint="The full invoice amount, such as 1250.00."
            error={errors.amount?.message}
            {...register('amount')}
          />
          <TextField
            label="Currency"
            required
            maxLength={3}
            autoComplete="off"
            error={errors.currency?.message}
            {...register('currency', { setValueAs: upperTrim })}
          />
        </div>
        <div className="ui-form-grid">
          <DateField label="Issue date" required error={errors.issueDate?.message} {...register('issueDate', { onChange: followTerms })} />
          <TextField
            label="Terms"
            hint="Net 30 sets the due date 30 days after the issue date."
            autoComplete="off"
            error={errors.terms?.message}
            {...register('terms', { onChange: followTerms })}
          />
          <DateField
            label="Due date"
            required
            error={errors.dueDate?.message}
            {...register('dueDate', { onChange: () => (dueDateChosen.current = true) })}
          />
          <DateField
            label="Sent on"
            hint="When the invoice went to the customer, if you know."
            error={errors.sentOn?.message}
            {...register('sentOn')}
          />
        </div>
        <TextAreaField
          label="What was delivered"
          hint="Said on the call: the goods or work this invoice is for."
          rows={2}
          error={errors.delivered?.message}
          {...register('delivered')}
        />
        <TextField label="PO number" autoComplete="off" error={errors.poNumber?.message} {...register('poNumber')} />

        <FormActions submitLabel="Save invoice" pending={saving} onCancel={onClose}>
          {invoice && canVoid && (
            <ConfirmButton
              label="Void invoice"
              question={`Void invoice ${invoice.number}? It stays in the account history but no longer counts as owed.`}
              confirmLabel="Yes, void invoice"
              cancelLabel="Keep invoice"
              busy={voidInvoice.isPending}
              onConfirm={() => runAction(() => voidInvoice.mutateAsync({ id: invoice.id }), onClose)}
            />
          )}
        </FormActions>
      </form>
    </Dialog>
  );
}
