import { useState } from 'react';
import { useFieldArray, type UseFormReturn } from 'react-hook-form';
import type { OutcomeContext, OutcomeFormValues, OutcomeFromForm } from '../../shared/calls/outcome-form';
import { addDays, formatCalendarDate } from '../../shared/dates/calendar';
import type { Invoice } from '../../shared/invoices/schema';
import { formatMoney, minorToInput, parseMoneyInput } from '../../shared/money/money';
import { fillTheRest, splitEvenly, suggestInstalments } from '../../shared/promises/promise-rules';
import { promiseMethodLabels, promiseMethodSchema } from '../../shared/promises/schema';
import { CheckboxField, DateField, MoneyField, SelectField } from '../ui/fields';

interface Props {
  form: UseFormReturn<OutcomeFormValues, unknown, OutcomeFromForm>;
  openInvoices: Invoice[];
  context: OutcomeContext;
  /** Every currency the account owes in; with more than one, the user picks the promise's. */
  owedCurrencies?: readonly string[];
  onCurrencyChange?(currency: string): void;
}

const methodOptions = promiseMethodSchema.options.map((value) => ({ value, label: promiseMethodLabels[value] }));

export function PromiseFields({ form, openInvoices, context, owedCurrencies = [], onCurrencyChange }: Props) {
  const { register, watch, setValue, getValues } = form;
  const errors = form.formState.errors.promise;
  const instalments = useFieldArray({ control: form.control, name: 'promise.instalments' });
  const usePlan = watch('promise.usePlan');
  const money = (minor: number) => formatMoney(minor, context.currency, context.locale);
  const instalmentsError = errors?.instalments?.message ?? errors?.instalments?.root?.message;
  const [helperNote, setHelperNote] = useState('');

  // After a failed save, "must add up" is a check across fields: any amount can clear it.
  const recheck = () => {
    if (form.formState.isSubmitted) void form.trigger(['promise.amount', 'promise.instalments']);
  };
  const promisedMinor = () => {
    const minor = parseMoneyInput(getValues('promise.amount'), context.currency);
    return minor !== null && minor > 0 ? minor : null;
  };
  const setAmounts = (amounts: Map<number, number>) => {
    for (const [index, minor] of amounts) {
      setValue(`promise.instalments.${index}.amount`, minorToInput(minor, context.currency), { shouldDirty: true });
    }
    recheck();
  };
  const splitPlan = () => {
    const total = promisedMinor();
    if (total === null) return setHelperNote('Enter the promised amount first.');
    const parts = splitEvenly(total, instalments.fields.length);
    setAmounts(new Map(parts.map((minor, index) => [index, minor])));
    setHelperNote(`Split into ${parts.length} instalments; any odd cents are on the last one.`);
  };
  const fillPlan = () => {
    const total = promisedMinor();
    if (total === null) return setHelperNote('Enter the promised amount first.');
    const typed = getValues('promise.instalments').map((i) =>
      i.amount.trim() === '' ? null : parseMoneyInput(i.amount, context.currency),
    );
    const fill = fillTheRest(total, typed);
    if (!fill) return setHelperNote('Nothing is left to fill: the other instalments already make up the promised amount.');
    setAmounts(new Map([[fill.index, fill.amountMinor]]));
    setHelperNote(`Instalment ${fill.index + 1} now takes the remaining ${money(fill.amountMinor)}.`);
  };

  const startPlan = (checked: boolean) => {
    setValue('promise.usePlan', checked);
    if (!checked || getValues('promise.instalments').length > 0) return;
    // Prefill two instalments from the amount typed so far; the user adjusts them.
    const amount = parseMoneyInput(getValues('promise.amount'), context.currency) ?? 0;
    const first = getValues('promise.date') || context.today;
    const plan =
      amount > 0
        ? suggestInstalments(amount, 2, first, addDays)
        : [
            { dueDate: first, amountMinor: 0 },
            { dueDate: addDays(first, 14), amountMinor: 0 },
          ];
    instalments.replace(
      plan.map((i) => ({ dueDate: i.dueDate, amount: i.amountMinor > 0 ? minorToInput(i.amountMinor, context.currency) : '' })),
    );
  };

  return (
    <fieldset className="outcome-group" aria-label="Promise to pay">
      <legend>Promise to pay</legend>
      {owedCurrencies.length > 1 && (
        <SelectField
          label="Currency"
          hint="A promise is in one currency; it covers the invoices in that currency."
          value={context.currency}
          options={owedCurrencies.map((c) => ({ value: c, label: c }))}
          onChange={(e) => {
            // The invoices picked were in the other currency.
            setValue('promise.invoiceIds', []);
            onCurrencyChange?.(e.target.value);
          }}
        />
      )}
      <div className="row">
        <MoneyField
          label="Promised amount"
          currency={context.currency}
          error={errors?.amount?.message}
          {...register('promise.amount', { onChange: recheck })}
        />
        <SelectField label="Payment method" options={methodOptions} error={errors?.method?.message} {...register('promise.method')} />
        {!usePlan && <DateField label="Payment date" min={context.today} error={errors?.date?.message} {...register('promise.date')} />}
      </div>
      {openInvoices.length > 0 && (
        <fieldset className="invoice-picks">
          <legend>For invoices (leave empty for the whole account)</legend>
          {openInvoices.map((invoice) => (
            <label key={invoice.id} className="ui-radio">
              <input type="checkbox" value={invoice.id} {...register('promise.invoiceIds')} />
              {invoice.number} — {money(invoice.balanceMinor)} due {formatCalendarDate(invoice.dueDate, context.locale)}
            </label>
          ))}
        </fieldset>
      )}
      <CheckboxField
        label="Pay in instalments"
        checked={usePlan}
        onChange={(e) => startPlan(e.target.checked)}
        hint="For a customer short of cash: a plan with dates and amounts that add up to the promise."
      />
      {usePlan && (
        <div className="instalments-editor" role="group" aria-label="Instalments">
          {instalments.fields.map((field, index) => (
            <div className="row" key={field.id}>
              <DateField
                label={`Instalment ${index + 1} date`}
                min={context.today}
                error={errors?.instalments?.[index]?.dueDate?.message}
                {...register(`promise.instalments.${index}.dueDate`)}
              />
              <MoneyField
                label={`Instalment ${index + 1} amount`}
                currency={context.currency}
                error={errors?.instalments?.[index]?.amount?.message}
                {...register(`promise.instalments.${index}.amount`, { onChange: recheck })}
              />
              <button
                type="button"
                className="link"
                onClick={() => {
                  instalments.remove(index);
                  recheck();
                }}
                aria-label={`Remove instalment ${index + 1}`}
              >
                Remove
              </button>
            </div>
          ))}
          {instalmentsError && (
            <p className="ui-field__error" role="alert">
              {instalmentsError}
            </p>
          )}
          <div className="instalment-helpers">
            <button
              type="button"
              onClick={() => {
                const last = getValues('promise.instalments').at(-1)?.dueDate ?? context.today;
                instalments.append({ dueDate: addDays(last || context.today, 14), amount: '' });
              }}
            >
              Add instalment
            </button>
            <button type="button" onClick={splitPlan} disabled={instalments.fields.length === 0}>
              Split evenly
            </button>
            <button type="button" onClick={fillPlan} disabled={instalments.fields.length === 0}>
              Fill the rest
            </button>
          </div>
          <p role="status" className="muted instalment-helper-note">
            {helperNote}
          </p>
        </div>
      )}
    </fieldset>
  );
}
