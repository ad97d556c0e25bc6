// "Place with agency": who the account goes to, when, their reference and a note. The agency
// field suggests the names used on earlier placements, so the same agency is spelt one way.
import { useId, useMemo } from 'react';
import { placementFormSchema, type PlacementFields, type PlacementInput } from '../../shared/placements/schema';
import { Dialog } from '../ui/Dialog';
import { DateField, TextAreaField, TextField } from '../ui/fields';
import { FormActions } from '../ui/FormActions';
import { FormErrorBanner } from '../ui/FormErrorBanner';
import { errorFields, useDialogForm } from '../ui/use-dialog-form';
import { useAgencyNames, usePlaceWithAgency } from './queries';

interface Props {
  customerId: string;
  customerName: string;
  /** The office's date: the default date placed, and the latest allowed. */
  today: string;
  onClose(): void;
}

type FormValues = PlacementInput;

const fieldFor = errorFields<FormValues>(['agencyName', 'placedOn', 'agencyReference', 'note']);

export function PlaceWithAgencyDialog({ customerId, customerName, today, onClose }: Props) {
  const place = usePlaceWithAgency();
  const agencyNames = useAgencyNames().data ?? [];
  const listId = useId();
  const schema = useMemo(() => placementFormSchema(today), [today]);
  const { form, formError, saving, formProps } = useDialogForm({
    schema,
    initialValues: (): FormValues => ({ agencyName: '', placedOn: today, agencyReference: '', note: '' }),
    save: (input: PlacementFields) => place.mutateAsync({ customerId, input }),
    onSaved: onClose,
    fieldFor,
  });
  const {
    register,
    formState: { errors, isDirty },
  } = form;

  return (
    <Dialog title="Place with agency" onClose={onClose} hasUnsavedInput={isDirty}>
      <form {...formProps}>
        <p className="muted">
          {customerName} goes to the agency. While it is there, calls and reminders for it are paused; its promises and follow-ups stay on
          file and come back if you recall it.
        </p>
        <FormErrorBanner message={formError} />
        <TextField
          label="Agency name"
          required
          autoComplete="off"
          list={agencyNames.length > 0 ? listId : undefined}
          hint={agencyNames.length > 0 ? 'Agencies you used before are suggested as you type.' : undefined}
          error={errors.agencyName?.message}
          {...register('agencyName')}
        />
        {agencyNames.length > 0 && (
          <datalist id={listId}>
            {agencyNames.map((name) => (
              <option key={name} value={name} />
            ))}
          </datalist>
        )}
        <div className="ui-form-grid">
          <DateField label="Date placed" required max={today} error={errors.placedOn?.message} {...register('placedOn')} />
          <TextField
            label="Agency reference"
            hint="Their file or claim number, if they gave one."
            autoComplete="off"
            error={errors.agencyReference?.message}
            {...register('agencyReference')}
          />
        </div>
        <TextAreaField label="Note" rows={3} error={errors.note?.message} {...register('note')} />
        <FormActions submitLabel="Place with agency" pendingLabel="Placing…" pending={saving} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
