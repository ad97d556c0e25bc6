import { describe, expect, it } from 'vitest';
import type { BackupInput } from '../../../shared/backup/backup-format';
import { createBackupCodec, type BackupWorkerHandle } from '../../../renderer/backup/backup-codec';
import { buffersOf } from '../../../renderer/backup/backup-worker-protocol';
import { inProcessBackupWorker, type InProcessBackupWorker } from './in-process-backup-worker';

function sampleInput(): BackupInput {
  return {
    schemaVersion: 3,
    createdAt: '2026-11-22T15:30:00.000Z',
    app: { version: '0.1.0' },
    tables: { customers: [{ id: 'c1', legalName: 'Northwind Traders' }], invoices: [] },
    documents: [{ id: 'd1', name: 'Signed agreement.pdf', mime: 'application/pdf', bytes: new Uint8Array([0x25, 0x50, 0x44, 0x46, 7]) }],
  };
}

describe('the backup codec (a worker per job)', () => {
  it('encodes and decodes in the worker, handing buffers over instead of copying them, and ends each worker', async () => {
    const workers: InProcessBackupWorker[] = [];
    const codec = createBackupCodec(() => {
      const worker = inProcessBackupWorker();
      workers.push(worker);
      return worker;
    });
    const input = sampleInput();
    const documentBytes = input.documents[0]!.bytes;
    const bytes = await codec.encode(input);
    // The document's buffer went to the worker: this side no longer holds it.
    expect(documentBytes.byteLength).toBe(0);

    const fileBytes = bytes.slice();
    const result = await codec.decode(bytes, 3);
    expect(bytes.byteLength).toBe(0);
    if (!result.ok) throw new Error(result.message);
    expect(result.backup.tables).toEqual(sampleInput().tables);
    expect(result.backup.documents).toEqual(sampleInput().documents);
    expect(result.summary.counts).toEqual({ customers: 1, invoices: 0 });
    expect(workers).toHaveLength(2);
    expect(workers.every((w) => w.terminated)).toBe(true);

    const truncated = await codec.decode(fileBytes.subarray(0, fileBytes.length - 40).slice(), 3);
    expect(truncated).toMatchObject({ ok: false, reason: 'truncated' });
  });

  it('passes on a refusal from the worker, such as a backup from a newer database version', async () => {
    const codec = createBackupCodec(inProcessBackupWorker);
    const bytes = await codec.encode({ ...sampleInput(), schemaVersion: 4, app: { version: '2.0.0' } });
    expect(await codec.decode(bytes, 3)).toEqual({
      ok: false,
      reason: 'newer-version',
      message: 'This backup was made by a newer version of Call Desk (2.0.0). Update Call Desk, then restore it.',
    });
  });

  it('says so when encoding fails in the worker', async () => {
    const codec = createBackupCodec(inProcessBackupWorker);
    await expect(codec.encode({ ...sampleInput(), tables: { '../escape': [] } })).rejects.toThrow(
      'The backup could not be made: "../escape" is not a table name a backup can hold.',
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
    await expect(crashing.decode(new Uint8Array([1, 2, 3]), 3)).rejects.toThrow(
      'The backup file could not be checked: its background task stopped (Uncaught RangeError: Array buffer allocation failed).',
    );
    expect(stopped).not.toBeNull();

    const unstartable = createBackupCodec(() => {
      throw new Error('Workers are not allowed here');
    });
    await expect(unstartable.encode(sampleInput())).rejects.toThrow(
      'The backup could not be made: its background task could not start (Workers are not allowed here).',
    );
  });

  it('lists each buffer once, however many arrays share it', () => {
    const buffer = new ArrayBuffer(8);
    const a = new Uint8Array(buffer, 0, 4);
    const b = new Uint8Array(buffer, 4, 4);
    const c = new Uint8Array(2);
    expect(buffersOf([a, b, c])).toEqual([buffer, c.buffer]);
  });
});
