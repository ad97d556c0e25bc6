import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dbWithClosedCall } from './recording-fixtures';
import type { CallDeskDb } from '../../../renderer/data/db';
import { removeDocument } from '../../../renderer/documents/document-repository';
import {
  attachRecordings,
  readRecordingBytes,
  storeRecordingDuration,
  type NewRecording,
} from '../../../renderer/recordings/recording-repository';
import { recordingsOfCall } from '../../../shared/recordings/call-recordings';
import { maxRecordingBytes } from '../../../shared/recordings/schema';
import { ascii } from '../../fixtures/audio/bytes';
import { webmFile } from '../../fixtures/audio/crafted-containers';
import { wavFile } from '../../fixtures/audio/crafted-frames';
import { at, dropDb } from '../data/fixtures';

// 2 seconds of 8 kHz, 16-bit mono sound: its length is in its header.
const twoSeconds = wavFile({ dataBytes: 8000 * 2 * 2 });
const recording = (overrides: Partial<NewRecording> = {}): NewRecording => ({ fileName: 'call.wav', bytes: twoSeconds, ...overrides });

describe('recording repository', () => {
  let db: CallDeskDb;
  let customerId: string;
  const callId = 'call-1';

  beforeEach(async () => {
    ({ db, customerId } = await dbWithClosedCall(callId));
  });
  afterEach(() => dropDb(db));

  const counts = async () => ({ documents: await db.documents.count(), files: await db.documentFiles.count() });

  it("keeps a recording as a document of the call's account, linked to the call, with its bytes under the same id", async () => {
    const added = await attachRecordings(db, callId, [recording()], { now: at('2026-11-20T17:30:00.000Z') });
    expect(added).toEqual([
      {
        id: expect.any(String),
        customerId,
        invoiceId: null,
        fileName: 'call.wav',
        category: 'call-recording',
        mime: 'audio/wav',
        size: twoSeconds.byteLength,
        addedAt: '2026-11-20T17:30:00.000Z',
        callId,
        durationSeconds: 2,
      },
    ]);
    expect(await db.documents.get(added[0]!.id)).toEqual(added[0]);
    expect([...(await readRecordingBytes(db, added[0]!.id))]).toEqual([...twoSeconds]);
    // Removal, backups and the customer's list treat it as any document.
    expect(recordingsOfCall(await db.documents.where({ customerId }).toArray(), callId)).toEqual(added);
    await removeDocument(db, added[0]!.id);
    expect(await counts()).toEqual({ documents: 0, files: 0 });
  });

  it('keeps several recordings of one call, and the type the bytes say whatever the name', async () => {
    await attachRecordings(db, callId, [recording({ fileName: 'part 1.mp3' })], { now: at('2026-11-20T17:30:00.000Z') });
    await attachRecordings(db, callId, [recording({ fileName: 'part 2.wav' })], { now: at('2026-11-20T17:31:00.000Z') });
    const listed = recordingsOfCall(await db.documents.toArray(), callId);
    expect(listed.map((r) => [r.fileName, r.mime])).toEqual([
      ['part 1.mp3', 'audio/wav'],
      ['part 2.wav', 'audio/wav'],
    ]);
    expect(recordingsOfCall(listed, 'another-call')).toEqual([]);
  });

  it('refuses a file that is not sound, whatever it is named, and stores nothing of the batch', async () => {
    const notSound = recording({ fileName: 'call.mp3', bytes: ascii('Call back Tuesday about invoice 1042.\n') });
    await expect(attachRecordings(db, callId, [recording(), notSound])).rejects.toThrow(
      /^call\.mp3 is not a sound recording Call Desk can keep\. It may be damaged, or a different kind of file\./,
    );
    expect(await counts()).toEqual({ documents: 0, files: 0 });
  });

  it('refuses a recording over the limit before reading it', async () => {
    const huge = new Uint8Array(maxRecordingBytes + 20 * 1024 * 1024);
    await expect(attachRecordings(db, callId, [recording({ fileName: 'whole day.wav', bytes: huge })])).rejects.toThrow(
      'whole day.wav is too large to keep (120 MB; the limit is 100 MB). Save it as MP3 or M4A, or split it, and attach that.',
    );
    expect(await counts()).toEqual({ documents: 0, files: 0 });
  });

  it('refuses a call that does not exist', async () => {
    await expect(attachRecordings(db, 'no-such-call', [recording()])).rejects.toThrow('This call no longer exists.');
    expect(await counts()).toEqual({ documents: 0, files: 0 });
  });

  it('writes the record and the sound in one transaction: a failed write of the sound leaves no record', async () => {
    vi.spyOn(db.documentFiles, 'bulkAdd').mockRejectedValueOnce(new Error('The disk is full.'));
    await expect(attachRecordings(db, callId, [recording()])).rejects.toThrow('The disk is full.');
    expect(await counts()).toEqual({ documents: 0, files: 0 });
  });

  it('keeps the length a player found when the file did not say, and never replaces a known one', async () => {
    const [streamed] = await attachRecordings(db, callId, [recording({ fileName: 'Recording.webm', bytes: webmFile() })]);
    expect(streamed!.durationSeconds).toBeNull();
    // A stream's length reads as Infinity until it has played through: not kept.
    expect((await storeRecordingDuration(db, streamed!.id, Infinity))?.durationSeconds).toBeNull();
    expect((await storeRecordingDuration(db, streamed!.id, 61.5))?.durationSeconds).toBe(61.5);
    expect((await db.documents.get(streamed!.id))?.durationSeconds).toBe(61.5);

    const [stated] = await attachRecordings(db, callId, [recording()]);
    expect((await storeRecordingDuration(db, stated!.id, 7))?.durationSeconds).toBe(2);
    expect((await db.documents.get(stated!.id))?.durationSeconds).toBe(2);
  });
});
