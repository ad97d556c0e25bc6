// A stand-in for the backup Web Worker: runs the worker's own session in this process, with the
// same structured cloning and transfers (buffers handed over are detached here too). Its jobs
// read and stage in the named database through fake-indexeddb, as the worker does in IndexedDB.
import type { BackupWorkerHandle } from '../../../renderer/backup/backup-codec';
import {
  createBackupWorkerSession,
  type BackupWorkerRequest,
  type BackupWorkerResponse,
} from '../../../renderer/backup/backup-worker-protocol';

export interface InProcessBackupWorker extends BackupWorkerHandle {
  terminated: boolean;
  /** Every message as the worker received it. */
  received: BackupWorkerRequest[];
  /** Every message as the page received it. */
  sent: BackupWorkerResponse[];
}

export function inProcessBackupWorker(): InProcessBackupWorker {
  const receive = createBackupWorkerSession(({ message, transfer }) => {
    const data: BackupWorkerResponse = structuredClone(message, { transfer });
    // Delivered later, as a real worker's message is.
    queueMicrotask(() => {
      if (worker.terminated) return;
      worker.sent.push(data);
      worker.onmessage?.({ data } as MessageEvent<BackupWorkerResponse>);
    });
  });
  const worker: InProcessBackupWorker = {
    onmessage: null,
    onerror: null,
    onmessageerror: null,
    terminated: false,
    received: [],
    sent: [],
    postMessage(message, { transfer }) {
      const request = structuredClone(message, { transfer });
      worker.received.push(request);
      queueMicrotask(() => {
        if (!worker.terminated) receive(request);
      });
    },
    terminate() {
      worker.terminated = true;
    },
  };
  return worker;
}
