import type { UseFormReturn } from 'react-hook-form';
import { movesOpenCallback } from '../../shared/calls/outcome';
import type { OutcomeFormValues, OutcomeFromForm } from '../../shared/calls/outcome-form';
import { CheckboxField, DateField, SelectField, TextField } from '../ui/fields';

interface Props {
  form: UseFormReturn<OutcomeFormValues, unknown, OutcomeFromForm>;
  required: boolean;
  /** When the customer's open callback is due (office time), if there is one. */
  waitingCallbackAt?: string | null;
}

const kindOptions = [
  { value: 'callback', label: 'Call back' },
  { value: 'task', label: 'Task (send documents, check records…)' },
];

export function FollowUpFields({ form, required, waitingCallbackAt = null }: Props) {
  const errors = form.formState.errors.followUp;
  const [wanted, result, kind] = form.watch(['followUp.wanted', 'result', 'followUp.kind']);
  const moves = wanted && waitingCallbackAt !== null && movesOpenCallback(result, kind);
  return (
    <fieldset className="outcome-group" aria-label="Follow-up">
      <legend>Follow-up</legend>
      <CheckboxField
        label={required ? 'Schedule the callback (required)' : 'Schedule a follow-up'}
        error={errors?.wanted?.message}
        {...form.register('followUp.wanted')}
      />
      {wanted && (
        <>
          <div className="row">
            <SelectField label="Follow-up type" options={kindOptions} {...form.register('followUp.kind')} />
            <DateField label="Follow-up date" error={errors?.date?.message} {...form.register('followUp.date')} />
            <TextField label="Follow-up time" type="time" error={errors?.time?.message} {...form.register('followUp.time')} />
          </div>
          <TextField label="Follow-up note" error={errors?.note?.message} {...form.register('followUp.note')} />
          {moves && (
            <p className="muted small">
              This moves the callback already set for {waitingCallbackAt} to the time above, rather than adding another.
            </p>
          )}
        </>
      )}
    </fieldset>
  );
}
