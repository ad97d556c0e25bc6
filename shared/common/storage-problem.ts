// When the browser's storage (IndexedDB) refuses a write, the error says so in its name, not in
// words a bookkeeper can act on: "QuotaExceededError", "UnknownError", "InvalidStateError". This
// turns such an error into a plain sentence saying what happened and what to do. It looks through
// Dexie's wrappers (an aborted transaction's `inner`, a bulk write's `failures`, an error's
// `cause`), since a full disk usually arrives as the abort of the transaction it stopped.
//
// Callers put what did not happen in front ("Nothing was restored and your data is unchanged.");
// errorMessage (error-message.ts) uses it for every failure shown, and the note draft words its
// own ("your note is kept in this window"). Anything that is not a storage problem gives null.

/** What went wrong with the storage itself, as opposed to the data being written. */
export type StorageProblem = 'disk-full' | 'storage-failed' | 'storage-closed';

/** The error names IndexedDB and Dexie use for each problem. */
const problemByErrorName: Readonly<Record<string, StorageProblem>> = {
  QuotaExceededError: 'disk-full',
  UnknownError: 'storage-failed',
  InvalidStateError: 'storage-closed',
  DatabaseClosedError: 'storage-closed',
};

/** When one error holds several (a bulk write), the one the user can best act on wins. */
const precedence: readonly StorageProblem[] = ['disk-full', 'storage-failed', 'storage-closed'];

export const storageProblemSentences: Readonly<Record<StorageProblem, string>> = {
  'disk-full':
    "This computer's disk is full. Free some space on it (empty the Recycle Bin or Trash, or remove files you no longer need), then try again.",
  'storage-failed':
    'This computer could not write to the disk where Call Desk keeps its data. Check that the disk has free space, restart Call Desk, then try again.',
  'storage-closed': "Call Desk's data was closed while it was being saved. Restart Call Desk, then try again.",
};

/** The errors an error wraps, as Dexie and `Error.cause` nest them. */
function wrapped(error: object): unknown[] {
  const { inner, cause, failures } = error as { inner?: unknown; cause?: unknown; failures?: unknown };
  const nested: unknown[] = [inner, cause];
  if (Array.isArray(failures)) nested.push(...(failures as unknown[]));
  else if (typeof failures === 'object' && failures !== null) nested.push(...Object.values(failures));
  return nested;
}

/** Which storage problem `error` is or wraps, or null when it is none. */
export function storageProblemOf(error: unknown): StorageProblem | null {
  const found = new Set<StorageProblem>();
  const seen = new Set<unknown>();
  const pending: unknown[] = [error];
  // A few levels are all Dexie ever nests; the bound also stops a cycle of causes.
  for (let steps = 0; pending.length > 0 && steps < 100; steps += 1) {
    const next = pending.shift();
    if (typeof next !== 'object' || next === null || seen.has(next)) continue;
    seen.add(next);
    const name = (next as { name?: unknown }).name;
    const problem = typeof name === 'string' && Object.hasOwn(problemByErrorName, name) ? problemByErrorName[name] : undefined;
    if (problem) found.add(problem);
    pending.push(...wrapped(next));
  }
  return precedence.find((problem) => found.has(problem)) ?? null;
}

/** What happened to the storage and what to do, in plain words; null when `error` is not a storage problem. */
export function storageErrorSentence(error: unknown): string | null {
  const problem = storageProblemOf(error);
  return problem === null ? null : storageProblemSentences[problem];
}
