// An email sent from a template, on the timeline: which email, to whom and the subject at a
// glance; the text one click away.
import type { Note } from '../../shared/notes/schema';
import { readEmailNote } from '../../shared/email/email-note';
import { SentEmailText } from './SentEmailText';
import './email.css';

export function EmailNoteView({ note }: { note: Note }) {
  const sent = readEmailNote(note.text);
  if (!sent) return <p className="entry-text">{note.text}</p>;
  return (
    <SentEmailText className="email-note" summary={`${sent.templateName} to ${sent.to} · Subject: ${sent.subject}`} body={sent.body} />
  );
}
