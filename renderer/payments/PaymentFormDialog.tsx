// Record a payment received and say which invoices it pays. The allocation starts as the
// oldest-due-first suggestion and follows the amount until the user edits a row themselves.
import { useId, useMemo, useRef, useState } from 'react';
import { useWatch } from 'react-hook-form';
import { formatCalendarDate, todayIn } from '../../shared/dates/calendar';
import type { Invoice } from '../../shared/invoices/schema';
import { formatMoney, minorToInput, parseMoneyInput } from '../../shared/money/money';
import { suggestAllocations } from '../../shared/payments/allocation';
import { useOfficeToday } from '../shell/use-office-today';
import { useSettings } from '../settings/queries';
import { Button } from '../ui/Button';
import { Dialog } from '../ui/Dialog';
import { DateField, MoneyField, SelectField, TextField } from '../ui/fields';
import { FormActions } from '../ui/FormActions';
import { FormErrorBanner } from '../ui/FormErrorBanner';
import { errorFields, useDialogForm } from '../ui/use-dialog-form';
import { paymentFormSchema, rowMinor, type PaymentFormValues } from './payment-form-schema';
import type { PaymentInput } from './payment-repository';
import { useRecordPayment } from './queries';

interface Props {
  customerId: string;
  /** The customer's open invoices; those in another currency are not offered. */
  invoices: Invoice[];
  currency: string;
  /** Every currency the customer owes in; with more than one, the dialog offers a choice (a payment is in one currency). */
  currencies?: readonly string[];
  /** The user chose another currency: the caller opens the dialog again in it. */
  onCurrencyChange?(currency: string): void;
  onClose(): void;
}

const methodOptions = [
  { value: 'bank-transfer', label: 'Bank transfer' },
  { value: 'cheque', label: 'Cheque' },
  { value: 'card', label: 'Card' },
  { value: 'online-portal', label: 'Online portal' },
  { value: 'cash', label: 'Cash' },
  { value: 'other', label: 'Other' },
] as const;

const fieldFor = errorFields<PaymentFormValues>(['receivedOn', 'method', 'reference'], { amountMinor: 'amount' });

