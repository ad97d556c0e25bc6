// The backup worker's entry: one request in, one reply out (see backup-worker-protocol.ts).
import { handleBackupRequest, type BackupWorkerRequest, type BackupWorkerResponse } from './backup-worker-protocol';

// The project's TypeScript settings describe a window, not a worker: name the two members used.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<BackupWorkerRequest>) => void) | null;
  postMessage(message: BackupWorkerResponse, options: { transfer: Transferable[] }): void;
};

scope.onmessage = (event) => {
  void handleBackupRequest(event.data).then(({ message, transfer }) => scope.postMessage(message, { transfer }));
};
