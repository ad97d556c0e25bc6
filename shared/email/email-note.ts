// The timeline note that records an e-mail handed to the mail app from a template. Plain text in
// a fixed shape (what an agency reads in the packet), so the timeline can show the template's
// name, the recipient and the subject apart. The name is kept as it was when sent.

export interface SentEmail {
  templateName: string;
  to: string;
  subject: string;
  body: string;
}

const oneLine = (text: string) => text.replace(/\s*[\r\n]+\s*/g, ' ').trim();

export function emailNoteText({ templateName, to, subject, body }: SentEmail): string {
  return `Email: ${oneLine(templateName)}\nTo: ${oneLine(to)}\nSubject: ${oneLine(subject)}\n\n${body.replace(/\r\n?/g, '\n').trimEnd()}`;
}

/** The parts of an e-mail note, or null when the text is not in that shape. */
export function readEmailNote(text: string): SentEmail | null {
  const match = /^Email: (.*)\nTo: (.*)\nSubject: (.*)\n\n([\s\S]*)$/.exec(text);
  if (!match) return null;
  return { templateName: match[1] ?? '', to: match[2] ?? '', subject: match[3] ?? '', body: match[4] ?? '' };
}
