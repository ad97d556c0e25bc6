// Records on the timeline that an e-mail was written from a template and handed to the mail app
// (seed 000: document everything). The mail app does the sending; this is what we know was sent.
import { newId } from '../../shared/common/ids';
import { emailNoteText } from '../../shared/email/email-note';
import { noteSchema, type Note } from '../../shared/notes/schema';
import type { CallDeskDb } from '../data/db';

export interface SentEmailInput {
  customerId: string;
  templateName: string;
  to: string;
  subject: string;
  body: string;
  /** The promise the e-mail is about (a confirmation, a broken promise); null for the others. */
  promiseId: string | null;
  now?: Date;
}

/** Adds one 'email' note, in one write, after checking the customer (and the promise) are on file. */
export async function recordEmailSent(db: CallDeskDb, input: SentEmailInput): Promise<Note> {
  const { customerId, templateName, to, subject, body, promiseId, now = new Date() } = input;
  if (!to.trim()) throw new Error('An e-mail needs the address it was sent to.');
  const note = noteSchema.parse({
    id: newId(),
    customerId,
    kind: 'email',
    text: emailNoteText({ templateName, to, subject, body }),
    correctsCallId: null,
    promiseId,
    createdAt: now.toISOString(),
  });
  return db.transaction('rw', [db.customers, db.promises, db.notes], async () => {
    if (!(await db.customers.get(customerId))) throw new Error('This customer no longer exists.');
    if (promiseId !== null) {
      const promise = await db.promises.get(promiseId);
      if (!promise || promise.customerId !== customerId) throw new Error('This promise is no longer on the customer’s file.');
    }
    await db.notes.add(note);
    return note;
  });
}
