// The backup worker's entry: one job per worker, a conversation with the page (see backup-worker-protocol.ts).
import { createBackupWorkerSession, type BackupWorkerRequest, type BackupWorkerResponse } from './backup-worker-protocol';

// The project's TypeScript settings describe a window, not a worker: name the two members used.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<BackupWorkerRequest>) => void) | null;
  postMessage(message: BackupWorkerResponse, options: { transfer: Transferable[] }): void;
};

const receive = createBackupWorkerSession(({ message, transfer }) => scope.postMessage(message, { transfer }));

scope.onmessage = (event) => receive(event.data);
