// Records on the timeline that a promise confirmation was emailed (seed 000: document
// everything). The mail client does the sending; this is our evidence of what was sent.
import { newId } from '../../shared/common/ids';
import { noteSchema, type Note } from '../../shared/notes/schema';
import { confirmationNoteText } from '../../shared/promises/confirmation-note';
import type { CallDeskDb } from '../data/db';

export interface SentConfirmationInput {
  customerId: string;
  promiseId: string;
  to: string;
  subject: string;
  body: string;
  now?: Date;
}

/** Adds one 'promise-confirmation' note, in one write, after checking the promise is this customer's. */
export async function recordConfirmationSent(db: CallDeskDb, input: SentConfirmationInput): Promise<Note> {
  const { customerId, promiseId, to, subject, body, now = new Date() } = input;
  if (!to.trim()) throw new Error('A confirmation needs the address it was sent to.');
  const note = noteSchema.parse({
    id: newId(),
    customerId,
    kind: 'promise-confirmation',
    text: confirmationNoteText({ to, subject, body }),
    correctsCallId: null,
    promiseId,
    createdAt: now.toISOString(),
  });
  return db.transaction('rw', [db.customers, db.promises, db.notes], async () => {
    if (!(await db.customers.get(customerId))) throw new Error('This customer no longer exists.');
    const promise = await db.promises.get(promiseId);
    if (!promise || promise.customerId !== customerId) throw new Error('This promise is no longer on the customer’s file.');
    await db.notes.add(note);
    return note;
  });
}
