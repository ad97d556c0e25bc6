// A backup of a test database as one byte array: the app's own stream (the codec's worker, run in
// this process), gathered, so tests can decode it, damage it or restore from it.
import { createBackupCodec } from '../../../renderer/backup/backup-codec';
import { databaseBackupProducer } from '../../../renderer/backup/backup-file';
import { streamDatabase, type BackupMeta, type StreamedDatabase } from '../../../renderer/backup/encode-database';
import type { CallDeskDb } from '../../../renderer/data/db';
import { inProcessBackupWorker } from './in-process-backup-worker';

/** Small pieces, so every test backup crosses in several. */
export const testPieceBytes = 16 * 1024;

function joined(pieces: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(pieces.reduce((sum, piece) => sum + piece.length, 0));
  let at = 0;
  for (const piece of pieces) {
    bytes.set(piece, at);
    at += piece.length;
  }
  return bytes;
}

/** Through the codec and its (in-process) worker, as the app makes a backup. */
export async function madeBackup(
  db: CallDeskDb,
  opts: { appVersion: string; now: Date },
): Promise<StreamedDatabase & { bytes: Uint8Array<ArrayBuffer>; pieces: number }> {
  const pieces: Uint8Array[] = [];
  const produce = databaseBackupProducer(db, createBackupCodec(inProcessBackupWorker), {
    appVersion: async () => opts.appVersion,
    now: () => opts.now,
  });
  const made = await produce(testPieceBytes, async (piece) => {
    pieces.push(piece.slice());
  });
  return { ...made, bytes: joined(pieces), pieces: pieces.length };
}

/** Straight from the database by name, as the worker itself does. */
export async function streamedBytes(
  databaseName: string,
  meta: BackupMeta,
): Promise<StreamedDatabase & { bytes: Uint8Array<ArrayBuffer> }> {
  const pieces: Uint8Array[] = [];
  const made = await streamDatabase(databaseName, meta, testPieceBytes, async (piece) => {
    pieces.push(piece);
  });
  return { ...made, bytes: joined(pieces) };
}
