// "Place with agency": who the account goes to, when, their reference and a note. The agency
// field suggests the names used on earlier placements, so the same agency is spelt one way.
import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useMemo, useRef, useState } from 'react';
import { useForm, type Path } from 'react-hook-form';
import { placementFormSchema, type PlacementFields, type PlacementInput } from '../../shared/placements/schema';
import { Button } from '../ui/Button';
import { Dialog } from '../ui/Dialog';
import { DateField, TextAreaField, TextField } from '../ui/fields';
import { FormErrorBanner } from '../ui/FormErrorBanner';
import { applySubmitError } from '../ui/submit-error';
import { useFocusFirstError } from '../ui/use-focus-first-error';
import { useAgencyNames, usePlaceWithAgency } from './queries';

interface Props {
  customerId: string;
  customerName: string;
  /** The office's date: the default date placed, and the latest allowed. */
  today: string;
  onClose(): void;
}

type FormValues = PlacementInput;

const fields = new Set(['agencyName', 'placedOn', 'agencyReference', 'note']);

export function PlaceWithAgencyDialog({ customerId, customerName, today, onClose }: Props) {
  const place = usePlaceWithAgency();
  const agencyNames = useAgencyNames().data ?? [];
  const listId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstError = useFocusFirstError(formRef);
  const [formError, setFormError] = useState<string | null>(null);
  const schema = useMemo(() => placementFormSchema(today), [today]);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting, isDirty },
  } = useForm<FormValues, unknown, PlacementFields>({
    resolver: zodResolver(schema),
    defaultValues: { agencyName: '', placedOn: today, agencyReference: '', note: '' },
    shouldFocusError: false,
  });

  const onValid = async (input: PlacementFields) => {
    setFormError(null);
    try {
      await place.mutateAsync({ customerId, input });
      onClose();
    } catch (error) {
      setFormError(applySubmitError(error, setError, (path) => (fields.has(path) ? (path as Path<FormValues>) : null)));
      focusFirstError();
    }
  };

  return (
    <Dialog title="Place with agency" onClose={onClose} hasUnsavedInput={isDirty}>
      <form ref={formRef} className="ui-form" noValidate onSubmit={handleSubmit(onValid, focusFirstError)}>
        <p className="muted">
          {customerName} goes to the agency. While it is there, calls and reminders for it are paused; its promises and
          follow-ups stay on file and come back if you recall it.
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
        <div className="ui-form-actions">
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="primary" disabled={isSubmitting}>
            Place with agency
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
