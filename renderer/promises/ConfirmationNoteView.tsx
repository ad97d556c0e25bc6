// A sent promise confirmation on the timeline: to whom and the subject at a glance, the text
// one click away.
import type { Note } from '../../shared/notes/schema';
import { readConfirmationNote } from '../../shared/promises/confirmation-note';
import { SentEmailText } from '../email/SentEmailText';
import './confirmation.css';

export function ConfirmationNoteView({ note }: { note: Note }) {
  const sent = readConfirmationNote(note.text);
  if (!sent) return <p className="entry-text">{note.text}</p>;
  return <SentEmailText className="confirmation-note" summary={`To ${sent.to} · Subject: ${sent.subject}`} body={sent.body} />;
}
