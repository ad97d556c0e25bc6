// The page's side of the import worker: one worker per file being imported (it holds the file
// between requests), one request at a time, progress (and an apply's safety copy) reported as it
// comes, and the notice that the copy is saved told to the worker while the apply waits on it. Cancel ends the
// worker outright: whatever it was doing stops, and it never writes anything in any case; only
// after an apply is it first let finish writing the invoice packs, which are derived data.
import type { ImportStage, ImportWorkerRequest, ImportWorkerResponse, SafetyCopySavedNotice } from './import-worker-protocol';
import { errorMessage } from '../../shared/common/error-message';

/** The part of a Worker the client uses (tests pass one that runs the session in-process). */
export interface ImportWorkerHandle {
  postMessage(message: ImportWorkerRequest | SafetyCopySavedNotice, options: { transfer: Transferable[] }): void;
  onmessage: ((event: MessageEvent<ImportWorkerResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  terminate(): void;
}

export function startImportWorker(): ImportWorkerHandle {
  // Written out in full here so Vite finds the worker and bundles it (Papa Parse runs inside it).
  return new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module', name: 'call-desk-import' });
}

/** What comes before a request's answer: progress, and an `alongside` apply's safety copy. */
export type InterimResponse = Extract<ImportWorkerResponse, { kind: 'progress' | 'safety-copy' }>;
export type FinalResponse = Exclude<ImportWorkerResponse, InterimResponse>;

/** Raised to a pending request when the user cancels. */
export class ImportCancelled extends Error {
  override name = 'ImportCancelled';
  constructor() {
    super('The import was cancelled.');
  }
}

export interface ImportWorkerClient {
  request(
    message: ImportWorkerRequest,
    onProgress: (stage: ImportStage, fraction: number) => void,
    onSafetyCopy?: (copy: Extract<ImportWorkerResponse, { kind: 'safety-copy' }>) => void,
  ): Promise<FinalResponse>;
  /** Tells the worker, during an `alongside` apply, whether its safety copy was saved (nothing if it has ended). */
  tell(notice: SafetyCopySavedNotice): void;
  /** Ends the worker; a pending request rejects with ImportCancelled. */
  cancel(): void;
  /**
   * The screen is going away: a read or a plan stops at once (as cancel), but an apply under way
   * runs to its end (its answer still arrives) and the worker ends after it.
   */
  leave(): void;
}

/** How long an ended worker may go on writing the invoice packs before it is stopped anyway. */
const settleWaitMs = 5 * 60_000;

export function createImportWorkerClient(startWorker: () => ImportWorkerHandle = startImportWorker): ImportWorkerClient {
  let worker: ImportWorkerHandle | null = null;
  let pending: { kind: ImportWorkerRequest['kind']; reject: (error: Error) => void } | null = null;
  let endWhenAnswered = false;
  /** An apply was answered: the worker may still be writing the invoice packs (see 'settle'). */
  let applied = false;

  /**
   * Ends the worker: at once, or, after an apply, once it says it has settled (the packs are only
   * derived data, but a worker ended while writing them leaves the next import to read the table).
   */
  const end = (atOnce = false) => {
    const ending = worker;
    worker = null;
    if (!ending) return;
    ending.onmessage = ending.onerror = null;
    if (atOnce || !applied) {
      ending.terminate();
      return;
    }
    const timer = setTimeout(() => ending.terminate(), settleWaitMs);
    const stop = () => {
      clearTimeout(timer);
      ending.terminate();
    };
    ending.onmessage = (event) => {
      if (event.data.kind === 'settled') stop();
    };
    ending.onerror = stop;
    ending.postMessage({ kind: 'settle' }, { transfer: [] });
  };

  const cancel = () => {
    end();
    pending?.reject(new ImportCancelled());
  };

  return {
    request(message, onProgress, onSafetyCopy = () => {}) {
      return new Promise<FinalResponse>((resolve, reject) => {
        if (pending) {
          reject(new Error('The import is still busy with the previous step.'));
          return;
        }
        try {
          worker ??= startWorker();
        } catch (error) {
          reject(new Error(`The import could not start its background task (${errorMessage(error)}).`));
          return;
        }
        const settle = () => {
          pending = null;
          if (worker) worker.onmessage = worker.onerror = null;
          if (endWhenAnswered) end();
        };
        pending = { kind: message.kind, reject: (error) => (settle(), reject(error)) };
        worker.onmessage = (event) => {
          const reply = event.data;
          if (reply.kind === 'progress') onProgress(reply.stage, reply.fraction);
          else if (reply.kind === 'safety-copy') onSafetyCopy(reply);
          else {
            if (reply.kind === 'applied') applied = true;
            settle();
            resolve(reply);
          }
        };
        worker.onerror = (event) => {
          event.preventDefault?.();
          settle();
          end(true); // its state is unknown now: the next request starts afresh
          reject(new Error(`The import's background task stopped${event.message ? ` (${event.message})` : ''}.`));
        };
        const transfer =
          message.kind === 'analyse' && message.file && message.file.bytes.buffer instanceof ArrayBuffer ? [message.file.bytes.buffer] : [];
        worker.postMessage(message, { transfer });
      });
    },
    tell(notice) {
      worker?.postMessage(notice, { transfer: [] });
    },
    cancel,
    leave() {
      if (pending?.kind === 'apply') endWhenAnswered = true;
      else cancel();
    },
  };
}