export function PaymentFormDialog({ customerId, invoices, currency, currencies = [], onCurrencyChange, onClose }: Props) {
  const recordPayment = useRecordPayment();
  const locale = useSettings().data?.locale ?? 'en-US';
  // The office's date; the settings are loaded before any customer file opens this dialog.
  const today = useOfficeToday() ?? todayIn('UTC', new Date());
  const totalErrorId = useId();
  // Frozen for the dialog's life so rows keep their index while the customer file refetches.
  const [payable] = useState(() =>
    invoices
      .filter((i) => i.status === 'open' && i.balanceMinor > 0 && i.currency === currency)
      .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.number.localeCompare(b.number)),
  );
  const schema = useMemo(() => paymentFormSchema(payable, currency), [payable, currency]);
  const allocationsEdited = useRef(false);
  const { form, formError, saving, formProps } = useDialogForm({
    schema,
    initialValues: (): PaymentFormValues => ({
      receivedOn: today,
      amount: '',
      method: 'bank-transfer',
      reference: '',
      allocations: payable.map(() => ({ amount: '' })),
    }),
    save: (input: PaymentInput) => recordPayment.mutateAsync({ customerId, input }),
    onSaved: onClose,
    fieldFor,
  });
  const {
    register,
    control,
    setValue,
    getValues,
    trigger,
    formState: { errors, isSubmitted, isDirty },
  } = form;
  const [amountText, rows] = useWatch({ control, name: ['amount', 'allocations'] });

  // After a failed submit the total check must follow every edit, not only the edited row's.
  const recheckTotal = () => {
    if (isSubmitted) void trigger('allocations');
  };

  const applySuggestion = () => {
    const minor = parseMoneyInput(getValues('amount'), currency);
    const suggested = new Map(suggestAllocations(payable, minor && minor > 0 ? minor : 0).map((a) => [a.invoiceId, a.amountMinor]));
    payable.forEach((invoice, i) => {
      const amount = suggested.get(invoice.id);
      setValue(`allocations.${i}.amount`, amount ? minorToInput(amount, currency) : '');
    });
  };

  const paymentMinor = parseMoneyInput(amountText, currency) ?? 0;
  const appliedMinor = rows.reduce((sum, row) => sum + (rowMinor(row.amount, currency) ?? 0), 0);
  const unappliedMinor = paymentMinor - appliedMinor;
  const totalError = errors.allocations?.message ?? errors.allocations?.root?.message;

  return (
    <Dialog title="Record payment" onClose={onClose} hasUnsavedInput={isDirty} wide>
      <form {...formProps}>
        <FormErrorBanner message={formError} />
        <div className="ui-form-grid">
          {currencies.length > 1 && (
            <SelectField
              label="Currency"
              hint="A payment is in one currency; it pays invoices in that currency."
              value={currency}
              options={currencies.map((c) => ({ value: c, label: c }))}
              onChange={(e) => onCurrencyChange?.(e.target.value)}
            />
          )}
          <DateField label="Received on" required error={errors.receivedOn?.message} {...register('receivedOn')} />
          <MoneyField
            label="Amount"
            required
            currency={currency}
            error={errors.amount?.message}
            {...register('amount', {
              onChange: () => {
                if (!allocationsEdited.current) applySuggestion();
                recheckTotal();
              },
            })}
          />
          <SelectField label="Method" options={methodOptions} error={errors.method?.message} {...register('method')} />
          <TextField
            label="Reference"
            hint="Cheque number or transfer reference."
            autoComplete="off"
            error={errors.reference?.message}
            {...register('reference')}
          />
        </div>

        <fieldset className="ui-section">
          <legend>Apply to invoices</legend>
          {payable.length === 0 ? (
            <p role="alert">There are no open invoices in {currency} to apply a payment to.</p>
          ) : (
            <table className="ui-table">
              <thead>
                <tr>
                  <th scope="col">Invoice</th>
                  <th scope="col">Due</th>
                  <th scope="col" className="num">
                    Balance
                  </th>
                  <th scope="col" className="num">
                    Apply
                  </th>
                </tr>
              </thead>
              <tbody>
                {payable.map((invoice, i) => (
                  <tr key={invoice.id}>
                    <th scope="row" className="invoice-number">
                      {invoice.number}
                    </th>
                    <td>{formatCalendarDate(invoice.dueDate, locale)}</td>
                    <td className="num">{formatMoney(invoice.balanceMinor, currency, locale)}</td>
                    <td>
                      <MoneyField
                        label={`Apply to invoice ${invoice.number}`}
                        labelHidden
                        currency={currency}
                        error={errors.allocations?.[i]?.amount?.message}
                        aria-invalid={totalError ? true : undefined}
                        aria-describedby={totalError ? totalErrorId : undefined}
                        {...register(`allocations.${i}.amount`, {
                          onChange: () => {
                            allocationsEdited.current = true;
                            recheckTotal();
                          },
                        })}
                      />
                    </td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <td colSpan={3}>{unappliedMinor < 0 ? 'Applied beyond the payment' : 'Unapplied'}</td>
                  <td className="num" aria-live="polite">
                    {formatMoney(Math.abs(unappliedMinor), currency, locale)}
                  </td>
                </tr>
              </tfoot>
            </table>
          )}
          {totalError && (
            <p id={totalErrorId} className="ui-field__error">
              {totalError}
            </p>
          )}
          {payable.length > 1 && (
            <Button
              variant="link"
              onClick={() => {
                allocationsEdited.current = false;
                applySuggestion();
              }}
            >
              Apply oldest invoices first
            </Button>
          )}
        </fieldset>

        <FormActions submitLabel="Save payment" pending={saving} onCancel={onClose} submitDisabled={payable.length === 0} />
      </form>
    </Dialog>
  );
}
