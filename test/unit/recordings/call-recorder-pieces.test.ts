// "Record this call" writing its take as it records, with a (fake-indexeddb) database: each
// piece the recorder hands over is stored in order while recording, Stop keeps the take and
// removes the pieces, a refused write says so in the strip and the recording goes on in memory,
// and a take the window lets go (discarded, or refused and left behind) is no longer held back.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCustomer } from '../../../renderer/customers/customer-repository';
import type { CallDeskDb } from '../../../renderer/data/db';
import { createCallRecorder } from '../../../renderer/recordings/call-recorder';
import type { OpenCapture } from '../../../renderer/recordings/microphone-capture';
import type { TakeOptions } from '../../../renderer/recordings/recorder-take';
import { dropTake, interruptedTakesOfCall, keepTake, storeTakeChunk } from '../../../renderer/recordings/take-store';
import { recordedWebm } from '../../fixtures/audio/crafted-containers';
import { customerInput, dropDb, freshDb } from '../data/fixtures';
import { closedCallRecord } from '../data/records';

const callId = 'call-1';
const take = recordedWebm(50);
const pieces = [take.subarray(0, 300), take.subarray(300, 600), take.subarray(600)];

describe('the call recorder, storing its take as it records', () => {
  let db: CallDeskDb;
  let customerId: string;
  beforeEach(async () => {
    db = freshDb();
    customerId = (await createCustomer(db, customerInput())).id;
    await db.calls.add(closedCallRecord(callId, customerId, '2026-11-20T17:00:00.000Z'));
  });
  afterEach(() => dropDb(db));

  function harness({ keepFails = false } = {}) {
    let options: TakeOptions | null = null;
    const handed: Blob[] = [];
    const liveTakes = new Set<string>();
    const capture: OpenCapture = {
      stream: {} as MediaStream,
      systemAudio: false,
      notice: null,
      onMicrophoneEnded: () => {},
      close: async () => {},
    };
    const recorder = createCallRecorder({
      openCapture: async () => capture,
      startTake: (_stream, given) => {
        options = given;
        return { stop: async () => new Blob(handed, { type: 'audio/webm;codecs=opus' }) };
      },
      mimeType: 'audio/webm;codecs=opus',
      keep: async (bytes, fileName, takeId) => {
        if (keepFails) throw new Error('The disk is full.');
        await keepTake(db, callId, takeId, { fileName, bytes });
      },
      newTakeId: () => 'take-1',
      storePiece: ({ takeId, seq, bytes, startedAt, mime }) =>
        storeTakeChunk(db, { takeId, callId, customerId, seq, bytes, startedAt: startedAt.toISOString(), mime }),
      dropTake: (takeId) => dropTake(db, takeId),
      liveTakes,
      fileNameFor: () => 'Recording.webm',
      now: () => new Date('2026-11-20T17:01:00.000Z'),
      setTimer: () => () => {},
    });
    /** The recorder hands over the next piece, as MediaRecorder does each second. */
    const hand = (piece: Uint8Array) => {
      const blob = new Blob([piece.slice()]);
      handed.push(blob);
      options!.onPiece(blob);
    };
    return { recorder, hand, liveTakes };
  }

  const storedSeqs = async () => (await db.recordingTakes.where('takeId').equals('take-1').toArray()).map((r) => r.seq);

  it('stores each piece as it comes, in order, and Stop keeps the take and removes the pieces', async () => {
    const { recorder, hand, liveTakes } = harness();
    await recorder.start(false);
    expect(liveTakes.has('take-1')).toBe(true);
    hand(pieces[0]!);
    hand(pieces[1]!);
    await expect.poll(storedSeqs).toEqual([0, 1]);
    const rows = await db.recordingTakes.toArray();
    expect(rows.map((r) => [r.callId, r.customerId, r.startedAt, r.mime])).toEqual([
      [callId, customerId, '2026-11-20T17:01:00.000Z', 'audio/webm;codecs=opus'],
      [callId, customerId, '2026-11-20T17:01:00.000Z', 'audio/webm;codecs=opus'],
    ]);
    // While the window holds the take, the call does not offer it back as interrupted.
    expect(await interruptedTakesOfCall(db, callId, liveTakes)).toEqual([]);

    hand(pieces[2]!); // the last piece arrives as it stops
    expect(await recorder.stop()).toBeNull();
    expect(await db.recordingTakes.count()).toBe(0);
    const [document] = await db.documents.toArray();
    expect(document).toMatchObject({ callId, fileName: 'Recording.webm', durationSeconds: 3 });
    expect((await db.documentFiles.get(document!.id))!.bytes).toEqual(take);
    expect(liveTakes.size).toBe(0);
  });

  it('says in the strip when a piece could not be stored, writes no more, and still keeps the take from memory', async () => {
    const { recorder, hand } = harness();
    await recorder.start(false);
    hand(pieces[0]!);
    await expect.poll(storedSeqs).toEqual([0]);
    const put = vi.spyOn(db.recordingTakes, 'put').mockRejectedValueOnce(new DOMException('The disk is full', 'QuotaExceededError'));
    hand(pieces[1]!);
    await expect
      .poll(() => recorder.view())
      .toMatchObject({
        phase: 'recording',
        storageProblem: expect.stringMatching(/^The recording is not being saved as it goes: .*carries on in memory/),
      });
    hand(pieces[2]!);
    expect(await recorder.stop()).toBeNull();
    expect(put).toHaveBeenCalledTimes(1); // nothing after the refused piece: a gap would not play
    const [document] = await db.documents.toArray();
    expect((await db.documentFiles.get(document!.id))!.bytes).toEqual(take);
    expect(await db.recordingTakes.count()).toBe(0);
  });

  it('a take the database refused on Stop keeps its pieces; discarded, they go; left behind, the call offers them back', async () => {
    const discarded = harness({ keepFails: true });
    await discarded.recorder.start(false);
    discarded.hand(pieces[0]!);
    expect(await discarded.recorder.stop()).toMatch(/^The recording was not kept/);
    expect(await storedSeqs()).toEqual([0]);
    expect(discarded.liveTakes.has('take-1')).toBe(true);
    discarded.recorder.discard();
    await expect.poll(() => discarded.liveTakes.size).toBe(0);
    expect(await db.recordingTakes.count()).toBe(0);

    const left = harness({ keepFails: true });
    await left.recorder.start(false);
    left.hand(pieces[0]!);
    left.hand(pieces[1]!);
    expect(await left.recorder.stop()).toMatch(/^The recording was not kept/);
    left.recorder.dispose();
    expect(left.liveTakes.size).toBe(0);
    expect(await interruptedTakesOfCall(db, callId, left.liveTakes)).toMatchObject([{ takeId: 'take-1', callId }]);
  });
});
