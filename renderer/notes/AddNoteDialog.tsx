import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { noteInputSchema } from '../../shared/notes/schema';
import { Dialog } from '../ui/Dialog';
import { TextAreaField } from '../ui/fields';
import { useAddNote } from './queries';

interface NoteForm {
  text: string;
}

/** A free note on the account (outside a call): a letter sent, a conversation in person, ... */
export function AddNoteDialog({ customerId, onClose }: { customerId: string; onClose(): void }) {
  const addNote = useAddNote();
  const form = useForm<NoteForm>({ resolver: zodResolver(noteInputSchema), defaultValues: { text: '' } });
  const submit = form.handleSubmit(async ({ text }) => {
    await addNote.mutateAsync({ customerId, text });
    onClose();
  });
  return (
    <Dialog title="Add note" onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <TextAreaField label="Note" rows={6} autoFocus error={form.formState.errors.text?.message} {...form.register('text')} />
        {addNote.error && (
          <p role="alert" className="error-text">
            {addNote.error.message}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={form.formState.isSubmitting}>
            Save note
          </button>
        </div>
      </form>
    </Dialog>
  );
}
