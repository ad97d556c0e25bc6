// The window's side of applying: asks the import worker to write the plan it keeps (see
// import-session.ts), follows its progress, and turns a failure back into the error it was, so
// the user reads the same sentence as when the window applied the plan itself.
import type { ImportWorkerClient } from './import-worker-client';
import type { AppliedImport, ImportWorkerRequest } from './import-worker-protocol';
import type { SafetyCopy } from './apply-with-safety-copy';
import { SafetyCopyOutdatedError, StalePlanError } from './stale-plan-error';

export type ApplyRequest = Extract<ImportWorkerRequest, { kind: 'apply' }>;

function errorFromWorker(message: string, name: string | undefined): Error {
  if (name === 'StalePlanError') return new StalePlanError(message);
  if (name === 'SafetyCopyOutdatedError') return new SafetyCopyOutdatedError(message);
  const error = new Error(message);
  if (name) error.name = name;
  return error;
}

export async function applyInWorker(
  client: ImportWorkerClient,
  request: ApplyRequest,
  onProgress: (fraction: number) => void = () => {},
): Promise<AppliedImport> {
  const reply = await client.request(request, (stage, fraction) => {
    if (stage === 'applying') onProgress(fraction);
  });
  if (reply.kind === 'applied') return reply.applied;
  if (reply.kind === 'failed') throw errorFromWorker(reply.message, reply.name);
  throw new Error('The import gave an unexpected answer.');
}

/**
 * The safety copy the worker made from the rows it read for the plan `planId` (asked for when
 * the user confirms). A failure here only means the window has the copy made the usual way.
 */
export async function safetyCopyFromWorker(client: ImportWorkerClient, planId: string): Promise<SafetyCopy> {
  const reply = await client.request({ kind: 'safety-copy', planId }, () => {});
  if (reply.kind === 'safety-copy') return { bytes: reply.bytes, changeStamp: reply.changeStamp };
  throw new Error(reply.kind === 'failed' ? reply.message : 'The safety copy gave an unexpected answer.');
}
