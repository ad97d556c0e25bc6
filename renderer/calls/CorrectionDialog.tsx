import { NoteTextDialog } from '../notes/NoteTextDialog';
import { useAddCallCorrection } from './queries';

/**
 * A closed call is evidence and is never edited; what was wrong is put right by a correction
 * that is shown beside the original.
 */
export function CorrectionDialog({ callId, onClose }: { callId: string; onClose(): void }) {
  const addCorrection = useAddCallCorrection();
  return (
    <NoteTextDialog
      title="Add a correction to this call"
      label="Correction"
      submitLabel="Save correction"
      rows={5}
      intro={<p className="muted">The call record stays as it was saved; your correction is added beside it with today's date.</p>}
      saveError={addCorrection.error}
      onSave={async (text) => {
        await addCorrection.mutateAsync({ callId, text });
      }}
      onClose={onClose}
    />
  );
}
