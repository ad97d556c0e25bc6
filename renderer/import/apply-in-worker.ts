// The window's side of applying: asks the import worker to write the plan it keeps (see
// import-session.ts), follows its progress, and turns a failure back into the error it was, so
// the user reads the same sentence as when the window applied the plan itself.
import type { ImportWorkerClient } from './import-worker-client';
import type { AppliedImport, ImportWorkerRequest } from './import-worker-protocol';
import type { SafetyCopy } from './apply-with-safety-copy';
import { SafetyCopyFailedError, SafetyCopyNotMadeError, SafetyCopyOutdatedError, StalePlanError } from './stale-plan-error';

export type ApplyRequest = Extract<ImportWorkerRequest, { kind: 'apply' }>;

// By the names the errors give themselves (a class's own name does not survive minifying).
const knownErrors = new Map<string, new (message: string) => Error>([
  ['StalePlanError', StalePlanError],
  ['SafetyCopyOutdatedError', SafetyCopyOutdatedError],
  ['SafetyCopyNotMadeError', SafetyCopyNotMadeError],
  ['SafetyCopyFailedError', SafetyCopyFailedError],
]);

function errorFromWorker(message: string, name: string | undefined): Error {
  const Known = name === undefined ? undefined : knownErrors.get(name);
  if (Known) return new Known(message);
  const error = new Error(message);
  if (name) error.name = name;
  return error;
}

/**
 * `onSafetyCopy`: an `alongside` apply's copy, to have saved and then to tell the worker so
 * (client.tell); the apply's answer comes only after that.
 */
export async function applyInWorker(
  client: ImportWorkerClient,
  request: ApplyRequest,
  onProgress: (fraction: number) => void = () => {},
  onSafetyCopy: (copy: SafetyCopy) => void = () => {},
): Promise<AppliedImport> {
  const reply = await client.request(
    request,
    (stage, fraction) => {
      if (stage === 'applying') onProgress(fraction);
    },
    ({ bytes, changeStamp }) => onSafetyCopy({ bytes, changeStamp }),
  );
  if (reply.kind === 'applied') return reply.applied;
  if (reply.kind === 'failed') throw errorFromWorker(reply.message, reply.name);
  throw new Error('The import gave an unexpected answer.');
}
