import { zodResolver } from '@hookform/resolvers/zod';
import { forwardRef, useEffect, useImperativeHandle, useMemo, useRef } from 'react';
import { useForm, type Resolver } from 'react-hook-form';
import { callResultLabels, callResultSchema, type CallResult } from '../../shared/calls/schema';
import {
  emptyOutcomeForm,
  makeOutcomeSchema,
  type OutcomeContext,
  type OutcomeFormValues,
  type OutcomeFromForm,
} from '../../shared/calls/outcome-form';
import { officeInAboutAnHour, officeTomorrowAt } from '../../shared/dates/office-time';
import type { Invoice } from '../../shared/invoices/schema';
import { CheckboxField, RadioGroupField } from '../ui/fields';
import { useFocusFirstError } from '../ui/use-focus-first-error';
import { DisputeFields } from './DisputeFields';
import { FollowUpFields } from './FollowUpFields';
import { PromiseFields } from './PromiseFields';
import './outcome-form.css';

export interface OutcomeFormHandle {
  focus(): void;
  submit(): void;
}

interface Props {
  context: OutcomeContext;
  openInvoices: Invoice[];
  /** Every currency the account owes in, largest first; with more than one, the promise offers a choice. */
  owedCurrencies?: readonly string[];
  onPromiseCurrencyChange?(currency: string): void;
  suggestedResult: CallResult | null;
  saving: boolean;
  saveError: string | null;
  onSubmit(outcome: OutcomeFromForm): Promise<void>;
  /** When the customer's open callback is due, as the office reads it; null when there is none. */
  waitingCallbackAt?: string | null;
}

const resultOptions = callResultSchema.options.map((value) => ({ value, label: callResultLabels[value] }));
const followUpByDefault: ReadonlySet<string> = new Set(['callback-requested', 'no-answer', 'left-message']);

export const OutcomeForm = forwardRef<OutcomeFormHandle, Props>(function OutcomeForm(
  {
    context,
    openInvoices,
    owedCurrencies = [],
    onPromiseCurrencyChange,
    suggestedResult,
    saving,
    saveError,
    onSubmit,
    waitingCallbackAt = null,
  },
  ref,
) {
  const schema = useMemo(() => makeOutcomeSchema(context), [context]);
  const form = useForm<OutcomeFormValues, unknown, OutcomeFromForm>({
    resolver: zodResolver(schema) as Resolver<OutcomeFormValues, unknown, OutcomeFromForm>,
    defaultValues: emptyOutcomeForm(context.today),
    shouldFocusError: false,
  });
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstError = useFocusFirstError(formRef);
  const result = form.watch('result');
  const errors = form.formState.errors;

  // A result that usually needs a follow-up ticks the box and proposes a time, unless the user
  // has already set one: a callback in an hour, another try after no answer tomorrow morning.
  useEffect(() => {
    if (!followUpByDefault.has(result)) return;
    if (!form.getValues('followUp.wanted')) form.setValue('followUp.wanted', true);
    if (form.getFieldState('followUp.date').isDirty || form.getFieldState('followUp.time').isDirty) return;
    // Office wall-clock times, like the times the user types here.
    const now = new Date();
    const proposal =
      result === 'callback-requested' ? officeInAboutAnHour(now, context.timeZone) : officeTomorrowAt(now, context.timeZone, '10:00');
    form.setValue('followUp.date', proposal.date);
    form.setValue('followUp.time', proposal.time);
  }, [result, form, context.timeZone]);

  const submit = form.handleSubmit(onSubmit, focusFirstError);
  useImperativeHandle(ref, () => ({
    focus: () => formRef.current?.querySelector<HTMLInputElement>('input[name="result"]:checked, input[name="result"]')?.focus(),
    submit: () => void submit(),
  }));

  return (
    <form ref={formRef} className="card outcome-form" aria-labelledby="outcome-heading" onSubmit={(event) => void submit(event)} noValidate>
      <h2 id="outcome-heading">Outcome</h2>
      {suggestedResult && !result && (
        <p className="muted small">
          The problem path you took suggests: <strong>{callResultLabels[suggestedResult]}</strong>{' '}
          <button type="button" className="link" onClick={() => form.setValue('result', suggestedResult, { shouldValidate: false })}>
            Use it
          </button>
        </p>
      )}
      <RadioGroupField label="How did the call end?" options={resultOptions} error={errors.result?.message} {...form.register('result')} />
      {result === 'promise-to-pay' && (
        <PromiseFields
          form={form}
          openInvoices={openInvoices}
          context={context}
          owedCurrencies={owedCurrencies}
          onCurrencyChange={onPromiseCurrencyChange}
        />
      )}
      {result === 'dispute' && <DisputeFields form={form} openInvoices={openInvoices} />}
      <CheckboxField label="Contact details confirmed (name, phone, email, address)" {...form.register('contactDetailsConfirmed')} />
      <FollowUpFields form={form} required={result === 'callback-requested'} waitingCallbackAt={waitingCallbackAt} />
      {saveError && (
        <p role="alert" className="error-text">
          {saveError}
        </p>
      )}
      <div className="outcome-actions">
        <button type="submit" className="primary" disabled={saving} aria-keyshortcuts="Control+Enter">
          {saving ? 'Saving…' : 'Save outcome and close call'} <kbd>Ctrl+Enter</kbd>
        </button>
      </div>
    </form>
  );
});
