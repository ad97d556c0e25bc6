// What a final demand or a notice of intent announces, typed by the user: the step the business
// has decided (or the collection agency it will place the account with) and the last day to
// settle. Never proposed: the letter may only say what the business will really do.
import { addDays } from '../../shared/dates/calendar';
import type { LetterNextStep } from '../../shared/letters/letter-templates';
import { DateField, TextField } from '../ui/fields';

export interface NextStepValue {
  action: string;
  date: string;
}

export const emptyNextStep: NextStepValue = { action: '', date: '' };

interface Props {
  asks: LetterNextStep;
  value: NextStepValue;
  /** The office's today: the last day to settle must come after it. */
  today: string;
  disabled?: boolean;
  onChange(next: NextStepValue): void;
}

export function LetterNextStepFields({ asks, value, today, disabled = false, onChange }: Props) {
  return (
    <fieldset className="ui-section letter-next-step" disabled={disabled}>
      <legend>{asks === 'agency' ? 'The agency your business has decided on' : 'The next step your business has decided'}</legend>
      <div className="ui-form-grid">
        {asks === 'agency' ? (
          <TextField
            label="Collection agency"
            required
            maxLength={120}
            value={value.action}
            hint="The agency you will really place the account with. The letter says: we will place your account for collection with …"
            onChange={(e) => onChange({ ...value, action: e.target.value })}
          />
        ) : (
          <TextField
            label="We will"
            required
            maxLength={200}
            value={value.action}
            hint="Only a step that is decided and will be taken, e.g. pass the account to our collection agency."
            onChange={(e) => onChange({ ...value, action: e.target.value })}
          />
        )}
        <DateField
          label="If not settled by"
          required
          min={addDays(today, 1)}
          value={value.date}
          hint="The last day to pay, or agree a way to pay, before that step."
          onChange={(e) => onChange({ ...value, date: e.target.value })}
        />
      </div>
    </fieldset>
  );
}
