// The pieces of a recording stored as it records (renderer/recordings/take-store.ts), in a real
// (fake-indexeddb) database: stored in order and put together again, kept with the call in one
// transaction that also removes them, offered back when the take never stopped (Keep it or
// Discard), and dropped at start when their call is gone.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dbWithClosedCall } from './recording-fixtures';
import { exportSnapshot, restoreSnapshot } from '../../../renderer/backup/snapshot';
import type { CallDeskDb } from '../../../renderer/data/db';
import { latestSchemaVersion } from '../../../renderer/data/schema-versions';
import {
  dropOrphanTakes,
  dropTake,
  interruptedTakesOfCall,
  keepInterruptedTake,
  keepTake,
  storeTakeChunk,
} from '../../../renderer/recordings/take-store';
import { probeAudio } from '../../../shared/recordings/audio-format';
import { assembleTake } from '../../../shared/recordings/take-chunks';
import { recordedWebm } from '../../fixtures/audio/crafted-containers';
import { dropDb } from '../data/fixtures';

// 50 packets of 60 ms: 3 seconds, as MediaRecorder writes it (no Duration, clusters of unknown size).
const take = recordedWebm(50);
const startedAt = '2026-11-20T17:05:00.000Z';

/** The take cut into pieces of `size` bytes, as a recorder hands them over each second. */
function piecesOf(bytes: Uint8Array, size: number): Uint8Array[] {
  const pieces: Uint8Array[] = [];
  for (let at = 0; at < bytes.length; at += size) pieces.push(bytes.slice(at, at + size));
  return pieces;
}

describe('stored recording takes', () => {
  let db: CallDeskDb;
  let customerId: string;
  const callId = 'call-1';

  beforeEach(async () => {
    ({ db, customerId } = await dbWithClosedCall(callId));
  });
  afterEach(() => dropDb(db));

  async function store(takeId: string, pieces: readonly Uint8Array[], ofCall = callId) {
    for (const [seq, bytes] of pieces.entries()) {
      await storeTakeChunk(db, { takeId, callId: ofCall, customerId, seq, bytes, startedAt, mime: 'audio/webm;codecs=opus' });
    }
  }

  it('stores the pieces in order and puts them together into the take, up to the first one missing', async () => {
    const pieces = piecesOf(take, 97);
    await store('take-1', pieces);
    const rows = await db.recordingTakes.where('takeId').equals('take-1').toArray();
    expect(rows.map((r) => r.seq)).toEqual(pieces.map((_, i) => i));
    expect(rows.every((r) => r.callId === callId && r.customerId === customerId && r.startedAt === startedAt)).toBe(true);
    expect(assembleTake([...rows].reverse())).toEqual(take);

    const gap = rows.filter((r) => r.seq !== 3);
    expect(assembleTake(gap)).toEqual(take.subarray(0, 3 * 97));
    expect(assembleTake(rows.filter((r) => r.seq !== 0))).toEqual(new Uint8Array());
  });

  it('keeps a stopped take with the call and removes its pieces in the same transaction', async () => {
    await store('take-1', piecesOf(take, 200));
    await store('take-2', piecesOf(take, 200));
    const [kept] = await keepTake(db, callId, 'take-1', { fileName: 'Recording.webm', bytes: take });
    expect(kept).toMatchObject({ callId, category: 'call-recording', mime: 'audio/webm', durationSeconds: 3 });
    expect(await db.recordingTakes.where('takeId').equals('take-1').count()).toBe(0);
    expect(await db.recordingTakes.where('takeId').equals('take-2').count()).toBeGreaterThan(0);

    // A refused attach leaves the pieces where they were.
    vi.spyOn(db.documentFiles, 'bulkAdd').mockRejectedValueOnce(new Error('The disk is full.'));
    const before = await db.recordingTakes.count();
    await expect(keepTake(db, callId, 'take-2', { fileName: 'Recording.webm', bytes: take })).rejects.toThrow('The disk is full.');
    expect(await db.recordingTakes.count()).toBe(before);
    expect(await db.documents.count()).toBe(1);
  });

  it('offers back a take that never stopped, with how long its pieces play, but not one still held by the window', async () => {
    await store('interrupted', piecesOf(take, 150));
    await store('recording-now', piecesOf(take, 150));
    const takes = await interruptedTakesOfCall(db, callId, new Set(['recording-now']));
    expect(takes).toEqual([{ takeId: 'interrupted', callId, customerId, startedAt, mime: 'audio/webm;codecs=opus', seconds: 3 }]);
    expect(await interruptedTakesOfCall(db, 'another-call', new Set())).toEqual([]);
  });

  it('Keep it: attaches the pieces as one recording named for when it started, and removes them; twice is harmless', async () => {
    // The crash came before the last piece was written: what is kept ends at the last whole one.
    const pieces = piecesOf(take, 150);
    await store('take-1', pieces.slice(0, -1));
    const kept = await keepInterruptedTake(db, 'take-1', 'America/Chicago');
    expect(kept).toMatchObject({ callId, customerId, fileName: 'Recording 2026-11-20 11.05.webm', mime: 'audio/webm' });
    const bytes = (await db.documentFiles.get(kept!.id))!.bytes;
    expect(bytes).toEqual(take.subarray(0, take.length - pieces.at(-1)!.length));
    expect(kept!.durationSeconds).toBe(probeAudio(bytes)!.durationSeconds);
    expect(kept!.durationSeconds).toBeGreaterThan(2.5);
    expect(await db.recordingTakes.count()).toBe(0);
    expect(await keepInterruptedTake(db, 'take-1', 'America/Chicago')).toBeNull();
    expect(await db.documents.count()).toBe(1);
  });

  it('Discard: removes the pieces and keeps nothing', async () => {
    await store('take-1', piecesOf(take, 150));
    await dropTake(db, 'take-1');
    await dropTake(db, 'take-1');
    expect(await db.recordingTakes.count()).toBe(0);
    expect(await db.documents.count()).toBe(0);
  });

  it('drops at start the pieces of takes whose call no longer exists, and only those', async () => {
    await store('of-the-call', piecesOf(take, 300));
    await store('of-a-removed-call', piecesOf(take, 300), 'removed-call');
    expect(await dropOrphanTakes(db)).toBeGreaterThan(0);
    expect(await db.recordingTakes.orderBy('takeId').uniqueKeys()).toEqual(['of-the-call']);
    expect(await dropOrphanTakes(db)).toBe(0);
  });

  it('is working space: storing a piece is not a change, a backup leaves it out and a restore leaves it be', async () => {
    const stamp = async () => (await db.meta.get('change-stamp'))?.value;
    const before = await stamp();
    await store('take-1', piecesOf(take, 300));
    expect(await stamp()).toBe(before);

    const snapshot = await exportSnapshot(db);
    expect(Object.keys(snapshot)).not.toContain('recordingTakes');
    const stored = await db.recordingTakes.count();
    const restored = await restoreSnapshot(db, snapshot, latestSchemaVersion);
    expect(Object.keys(restored.counts)).not.toContain('recordingTakes');
    expect(await db.recordingTakes.count()).toBe(stored);
    await expect(restoreSnapshot(db, { ...snapshot, recordingTakes: [] }, latestSchemaVersion)).rejects.toThrow(
      /does not know \(recordingTakes\)/,
    );
  });
});
