// A stand-in for the backup Web Worker: runs the worker's own request handler in this process,
// with the same structured cloning and transfers (buffers handed over are detached here too).
// Its 'encode-database' reads the named database through fake-indexeddb, as the worker reads IndexedDB.
import type { BackupWorkerHandle } from '../../../renderer/backup/backup-codec';
import { handleBackupRequest, type BackupWorkerRequest, type BackupWorkerResponse } from '../../../renderer/backup/backup-worker-protocol';

export interface InProcessBackupWorker extends BackupWorkerHandle {
  terminated: boolean;
  /** Every request as the worker received it. */
  received: BackupWorkerRequest[];
}

export function inProcessBackupWorker(): InProcessBackupWorker {
  const worker: InProcessBackupWorker = {
    onmessage: null,
    onerror: null,
    onmessageerror: null,
    terminated: false,
    received: [],
    postMessage(message, { transfer }) {
      const request = structuredClone(message, { transfer });
      worker.received.push(request);
      void handleBackupRequest(request).then(({ message: reply, transfer: back }) => {
        const data: BackupWorkerResponse = structuredClone(reply, { transfer: back });
        if (!worker.terminated) worker.onmessage?.({ data } as MessageEvent<BackupWorkerResponse>);
      });
    },
    terminate() {
      worker.terminated = true;
    },
  };
  return worker;
}
