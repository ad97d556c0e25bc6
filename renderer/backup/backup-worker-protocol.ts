// The messages between the page and the backup worker, and the worker's work itself (kept here,
// apart from the worker's entry file, so tests can run it without a Worker).
//
// Writing and checking a backup hashes and zips every table and document: seconds of work on a
// large database, so it never runs on the UI thread. Neither side ever holds a whole backup file:
// - 'stream-database': the worker reads the database itself (encode-database.ts) and sends the
//   file in pieces; it makes the next piece only once the page says it took the last one (the
//   page hands each to main), so a slow disk slows the worker instead of filling memory.
// - 'check-and-stage': the worker asks the page for ranges of the file (the page reads them from
//   main), checks the backup (decode-backup.ts), and puts each document, once checked, in the
//   database's restoreStaging table, where the restore's transaction will take it from.
import type { BackupSummary } from '../../shared/backup/backup-format';
import { decodeBackupParts, type DecodeBackupPartsResult } from '../../shared/backup/decode-backup';
import type { RangeReader } from '../../shared/backup/zip-reader';
import { errorMessage } from '../../shared/common/error-message';
import { ownBuffer } from '../../shared/common/own-buffer';
import { openCallDeskDb } from '../data/db';
import { streamDatabase, type BackupMeta, type StreamedDatabase } from './encode-database';

export type BackupWorkerRequest =
  | ({ kind: 'stream-database'; databaseName: string; pieceBytes: number } & BackupMeta)
  | { kind: 'piece-taken' }
  | { kind: 'check-and-stage'; databaseName: string; size: number; maxSchemaVersion: number }
  | { kind: 'range'; bytes: Uint8Array }
  | { kind: 'range-failed'; message: string };

export type BackupWorkerResponse =
  | { kind: 'piece'; bytes: Uint8Array<ArrayBuffer> }
  | { kind: 'streamed'; size: number; summary: BackupSummary; changeStamp: string | null }
  | { kind: 'read-range'; offset: number; length: number }
  | { kind: 'checked'; result: DecodeBackupPartsResult; staged: string[] }
  | { kind: 'failed'; message: string };

/** A message and the buffers to hand over with it (moved, not copied). */
export interface Outgoing<T> {
  message: T;
  transfer: ArrayBuffer[];
}

type Answer = Extract<BackupWorkerRequest, { kind: 'piece-taken' | 'range' | 'range-failed' }>;

/**
 * The worker's side of one job: `post` sends to the page; the returned function takes each
 * message from the page. Never throws: a failure is a 'failed' reply.
 */
export function createBackupWorkerSession(
  post: (outgoing: Outgoing<BackupWorkerResponse>) => void,
): (message: BackupWorkerRequest) => void {
  let waiting: ((answer: Answer) => void) | null = null;

  /** Sends `outgoing` and waits for the page's answer to it. */
  function ask(outgoing: Outgoing<BackupWorkerResponse>): Promise<Answer> {
    const answered = new Promise<Answer>((resolve) => {
      waiting = resolve;
    });
    post(outgoing);
    return answered;
  }

  async function streamed(request: Extract<BackupWorkerRequest, { kind: 'stream-database' }>): Promise<StreamedDatabase> {
    const { databaseName, pieceBytes, createdAt, appVersion } = request;
    return streamDatabase(databaseName, { createdAt, appVersion }, pieceBytes, async (piece) => {
      const bytes = ownBuffer(piece);
      const answer = await ask({ message: { kind: 'piece', bytes }, transfer: [bytes.buffer] });
      if (answer.kind !== 'piece-taken') throw new Error('The window did not take a piece of the backup.');
    });
  }

  async function checked(request: Extract<BackupWorkerRequest, { kind: 'check-and-stage' }>): Promise<Outgoing<BackupWorkerResponse>> {
    const file: RangeReader = {
      size: request.size,
      async read(offset, length) {
        const answer = await ask({ message: { kind: 'read-range', offset, length }, transfer: [] });
        if (answer.kind === 'range') return answer.bytes;
        throw new Error(answer.kind === 'range-failed' ? answer.message : 'The window did not send the part of the file asked for.');
      },
    };
    const db = openCallDeskDb(request.databaseName);
    try {
      await db.open();
      // Whatever an earlier check left (a restore not confirmed, the app closed during one) goes first.
      await db.restoreStaging.clear();
      const staged: string[] = [];
      const result = await decodeBackupParts(file, { maxSchemaVersion: request.maxSchemaVersion }, async (document) => {
        await db.restoreStaging.put({ id: document.id, bytes: document.bytes });
        staged.push(document.id);
      });
      if (!result.ok) await db.restoreStaging.clear();
      return { message: { kind: 'checked', result, staged: result.ok ? staged : [] }, transfer: [] };
    } catch (error) {
      await db.restoreStaging.clear().catch(() => {});
      throw error;
    } finally {
      db.close();
    }
  }

  async function run(request: BackupWorkerRequest): Promise<Outgoing<BackupWorkerResponse>> {
    try {
      if (request.kind === 'stream-database') {
        const { size, summary, changeStamp } = await streamed(request);
        return { message: { kind: 'streamed', size, summary, changeStamp }, transfer: [] };
      }
      if (request.kind === 'check-and-stage') return await checked(request);
      return { message: { kind: 'failed', message: 'The backup task was sent an answer to nothing it asked.' }, transfer: [] };
    } catch (error) {
      return { message: { kind: 'failed', message: errorMessage(error) }, transfer: [] };
    }
  }

  return (message) => {
    if (message.kind === 'piece-taken' || message.kind === 'range' || message.kind === 'range-failed') {
      const resolve = waiting;
      waiting = null;
      resolve?.(message);
      return;
    }
    void run(message).then(post);
  };
}
