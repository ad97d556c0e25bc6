// Call recordings, kept as documents of the call's account (category 'call-recording', with the
// call's id): metadata in `documents`, bytes in `documentFiles`, so backups, removal, the
// customer's document list and the packet's index treat them as they treat any document.
import { newId } from '../../shared/common/ids';
import { isCallRecording, storedDocumentSchema, type StoredRecordingDocument } from '../../shared/documents/schema';
import { playerDuration } from '../../shared/recordings/call-recordings';
import { checkRecordingFile } from '../../shared/recordings/file-check';
import type { CallDeskDb } from '../data/db';

/** A file the user chose or dropped, read into memory. */
export interface NewRecording {
  fileName: string;
  bytes: Uint8Array;
}

/**
 * Attaches the recordings to the call, all or none, in one transaction with the call's account:
 * a refused file (not sound, too large) stops the batch before anything is written. A closed
 * call takes recordings too: the recording is kept beside the record, which stays as it was.
 */
export async function attachRecordings(
  db: CallDeskDb,
  callId: string,
  files: readonly NewRecording[],
  opts: { now?: Date } = {},
): Promise<StoredRecordingDocument[]> {
  if (files.length === 0) throw new Error('Choose a recording to attach.');
  const addedAt = (opts.now ?? new Date()).toISOString();
  const checked = files.map((file) => {
    const check = checkRecordingFile(file.fileName, file.bytes);
    if (!check.ok) throw new Error(check.reason);
    return { file, check };
  });

  return db.transaction('rw', [db.calls, db.customers, db.documents, db.documentFiles], async () => {
    const call = await db.calls.get(callId);
    if (!call) throw new Error('This call no longer exists.');
    if (!(await db.customers.get(call.customerId))) throw new Error('This customer no longer exists.');
    const prepared = checked.map(({ file, check }) => {
      const document = storedDocumentSchema.parse({
        id: newId(),
        customerId: call.customerId,
        invoiceId: null,
        fileName: file.fileName,
        category: 'call-recording',
        mime: check.mime,
        size: check.size,
        addedAt,
        callId,
        durationSeconds: check.durationSeconds,
      });
      if (!isCallRecording(document)) throw new Error('A recording could not be prepared.');
      return { document, bytes: file.bytes };
    });
    await db.documents.bulkAdd(prepared.map((p) => p.document));
    await db.documentFiles.bulkAdd(prepared.map((p) => ({ id: p.document.id, bytes: p.bytes })));
    return prepared.map((p) => p.document);
  });
}

/**
 * Keeps the length a player found for a recording whose file did not state it. A length already
 * known is never replaced, and one no recording can have (a stream's Infinity) is not kept.
 */
export function storeRecordingDuration(db: CallDeskDb, id: string, seconds: number): Promise<StoredRecordingDocument | null> {
  const duration = playerDuration(seconds);
  return db.transaction('rw', [db.documents], async () => {
    const document = await db.documents.get(id);
    if (!document || !isCallRecording(document)) return null;
    if (duration === null || (document.durationSeconds ?? null) !== null) return document;
    const updated = { ...document, durationSeconds: duration };
    await db.documents.put(storedDocumentSchema.parse(updated));
    return updated;
  });
}

/** A recording's bytes, for its player. */
export async function readRecordingBytes(db: CallDeskDb, id: string): Promise<Uint8Array> {
  const file = await db.documentFiles.get(id);
  if (!file) throw new Error("The recording's sound is missing from this computer's records.");
  return file.bytes;
}
