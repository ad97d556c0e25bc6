// What the user reads when something fails. Storage failures reach us as DOMException or Dexie
// errors whose own text ("QuotaExceededError: Transaction aborted…") means nothing to a
// bookkeeper, so they are told in plain words; other errors already carry our own sentences.

export type StorageProblem = 'disk-full' | 'storage-unavailable';

const unavailableNames = new Set(['UnknownError', 'InvalidStateError', 'DatabaseClosedError', 'OpenFailedError', 'MissingAPIError']);

/** Walks an error and what it wraps (Dexie's `inner`, the standard `cause`). */
function* errorChain(error: unknown): Generator<{ name?: unknown; message?: unknown }> {
  let current: unknown = error;
  for (let depth = 0; depth < 8 && typeof current === 'object' && current !== null; depth += 1) {
    const link = current as { name?: unknown; message?: unknown; inner?: unknown; cause?: unknown };
    yield link;
    current = link.inner ?? link.cause;
  }
}

/** Whether a failure came from the storage itself rather than from what was being saved. */
export function storageProblemOf(error: unknown): StorageProblem | null {
  let unavailable = false;
  for (const link of errorChain(error)) {
    if (link.name === 'QuotaExceededError') return 'disk-full';
    if (typeof link.name === 'string' && unavailableNames.has(link.name)) unavailable = true;
  }
  return unavailable ? 'storage-unavailable' : null;
}

const storageWording: Record<StorageProblem, string> = {
  'disk-full': 'The disk is full, so this was not saved. Free some space on this computer and try again.',
  'storage-unavailable': 'Call Desk could not reach its stored data, so this was not saved. Try again; if it keeps happening, restart Call Desk.',
};

/** One sentence for any failure: plain words for storage problems, else the error's own message. */
export function errorMessage(error: unknown): string {
  const problem = storageProblemOf(error);
  if (problem !== null) return storageWording[problem];
  if (error instanceof Error) return error.message;
  if (typeof error === 'object' && error !== null && typeof (error as { message?: unknown }).message === 'string') {
    return (error as { message: string }).message;
  }
  return String(error);
}
