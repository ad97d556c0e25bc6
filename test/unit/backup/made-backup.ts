// A backup of a test database as one byte array: the app's own stream (the codec's worker, run in
// this process), gathered, so tests can decode it, damage it or restore from it.
import { createBackupCodec } from '../../../renderer/backup/backup-codec';
import { databaseBackupProducer } from '../../../renderer/backup/backup-file';
import { streamDatabase, type BackupMeta, type StreamedDatabase } from '../../../renderer/backup/encode-database';
import type { CallDeskDb } from '../../../renderer/data/db';
import { inProcessBackupWorker } from './in-process-backup-worker';
import { joinBytes } from '../../../shared/common/join-bytes';

/** Small pieces, so every test backup crosses in several. */
export const testPieceBytes = 16 * 1024;

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
  return { ...made, bytes: joinBytes(pieces), pieces: pieces.length };
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
  return { ...made, bytes: joinBytes(pieces) };
}
