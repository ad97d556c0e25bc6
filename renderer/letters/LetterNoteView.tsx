// A letter saved as a PDF, on the timeline: which letter, to whom and in which file at a glance;
// its text as printed one click away.
import { readLetterNote } from '../../shared/letters/letter-note';
import type { Note } from '../../shared/notes/schema';
import './letters.css';

export function LetterNoteView({ note }: { note: Note }) {
  const sent = readLetterNote(note.text);
  if (!sent) return <p className="entry-text">{note.text}</p>;
  return (
    <div className="letter-note">
      <p>
        {sent.templateName} to {sent.to} · Saved as {sent.fileName}
      </p>
      <details>
        <summary>Show the letter text</summary>
        <p className="entry-text">{sent.text}</p>
      </details>
    </div>
  );
}
