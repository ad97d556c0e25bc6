// The note typed during an open call, stored as it is typed so a crash or reload loses nothing.
// The draft is dropped by closeCall in the same transaction that stores the final note.
import { noteDraftSchema, type NoteDraft } from '../../shared/notes/schema';
import type { CallDeskDb } from '../data/db';

/** Saves what the note editor holds while the call is open. */
export function saveNoteDraft(db: CallDeskDb, input: { callId: string; customerId: string; text: string; now?: Date }): Promise<NoteDraft> {
  const draft = noteDraftSchema.parse({
    callId: input.callId,
    customerId: input.customerId,
    text: input.text,
    updatedAt: (input.now ?? new Date()).toISOString(),
  });
  return db.transaction('rw', [db.calls, db.noteDrafts], async () => {
    const call = await db.calls.get(draft.callId);
    if (!call) throw new Error('This call no longer exists.');
    if (call.status !== 'open') throw new Error('This call is already closed.');
    if (call.customerId !== draft.customerId) throw new Error('This draft belongs to another customer.');
    await db.noteDrafts.put(draft);
    return draft;
  });
}

export function getNoteDraft(db: CallDeskDb, callId: string): Promise<NoteDraft | undefined> {
  return db.noteDrafts.get(callId);
}
