// The timeline note that records a sent confirmation email. It is plain text (what an agency
// reads in the exported file) in a fixed shape, so the timeline can show the recipient apart.

export interface SentConfirmation {
  to: string;
  subject: string;
  body: string;
}

export function confirmationNoteText({ to, subject, body }: SentConfirmation): string {
  return `To: ${to.trim()}\nSubject: ${subject.replace(/\s*[\r\n]+\s*/g, ' ').trim()}\n\n${body.replace(/\r\n?/g, '\n').trimEnd()}`;
}

/** The parts of a confirmation note, or null when the text is not in that shape. */
export function readConfirmationNote(text: string): SentConfirmation | null {
  const match = /^To: (.*)\nSubject: (.*)\n\n([\s\S]*)$/.exec(text);
  if (!match) return null;
  return { to: match[1] ?? '', subject: match[2] ?? '', body: match[3] ?? '' };
}
