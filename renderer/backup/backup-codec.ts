// Encodes and decodes backup files in a Web Worker, one worker per job: the page stays
// responsive, and the worker's memory (a whole database twice over, briefly) goes with it.
// There is no fallback to the UI thread: if the worker cannot run, the user hears why.
import type { BackupInput, BackupSummary, DecodeBackupResult } from '../../shared/backup/backup-format';
import type { BackupMeta } from './encode-database';
import {
  decodeRequest,
  encodeDatabaseRequest,
  encodeRequest,
  type BackupWorkerRequest,
  type BackupWorkerResponse,
  type Outgoing,
} from './backup-worker-protocol';
import { errorMessage } from '../../shared/common/error-message';

export interface BackupCodec {
  /** A backup file of the named database, read by the worker itself (one read transaction), and its summary. */
  encodeDatabase(
    databaseName: string,
    meta: BackupMeta,
  ): Promise<{ bytes: Uint8Array<ArrayBuffer>; summary: BackupSummary; changeStamp: string | null }>;
  /** The backup file's bytes. The input's document bytes are handed to the worker (not usable after). */
  encode(input: BackupInput): Promise<Uint8Array<ArrayBuffer>>;
  /** Checks a file; a file that is not a usable backup is a refusal with a sentence, never a throw. */
  decode(bytes: Uint8Array, maxSchemaVersion: number): Promise<DecodeBackupResult>;
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

/** The job's reply; the worker is ended either way. */
function runJob(
  startWorker: () => BackupWorkerHandle,
  outgoing: Outgoing<BackupWorkerRequest>,
  doing: string,
): Promise<BackupWorkerResponse> {
  return new Promise((resolve, reject) => {
    let worker: BackupWorkerHandle;
    try {
      worker = startWorker();
    } catch (error) {
      reject(new Error(`${doing}: its background task could not start (${errorMessage(error)}).`));
      return;
    }
    const finish = (settle: () => void) => {
      worker.onmessage = worker.onerror = worker.onmessageerror = null;
      worker.terminate();
      settle();
    };
    worker.onmessage = (event) => finish(() => resolve(event.data));
    worker.onerror = (event) => {
      event.preventDefault?.();
      finish(() => reject(new Error(`${doing}: its background task stopped${event.message ? ` (${event.message})` : ''}.`)));
    };
    worker.onmessageerror = () => finish(() => reject(new Error(`${doing}: its background task sent back something unreadable.`)));
    try {
      worker.postMessage(outgoing.message, { transfer: outgoing.transfer });
    } catch (error) {
      finish(() => reject(new Error(`${doing}: ${errorMessage(error)}`)));
    }
  });
}

export function createBackupCodec(startWorker: () => BackupWorkerHandle = startBackupWorker): BackupCodec {
  return {
    async encodeDatabase(databaseName, meta) {
      const doing = 'The backup could not be made';
      const reply = await runJob(startWorker, encodeDatabaseRequest(databaseName, meta), doing);
      if (reply.kind === 'encoded-database') return { bytes: reply.bytes, summary: reply.summary, changeStamp: reply.changeStamp };
      throw new Error(`${doing}: ${reply.kind === 'failed' ? reply.message : 'its background task gave an unexpected answer.'}`);
    },
    async encode(input) {
      const doing = 'The backup could not be made';
      const reply = await runJob(startWorker, encodeRequest(input), doing);
      if (reply.kind === 'encoded') return reply.bytes;
      throw new Error(`${doing}: ${reply.kind === 'failed' ? reply.message : 'its background task gave an unexpected answer.'}`);
    },
    async decode(bytes, maxSchemaVersion) {
      const doing = 'The backup file could not be checked';
      const reply = await runJob(startWorker, decodeRequest(bytes, maxSchemaVersion), doing);
      if (reply.kind === 'decoded') return reply.result;
      throw new Error(`${doing}: ${reply.kind === 'failed' ? reply.message : 'its background task gave an unexpected answer.'}`);
    },
  };
}
