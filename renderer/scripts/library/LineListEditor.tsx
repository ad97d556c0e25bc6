// The lines of one step (what the caller says, or what to listen for): each a text box that takes
// merge fields, who it is for and when it is shown. Conditions come from the script the copy was
// made from; the list offers each single one, and keeps a combination the copy already had.
import { get, useFieldArray, useFormContext, useFormState, useWatch, type FieldArrayPath, type Path } from 'react-hook-form';
import { describeWhen, lineConditionLabels } from '../../../shared/scripts/library/condition-labels';
import { lineConditions } from '../../../shared/scripts/library/script-schema';
import { Button } from '../../ui/Button';
import { SelectField, TextAreaField } from '../../ui/fields';
import { useSetInsertTarget } from './insert-target';
import { emptyLine, type ScriptFormValues } from './script-form';

interface Props {
  /** e.g. "steps.2.lines" or "branches.0.steps.1.guidance". */
  path: string;
  /** "Step 3" or "Problem path 1, step 2": the start of each text box's label. */
  place: string;
  kind: 'line' | 'guidance';
}

const audienceOptions = [
  { value: '', label: 'Every account' },
  { value: 'commercial', label: 'Businesses only' },
  { value: 'consumer', label: 'Private persons only' },
];

const singleConditions = [
  { value: '', label: 'Always' },
  ...lineConditions.map((c) => ({ value: c, label: `When ${lineConditionLabels[c]}` })),
];

const at = (path: string) => path as Path<ScriptFormValues>;

function LineRow({ path, label, onRemove }: { path: string; label: string; onRemove(): void }) {
  const { control, register } = useFormContext<ScriptFormValues>();
  const { errors } = useFormState({ control, name: at(`${path}.text`) });
  const whenKey = (useWatch({ control, name: at(`${path}.when`) }) as string | undefined) ?? '';
  const setTarget = useSetInsertTarget();
  // A combination the copy came with (two conditions at once) stays choosable as it is.
  const combined = whenKey.includes('+') ? [{ value: whenKey, label: `When ${describeWhen(whenKey)}` }] : [];
  return (
    <div className="script-editor-line">
      <TextAreaField
        label={label}
        rows={2}
        {...register(at(`${path}.text`))}
        error={(get(errors, `${path}.text`) as { message?: string } | undefined)?.message}
        onFocus={(event) => setTarget({ path: `${path}.text`, label, element: event.currentTarget })}
      />
      <div className="script-editor-line-options">
        <SelectField label={`Who ${label} is for`} labelHidden options={audienceOptions} {...register(at(`${path}.only`))} />
        <SelectField
          label={`When ${label} is shown`}
          labelHidden
          options={[...singleConditions, ...combined]}
          {...register(at(`${path}.when`))}
        />
        <Button variant="link" onClick={onRemove} aria-label={`Remove ${label}`}>
          Remove
        </Button>
      </div>
    </div>
  );
}

export function LineListEditor({ path, place, kind }: Props) {
  const { control } = useFormContext<ScriptFormValues>();
  const { fields, append, remove } = useFieldArray({ control, name: path as FieldArrayPath<ScriptFormValues> });
  const noun = kind === 'line' ? 'line' : 'guidance';
  return (
    <div className="script-editor-lines">
      {fields.map((field, index) => (
        <LineRow key={field.id} path={`${path}.${index}`} label={`${place}, ${noun} ${index + 1}`} onRemove={() => remove(index)} />
      ))}
      <Button onClick={() => append(emptyLine() as never)}>
        {kind === 'line' ? `Add a line to ${place.toLowerCase()}` : `Add guidance to ${place.toLowerCase()}`}
      </Button>
    </div>
  );
}
