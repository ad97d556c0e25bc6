// The timeline note that records a letter saved as a PDF: which letter, to whom, in which file,
// and its text as printed, so the timeline and the agency packet show what the customer received
// even after the template changes. Plain text in a fixed shape, like the e-mail note.
import { plural } from '../wording/plural';
import type { ReadyLetter } from './compose-letter';

export interface SentLetter {
  templateName: string;
  /** The addressee on one line: the customer, the attention line, the postal address. */
  to: string;
  fileName: string;
  text: string;
}

/** A note holds at most this many characters (the notes schema's limit). */
const noteLimit = 20_000;
/** Invoices listed in the note; a longer list is in the letter itself. */
const invoicesInNote = 40;

const oneLine = (value: string) => value.replace(/\s*[\r\n]+\s*/g, ' ').trim();

function invoiceLines(letter: ReadyLetter): string[] {
  const { invoices, totals } = letter.layout;
  if (invoices.length === 0) return ['There are no open invoices on the account.'];
  const listed = invoices.slice(0, invoicesInNote).map((i) => {
    const late = i.daysPastDue > 0 ? `${plural(i.daysPastDue, 'day', 'days')} past due` : 'not yet due';
    return `${i.number} · issued ${i.issued} · due ${i.due} · ${late} · amount ${i.amount} · balance ${i.balance}`;
  });
  const more = invoices.length - listed.length;
  const rest = more > 0 ? [`… and ${more} more open ${more === 1 ? 'invoice' : 'invoices'}, listed in the letter.`] : [];
  const several = totals.length > 1;
  return [
    'Open invoices:',
    ...listed,
    ...rest,
    ...totals.map((t) => `${several ? `Total open in ${t.currency}` : 'Total open'}: ${t.balance}`),
  ];
}

/** The letter's words as printed, from the date to the signature. */
export function letterPlainText(letter: ReadyLetter): string {
  const { layout, written } = letter;
  return [
    layout.dateText,
    written.subject,
    '',
    layout.salutation,
    '',
    written.opening.text.trim(),
    '',
    ...invoiceLines(letter),
    '',
    written.closing.text.trim(),
    '',
    letter.template.signOff,
    written.signature.text.trim(),
  ].join('\n');
}

export function letterRecipientLine(letter: ReadyLetter): string {
  return oneLine(letter.layout.recipientLines.join(', '));
}

export function letterNoteText({ templateName, to, fileName, text }: SentLetter): string {
  const head = `Letter: ${oneLine(templateName)}\nTo: ${oneLine(to)}\nFile: ${oneLine(fileName)}\n\n`;
  const body = text.replace(/\r\n?/g, '\n').trimEnd();
  const room = noteLimit - head.length;
  return head + (body.length <= room ? body : `${body.slice(0, room - 1)}…`);
}

/** The parts of a letter note, or null when the text is not in that shape. */
export function readLetterNote(text: string): SentLetter | null {
  const match = /^Letter: (.*)\nTo: (.*)\nFile: (.*)\n\n([\s\S]*)$/.exec(text);
  if (!match) return null;
  return { templateName: match[1] ?? '', to: match[2] ?? '', fileName: match[3] ?? '', text: match[4] ?? '' };
}
