// Records on the timeline that letters were saved as a PDF to be sent (seed 000: document
// everything), once the file is written. A batch is one write: every account's note, or none.
import { newId } from '../../shared/common/ids';
import { letterNoteText, type SentLetter } from '../../shared/letters/letter-note';
import { noteSchema, type Note } from '../../shared/notes/schema';
import type { CallDeskDb } from '../data/db';

export interface LetterToRecord extends SentLetter {
  customerId: string;
  /** The promise a promise confirmation is about; null for the other letters. */
  promiseId: string | null;
}

/** Adds one 'letter' note per letter in one transaction, after checking each customer (and promise) is on file. */
export async function recordLettersSent(db: CallDeskDb, letters: readonly LetterToRecord[], now = new Date()): Promise<Note[]> {
  const notes = letters.map((letter) =>
    noteSchema.parse({
      id: newId(),
      customerId: letter.customerId,
      kind: 'letter',
      text: letterNoteText(letter),
      correctsCallId: null,
      promiseId: letter.promiseId,
      createdAt: now.toISOString(),
    }),
  );
  return db.transaction('rw', [db.customers, db.promises, db.notes], async () => {
    for (const letter of letters) {
      const customer = await db.customers.get(letter.customerId);
      if (!customer) throw new Error(`A customer the letters were written for no longer exists.`);
      if (letter.promiseId !== null) {
        const promise = await db.promises.get(letter.promiseId);
        if (!promise || promise.customerId !== letter.customerId) {
          throw new Error(`The promise the letter to ${customer.legalName} confirms is no longer on the customer’s file.`);
        }
      }
    }
    await db.notes.bulkAdd(notes);
    return notes;
  });
}
