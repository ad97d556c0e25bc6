// The window's side of applying: asks the import worker to write the plan it keeps (see
// import-session.ts), follows its progress, and turns a failure back into the error it was, so
// the user reads the same sentence as when the window applied the plan itself.
import type { ImportWorkerClient } from './import-worker-client';
import type { AppliedImport, ImportWorkerRequest } from './import-worker-protocol';
import { SafetyCopyOutdatedError, StalePlanError } from './stale-plan-error';

export type ApplyRequest = Extract<ImportWorkerRequest, { kind: 'apply' }>;

function errorFromWorker(message: string, name: string | undefined): Error {
  if (name === 'StalePlanError') return new StalePlanError(message);
  if (name === 'SafetyCopyOutdatedError') return new SafetyCopyOutdatedError(message);
  const error = new Error(message);
  if (name) error.name = name;
  return error;
}

export async function applyInWorker(client: ImportWorkerClient, request: ApplyRequest, onProgress: (fraction: number) => void = () => {}): Promise<AppliedImport> {
  const reply = await client.request(request, (stage, fraction) => {
    if (stage === 'applying') onProgress(fraction);
  });
  if (reply.kind === 'applied') return reply.applied;
  if (reply.kind === 'failed') throw errorFromWorker(reply.message, reply.name);
  throw new Error('The import gave an unexpected answer.');
}
