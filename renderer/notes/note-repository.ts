// Free notes on a customer's timeline (call corrections are in calls/call-repository.ts).
import { newId } from '../../shared/common/ids';
import { noteInputSchema, noteSchema, type Note } from '../../shared/notes/schema';
import type { CallDeskDb } from '../data/db';

export async function addNote(db: CallDeskDb, customerId: string, text: string, now: Date = new Date()): Promise<Note> {
  const input = noteInputSchema.parse({ text });
  return db.transaction('rw', [db.customers, db.notes], async () => {
    if (!(await db.customers.get(customerId))) throw new Error('This customer no longer exists.');
    const note = noteSchema.parse({
      id: newId(),
      customerId,
      kind: 'note',
      text: input.text,
      correctsCallId: null,
      createdAt: now.toISOString(),
    });
    await db.notes.add(note);
    return note;
  });
}
