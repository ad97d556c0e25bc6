// Writes and checks backup files in a Web Worker, one worker per job: the page stays responsive,
// and the worker's memory goes with it. The page's part is to carry pieces between the worker and
// main (backup-worker-protocol.ts), never holding the whole file. There is no fallback to the UI
// thread: if the worker cannot run, the user hears why.
import type { DecodeBackupPartsResult } from '../../shared/backup/decode-backup';
import type { RangeReader } from '../../shared/backup/zip-reader';
import { errorMessage } from '../../shared/common/error-message';
import type { BackupMeta, StreamedDatabase } from './encode-database';
import type { BackupWorkerRequest, BackupWorkerResponse, Outgoing } from './backup-worker-protocol';

export interface BackupCodec {
  /**
   * A backup of the named database, read by the worker itself (one read transaction), handed to
   * `takePiece` in pieces of at most `pieceBytes`, in order, each once the one before was taken.
   */
  streamDatabase(
    databaseName: string,
    meta: BackupMeta,
    pieceBytes: number,
    takePiece: (piece: Uint8Array<ArrayBuffer>) => Promise<void>,
  ): Promise<StreamedDatabase>;
  /**
   * Checks the backup `file`, putting its documents in the named database's restoreStaging table;
   * `staged` lists them. A file that is not a usable backup is a refusal with a sentence, never a throw.
   */
  checkAndStage(
    databaseName: string,
    file: RangeReader,
    maxSchemaVersion: number,
  ): Promise<{ result: DecodeBackupPartsResult; staged: string[] }>;
}

/** The part of a Worker the codec uses (tests pass a stand-in). */
export interface BackupWorkerHandle {
  postMessage(message: BackupWorkerRequest, options: { transfer: Transferable[] }): void;
  onmessage: ((event: MessageEvent<BackupWorkerResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  onmessageerror: ((event: MessageEvent) => void) | null;
  terminate(): void;
}

export function startBackupWorker(): BackupWorkerHandle {
  // Written out in full here so Vite finds the worker and bundles it.
  return new Worker(new URL('./backup.worker.ts', import.meta.url), { type: 'module', name: 'call-desk-backup' });
}

/** What the page does with a message of the worker's: an answer to send back, or the job's end. */
type Turn<T> = { send: Outgoing<BackupWorkerRequest> } | { done: T };

/**
 * One job: sends `first`, then answers each of the worker's messages with `respond` until it
 * gives the job's result. The worker is ended either way; a failure of `respond` (main refused a
 * piece, say) is the job's failure, as it is.
 */
function converse<T>(
  startWorker: () => BackupWorkerHandle,
  first: Outgoing<BackupWorkerRequest>,
  doing: string,
  respond: (response: BackupWorkerResponse) => Promise<Turn<T>>,
): Promise<T> {
  return new Promise((resolve, reject) => {
    let worker: BackupWorkerHandle;
    try {
      worker = startWorker();
    } catch (error) {
      reject(new Error(`${doing}: its background task could not start (${errorMessage(error)}).`));
      return;
    }
    let ended = false;
    const end = (settle: () => void) => {
      if (ended) return;
      ended = true;
      worker.onmessage = worker.onerror = worker.onmessageerror = null;
      worker.terminate();
      settle();
    };
    const send = ({ message, transfer }: Outgoing<BackupWorkerRequest>) => {
      try {
        worker.postMessage(message, { transfer });
      } catch (error) {
        end(() => reject(new Error(`${doing}: ${errorMessage(error)}`)));
      }
    };
    worker.onmessage = (event) => {
      const response = event.data;
      if (response.kind === 'failed') {
        end(() => reject(new Error(`${doing}: ${response.message}`)));
        return;
      }
      respond(response).then(
        (turn) => ('done' in turn ? end(() => resolve(turn.done)) : send(turn.send)),
        (error: unknown) => end(() => reject(error instanceof Error ? error : new Error(`${doing}: ${errorMessage(error)}`))),
      );
    };
    worker.onerror = (event) => {
      event.preventDefault?.();
      end(() => reject(new Error(`${doing}: its background task stopped${event.message ? ` (${event.message})` : ''}.`)));
    };
    worker.onmessageerror = () => end(() => reject(new Error(`${doing}: its background task sent back something unreadable.`)));
    send(first);
  });
}

function unexpected(doing: string): Error {
  return new Error(`${doing}: its background task gave an unexpected answer.`);
}

export function createBackupCodec(startWorker: () => BackupWorkerHandle = startBackupWorker): BackupCodec {
  return {
    streamDatabase(databaseName, meta, pieceBytes, takePiece) {
      const doing = 'The backup could not be made';
      const first = { message: { kind: 'stream-database' as const, databaseName, pieceBytes, ...meta }, transfer: [] };
      return converse<StreamedDatabase>(startWorker, first, doing, async (response) => {
        if (response.kind === 'piece') {
          await takePiece(response.bytes);
          return { send: { message: { kind: 'piece-taken' }, transfer: [] } };
        }
        if (response.kind === 'streamed')
          return { done: { size: response.size, summary: response.summary, changeStamp: response.changeStamp } };
        throw unexpected(doing);
      });
    },

    checkAndStage(databaseName, file, maxSchemaVersion) {
      const doing = 'The backup file could not be checked';
      const first = { message: { kind: 'check-and-stage' as const, databaseName, size: file.size, maxSchemaVersion }, transfer: [] };
      return converse<{ result: DecodeBackupPartsResult; staged: string[] }>(startWorker, first, doing, async (response) => {
        if (response.kind === 'read-range') {
          try {
            // Copied, not handed over: the reader may give a view of bytes it still needs.
            const bytes = await file.read(response.offset, response.length);
            return { send: { message: { kind: 'range', bytes }, transfer: [] } };
          } catch (error) {
            return { send: { message: { kind: 'range-failed', message: errorMessage(error) }, transfer: [] } };
          }
        }
        if (response.kind === 'checked') return { done: { result: response.result, staged: response.staged } };
        throw unexpected(doing);
      });
    },
  };
}
