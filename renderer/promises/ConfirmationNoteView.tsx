// A sent promise confirmation on the timeline: to whom and the subject at a glance, the text
// one click away (it can be long, and the timeline is read in a hurry).
import type { Note } from '../../shared/notes/schema';
import { readConfirmationNote } from '../../shared/promises/confirmation-note';
import './confirmation.css';

export function ConfirmationNoteView({ note }: { note: Note }) {
  const sent = readConfirmationNote(note.text);
  if (!sent) return <p className="entry-text">{note.text}</p>;
  return (
    <div className="confirmation-note">
      <p>
        To {sent.to} · Subject: {sent.subject}
      </p>
      <details>
        <summary>Show the email text</summary>
        <p className="entry-text">{sent.body}</p>
      </details>
    </div>
  );
}
