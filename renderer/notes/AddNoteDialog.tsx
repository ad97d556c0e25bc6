import { NoteTextDialog } from './NoteTextDialog';
import { useAddNote } from './queries';

/** A free note on the account (outside a call): a letter sent, a conversation in person, ... */
export function AddNoteDialog({ customerId, onClose }: { customerId: string; onClose(): void }) {
  const addNote = useAddNote();
  return (
    <NoteTextDialog
      title="Add note"
      label="Note"
      submitLabel="Save note"
      saveError={addNote.error}
      onSave={async (text) => {
        await addNote.mutateAsync({ customerId, text });
      }}
      onClose={onClose}
    />
  );
}
