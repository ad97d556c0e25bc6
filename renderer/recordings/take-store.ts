// The pieces of a recording written as it records (the `recordingTakes` table, working space):
// stored one by one while "Record this call" runs, moved into the call's recordings when it
// stops (in the same transaction as the attach), and after a reload or crash offered back on
// the call ("Keep it" or "Discard"). A take whose call is gone is dropped at start.
import type { StoredRecordingDocument } from '../../shared/documents/schema';
import { checkRecordingFile } from '../../shared/recordings/file-check';
import { recordedFileName } from '../../shared/recordings/recorded-file-name';
import { assembleTake, takeAudioMime, takeChunkId, type RecordingTakeChunk } from '../../shared/recordings/take-chunks';
import type { CallDeskDb } from '../data/db';
import { attachRecordings, type NewRecording } from './recording-repository';

export type NewTakeChunk = Omit<RecordingTakeChunk, 'id'>;

/** Stores one piece of a take (one short transaction, flushed to disk like every write). */
export async function storeTakeChunk(db: CallDeskDb, chunk: NewTakeChunk): Promise<void> {
  await db.recordingTakes.put({ ...chunk, id: takeChunkId(chunk.takeId, chunk.seq) });
}

/** Removes a take's pieces; nothing happens when there are none (already kept or discarded). */
export async function dropTake(db: CallDeskDb, takeId: string): Promise<void> {
  await db.recordingTakes.where('takeId').equals(takeId).delete();
}

/**
 * Keeps a stopped take as a recording of the call and removes its stored pieces, in one
 * transaction: either the recording is kept and its pieces gone, or nothing changed.
 */
export function keepTake(db: CallDeskDb, callId: string, takeId: string, file: NewRecording): Promise<StoredRecordingDocument[]> {
  return db.transaction('rw', [db.recordingTakes, db.calls, db.customers, db.documents, db.documentFiles], async () => {
    const added = await attachRecordings(db, callId, [file]);
    await dropTake(db, takeId);
    return added;
  });
}

/** A take of the call that never stopped (the page reloaded or crashed while it recorded). */
export interface InterruptedTake {
  takeId: string;
  callId: string;
  customerId: string;
  startedAt: string;
  mime: string;
  /** How long the kept pieces play, or null when they cannot be read as one recording. */
  seconds: number | null;
}

function groupByTake(chunks: readonly RecordingTakeChunk[]): Map<string, RecordingTakeChunk[]> {
  const takes = new Map<string, RecordingTakeChunk[]>();
  for (const chunk of chunks) takes.set(chunk.takeId, [...(takes.get(chunk.takeId) ?? []), chunk]);
  return takes;
}

/** The call's takes with stored pieces, but those still recording (or waiting) in this window. */
export async function interruptedTakesOfCall(db: CallDeskDb, callId: string, live: ReadonlySet<string>): Promise<InterruptedTake[]> {
  const chunks = await db.recordingTakes.where('callId').equals(callId).toArray();
  const takes: InterruptedTake[] = [];
  for (const [takeId, pieces] of groupByTake(chunks)) {
    if (live.has(takeId)) continue;
    const first = pieces[0]!;
    const check = checkRecordingFile('take', assembleTake(pieces));
    takes.push({
      takeId,
      callId,
      customerId: first.customerId,
      startedAt: first.startedAt,
      mime: first.mime,
      seconds: check.ok ? check.durationSeconds : null,
    });
  }
  return takes.sort((a, b) => a.startedAt.localeCompare(b.startedAt));
}

/**
 * "Keep it" on an interrupted take: its pieces, put together as one recording, are kept with the
 * call like a stopped take, and removed in the same transaction. Null when it is no longer
 * stored (kept or discarded meanwhile, in another window say).
 */
export function keepInterruptedTake(db: CallDeskDb, takeId: string, officeTimeZone: string): Promise<StoredRecordingDocument | null> {
  return db.transaction('rw', [db.recordingTakes, db.calls, db.customers, db.documents, db.documentFiles], async () => {
    const pieces = await db.recordingTakes.where('takeId').equals(takeId).toArray();
    const first = pieces[0];
    if (!first) return null;
    const fileName = recordedFileName(new Date(first.startedAt), officeTimeZone, takeAudioMime(first.mime));
    const [added] = await attachRecordings(db, first.callId, [{ fileName, bytes: assembleTake(pieces) }]);
    await dropTake(db, takeId);
    return added ?? null;
  });
}

/** At start: the pieces of takes whose call no longer exists (removed, or not in a restored backup). */
export async function dropOrphanTakes(db: CallDeskDb): Promise<number> {
  return db.transaction('rw', [db.recordingTakes, db.calls], async () => {
    const callIds = (await db.recordingTakes.orderBy('callId').uniqueKeys()) as string[];
    const calls = await db.calls.bulkGet(callIds);
    const gone = callIds.filter((_, i) => calls[i] === undefined);
    return gone.length === 0 ? 0 : db.recordingTakes.where('callId').anyOf(gone).delete();
  });
}
