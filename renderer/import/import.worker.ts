// The import worker's entry: the page's requests to one session (see import-session.ts), replies
// and progress back; the session also makes the safety copy and applies the plan it made, here,
// off the window's thread. Papa Parse and SheetJS run here, inside our own module worker (never
// Papa Parse's blob worker), so the page's strict CSP stays as it is.
import { newId } from '../../shared/common/ids';
import { encodeDatabaseReusing } from '../backup/encode-database';
import { createImportSession } from './import-session';
import type { ImportWorkerRequest, ImportWorkerResponse, SafetyCopySavedNotice } from './import-worker-protocol';
import { loadPromiseContext } from './promise-context';
import { loadStoredForPlan, readStoredStamp } from './stored-for-plan';

// The project's TypeScript settings describe a window, not a worker: name the two members used.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ImportWorkerRequest | SafetyCopySavedNotice>) => void) | null;
  postMessage(message: ImportWorkerResponse, transfer?: Transferable[]): void;
};

// A safety copy's bytes are handed over, not copied.
const post = (response: ImportWorkerResponse) =>
  scope.postMessage(response, response.kind === 'safety-copy' ? [response.bytes.buffer] : []);

const session = createImportSession(post, {
  loadStored: loadStoredForPlan,
  readStamp: readStoredStamp,
  loadPromiseContext,
  encodeSafetyCopy: encodeDatabaseReusing,
  newId,
});

scope.onmessage = (event) => {
  const message = event.data;
  if (message.kind === 'safety-copy-saved') session.notice(message);
  else void session(message).then((reply) => post(reply));
};
