// The problem paths: the buttons a caller presses when the customer raises a problem, each with
// when to take it, its own steps and the outcome it usually ends in.
import { get, useFieldArray, useFormContext, useFormState, type Path } from 'react-hook-form';
import { callResultLabels, callResultSchema } from '../../../shared/calls/schema';
import { Button } from '../../ui/Button';
import { SelectField, TextAreaField, TextField } from '../../ui/fields';
import { emptyStep, newPartId, type ScriptFormValues } from './script-form';
import { StepListEditor } from './StepListEditor';

const outcomeOptions = callResultSchema.options.map((value) => ({ value, label: callResultLabels[value] }));

export function BranchListEditor() {
  const { control, register } = useFormContext<ScriptFormValues>();
  const { errors } = useFormState({ control });
  const { fields, append, remove } = useFieldArray({ control, name: 'branches' });
  const errorAt = (path: string) => (get(errors, path) as { message?: string } | undefined)?.message;
  return (
    <div className="script-editor-branches">
      {fields.map((field, index) => {
        const path = `branches.${index}`;
        const place = `Problem path ${index + 1}`;
        return (
          <details key={field.id} className="script-editor-branch" open={get(errors, path) ? true : undefined}>
            <summary>
              {place}: {field.title || 'untitled'}
            </summary>
            <TextField
              label={`${place} button`}
              {...register(`${path}.title` as Path<ScriptFormValues>)}
              error={errorAt(`${path}.title`)}
            />
            <TextField
              label={`${place}: when to use it`}
              {...register(`${path}.whenToUse` as Path<ScriptFormValues>)}
              error={errorAt(`${path}.whenToUse`)}
            />
            <SelectField
              label={`${place}: suggested outcome`}
              options={outcomeOptions}
              {...register(`${path}.suggestedOutcome` as Path<ScriptFormValues>)}
            />
            <TextAreaField
              label={`${place}: what to record with it`}
              rows={2}
              {...register(`${path}.outcomeHint` as Path<ScriptFormValues>)}
            />
            <StepListEditor path={`${path}.steps`} placePrefix={`${place}, `} />
            <Button variant="danger" onClick={() => remove(index)}>
              Remove {place.toLowerCase()}
            </Button>
          </details>
        );
      })}
      <Button
        onClick={() =>
          append({
            id: newPartId('path'),
            title: '',
            whenToUse: '',
            suggestedOutcome: 'reached-no-promise',
            outcomeHint: '',
            steps: [emptyStep()],
          })
        }
      >
        Add a problem path
      </Button>
    </div>
  );
}
