import { afterEach, describe, expect, it } from 'vitest';
import { encodeBackup } from '../../../shared/backup/encode-backup';
import { memoryRangeReader } from '../../../shared/backup/zip-reader';
import { createBackupCodec, type BackupWorkerHandle } from '../../../renderer/backup/backup-codec';
import { closeTestDbs, filledDb, testDb } from './filled-db';
import { inProcessBackupWorker, type InProcessBackupWorker } from './in-process-backup-worker';
import { testPieceBytes } from './made-backup';

afterEach(closeTestDbs);

const meta = { createdAt: '2026-11-22T15:30:00.000Z', appVersion: '0.1.0' };

function trackedWorkers() {
  const workers: InProcessBackupWorker[] = [];
  const start = () => {
    const worker = inProcessBackupWorker();
    workers.push(worker);
    return worker;
  };
  return { workers, start };
}

describe('the backup codec (a worker per job)', () => {
  it('passes on a refusal from the worker, such as a backup from a newer database version, staging nothing', async () => {
    const { workers, start } = trackedWorkers();
    const bytes = await encodeBackup({
      schemaVersion: 4,
      createdAt: meta.createdAt,
      app: { version: '2.0.0' },
      tables: { customers: [{ id: 'c1', legalName: 'Northwind Traders' }] },
      documents: [],
    });
    const db = testDb();
    expect(await createBackupCodec(start).checkAndStage(db.name, memoryRangeReader(bytes), 3)).toEqual({
      result: {
        ok: false,
        reason: 'newer-version',
        message: 'This backup was made by a newer version of Call Desk (2.0.0). Update Call Desk, then restore it.',
      },
      staged: [],
    });
    expect(workers.every((worker) => worker.terminated)).toBe(true);
  });

  it('fails the job with the reason when a piece is not taken (main refused it), and ends the worker', async () => {
    const { workers, start } = trackedWorkers();
    const db = await filledDb();
    let taken = 0;
    await expect(
      createBackupCodec(start).streamDatabase(db.name, meta, testPieceBytes, async () => {
        if (++taken === 2) throw new Error('The disk is full.');
      }),
    ).rejects.toThrow('The disk is full.');
    expect(taken).toBe(2);
    expect(workers).toHaveLength(1);
    expect(workers[0]!.terminated).toBe(true);
  });

  it('fails the check with the reason when part of the file cannot be read', async () => {
    const db = testDb();
    const file = { size: 100_000, read: () => Promise.reject(new Error('Part of the backup file did not arrive. Open it again.')) };
    await expect(createBackupCodec(inProcessBackupWorker).checkAndStage(db.name, file, 3)).rejects.toThrow(
      'The backup file could not be checked: Part of the backup file did not arrive. Open it again.',
    );
  });

  it('fails with a clear message when the worker stops or cannot start, and ends it', async () => {
    let stopped: BackupWorkerHandle | null = null;
    const crashing = createBackupCodec(() => {
      const worker: BackupWorkerHandle = {
        onmessage: null,
        onerror: null,
        onmessageerror: null,
        postMessage() {
          queueMicrotask(() =>
            worker.onerror?.({ message: 'Uncaught RangeError: Array buffer allocation failed', preventDefault() {} } as ErrorEvent),
          );
        },
        terminate() {
          stopped = worker;
        },
      };
      return worker;
    });
    await expect(crashing.checkAndStage('any', memoryRangeReader(new Uint8Array([1, 2, 3])), 3)).rejects.toThrow(
      'The backup file could not be checked: its background task stopped (Uncaught RangeError: Array buffer allocation failed).',
    );
    expect(stopped).not.toBeNull();

    const unstartable = createBackupCodec(() => {
      throw new Error('Workers are not allowed here');
    });
    await expect(unstartable.streamDatabase('any', meta, testPieceBytes, async () => {})).rejects.toThrow(
      'The backup could not be made: its background task could not start (Workers are not allowed here).',
    );
  });
});
