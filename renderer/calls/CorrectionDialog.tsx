import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { noteInputSchema } from '../../shared/notes/schema';
import { Dialog } from '../ui/Dialog';
import { TextAreaField } from '../ui/fields';
import { useAddCallCorrection } from './queries';

/**
 * A closed call is evidence and is never edited; what was wrong is put right by a correction
 * that is shown beside the original.
 */
export function CorrectionDialog({ callId, onClose }: { callId: string; onClose(): void }) {
  const addCorrection = useAddCallCorrection();
  const form = useForm<{ text: string }>({ resolver: zodResolver(noteInputSchema), defaultValues: { text: '' } });
  const submit = form.handleSubmit(async ({ text }) => {
    await addCorrection.mutateAsync({ callId, text });
    onClose();
  });
  return (
    <Dialog title="Add a correction to this call" onClose={onClose}>
      <p className="muted">The call record stays as it was saved; your correction is added beside it with today's date.</p>
      <form onSubmit={submit} noValidate>
        <TextAreaField label="Correction" rows={5} autoFocus error={form.formState.errors.text?.message} {...form.register('text')} />
        {addCorrection.error && (
          <p role="alert" className="error-text">
            {addCorrection.error.message}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={form.formState.isSubmitting}>
            Save correction
          </button>
        </div>
      </form>
    </Dialog>
  );
}
