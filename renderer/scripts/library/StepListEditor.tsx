// The steps of a script or of one problem path, in order: each with its title, what to say, what
// to listen for and its checklist; steps can be added, moved and removed. A step keeps its id
// when moved or retitled, so calls that covered it still count it.
import { get, useFieldArray, useFormContext, useFormState, useWatch, type FieldArrayPath, type Path } from 'react-hook-form';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/fields';
import { ChecklistEditor } from './ChecklistEditor';
import { LineListEditor } from './LineListEditor';
import { emptyStep, type ScriptFormValues } from './script-form';

interface Props {
  /** "steps" or "branches.1.steps". */
  path: string;
  /** "" for the main steps, "Problem path 2, " for a path's. */
  placePrefix: string;
}

function StepTitle({ path }: { path: string }) {
  const { control } = useFormContext<ScriptFormValues>();
  const title = useWatch({ control, name: `${path}.title` as Path<ScriptFormValues> }) as string | undefined;
  return <>{title?.trim() || 'Untitled step'}</>;
}

export function StepListEditor({ path, placePrefix }: Props) {
  const { control, register } = useFormContext<ScriptFormValues>();
  const { errors } = useFormState({ control });
  const { fields, append, remove, move } = useFieldArray({ control, name: path as FieldArrayPath<ScriptFormValues> });
  const stepsError = (get(errors, path) as { root?: { message?: string }; message?: string } | undefined) ?? undefined;
  return (
    <ol className="script-editor-steps">
      {fields.map((field, index) => {
        const stepPath = `${path}.${index}`;
        const place = `${placePrefix}${placePrefix ? 'step' : 'Step'} ${index + 1}`;
        return (
          <li key={field.id} className="script-editor-step">
            <fieldset>
              <legend>
                {place}: <StepTitle path={stepPath} />
              </legend>
              <TextField
                label={`${place} title`}
                {...register(`${stepPath}.title` as Path<ScriptFormValues>)}
                error={(get(errors, `${stepPath}.title`) as { message?: string } | undefined)?.message}
              />
              <h4>What to say</h4>
              <LineListEditor path={`${stepPath}.lines`} place={place} kind="line" />
              <h4>What to listen for or do</h4>
              <LineListEditor path={`${stepPath}.guidance`} place={place} kind="guidance" />
              <h4>Checklist</h4>
              <ChecklistEditor path={`${stepPath}.checklist`} place={place} />
              <div className="script-editor-step-actions">
                <Button disabled={index === 0} onClick={() => move(index, index - 1)}>
                  Move {place.toLowerCase()} up
                </Button>
                <Button disabled={index === fields.length - 1} onClick={() => move(index, index + 1)}>
                  Move {place.toLowerCase()} down
                </Button>
                <Button variant="danger" disabled={fields.length === 1} onClick={() => remove(index)}>
                  Remove {place.toLowerCase()}
                </Button>
              </div>
            </fieldset>
          </li>
        );
      })}
      <li className="script-editor-add">
        <Button onClick={() => append(emptyStep() as never)}>
          Add a step{placePrefix ? ` to ${placePrefix.replace(/, $/, '').toLowerCase()}` : ''}
        </Button>
        {(stepsError?.message ?? stepsError?.root?.message) && (
          <p className="ui-field__error" role="alert">
            {stepsError?.message ?? stepsError?.root?.message}
          </p>
        )}
      </li>
    </ol>
  );
}
