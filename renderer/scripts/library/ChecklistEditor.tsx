// A step's checklist: short things to confirm before moving on ("PO number on the invoice").
import { get, useFieldArray, useFormContext, useFormState, type FieldArrayPath, type Path } from 'react-hook-form';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/fields';
import { useSetInsertTarget } from './insert-target';
import { newPartId, type ScriptFormValues } from './script-form';

export function ChecklistEditor({ path, place }: { path: string; place: string }) {
  const { control, register } = useFormContext<ScriptFormValues>();
  const { errors } = useFormState({ control });
  const { fields, append, remove } = useFieldArray({ control, name: path as FieldArrayPath<ScriptFormValues> });
  const setTarget = useSetInsertTarget();
  return (
    <div className="script-editor-checklist">
      {fields.map((field, index) => {
        const labelPath = `${path}.${index}.label`;
        const label = `${place}, checklist item ${index + 1}`;
        return (
          <div key={field.id} className="script-editor-line">
            <TextField
              label={label}
              {...register(labelPath as Path<ScriptFormValues>)}
              error={(get(errors, labelPath) as { message?: string } | undefined)?.message}
              onFocus={(event) => setTarget({ path: labelPath, label, element: event.currentTarget })}
            />
            <Button variant="link" onClick={() => remove(index)} aria-label={`Remove ${label}`}>
              Remove
            </Button>
          </div>
        );
      })}
      <Button onClick={() => append({ id: newPartId('item'), label: '', only: '' } as never)}>
        Add a checklist item to {place.toLowerCase()}
      </Button>
    </div>
  );
}
