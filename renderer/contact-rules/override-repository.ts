// Writes a contact-rule override on its own: before a number is handed to the phone app, so the
// timeline says why the call was made even if opening the call afterwards fails. (Logging a
// call without dialling writes the override with the call, in startCall.)
import { contactRuleOverrideNote, contactRuleOverrideSchema, type ContactRuleOverride } from '../../shared/contact-rules/override';
import { noteSchema, type Note } from '../../shared/notes/schema';
import type { CallDeskDb } from '../data/db';

export async function recordContactRuleOverride(
  db: CallDeskDb,
  customerId: string,
  override: ContactRuleOverride,
  now: Date = new Date(),
): Promise<Note> {
  const parsed = contactRuleOverrideSchema.parse(override);
  return db.transaction('rw', [db.customers, db.notes], async () => {
    if (!(await db.customers.get(customerId))) throw new Error('This customer no longer exists.');
    const note = noteSchema.parse(contactRuleOverrideNote(customerId, parsed, now));
    await db.notes.add(note);
    return note;
  });
}
