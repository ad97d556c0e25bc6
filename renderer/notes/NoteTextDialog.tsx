import { zodResolver } from '@hookform/resolvers/zod';
import type { ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import { noteInputSchema } from '../../shared/notes/schema';
import { Dialog } from '../ui/Dialog';
import { TextAreaField } from '../ui/fields';

interface Props {
  title: string;
  label: string;
  submitLabel: string;
  intro?: ReactNode;
  rows?: number;
  /** Shown under the text when saving failed (the mutation's error). */
  saveError: Error | null;
  onSave(text: string): Promise<void>;
  onClose(): void;
}

/** One text to add to the account: a free note or a correction to a closed call. */
export function NoteTextDialog({ title, label, submitLabel, intro, rows = 6, saveError, onSave, onClose }: Props) {
  const form = useForm<{ text: string }>({ resolver: zodResolver(noteInputSchema), defaultValues: { text: '' } });
  const submit = form.handleSubmit(async ({ text }) => {
    await onSave(text);
    onClose();
  });
  return (
    <Dialog title={title} onClose={onClose} hasUnsavedInput={form.formState.isDirty}>
      {intro}
      <form onSubmit={(event) => void submit(event)} noValidate>
        <TextAreaField label={label} rows={rows} autoFocus error={form.formState.errors.text?.message} {...form.register('text')} />
        {saveError && (
          <p role="alert" className="error-text">
            {saveError.message}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={form.formState.isSubmitting}>
            {submitLabel}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
