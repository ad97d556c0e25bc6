// What the user reads when something fails. Storage failures reach us as DOMException or Dexie
// errors whose own text ("QuotaExceededError: Transaction aborted…") means nothing to a
// bookkeeper, so they are told in plain words (storage-problem.ts); other errors already carry
// our own sentences.
import { storageErrorSentence } from './storage-problem';

/** One sentence for any failure: plain words for storage problems, else the error's own message. */
export function errorMessage(error: unknown): string {
  const storage = storageErrorSentence(error);
  if (storage !== null) return storage;
  if (error instanceof Error) return error.message;
  if (typeof error === 'object' && error !== null && typeof (error as { message?: unknown }).message === 'string') {
    return (error as { message: string }).message;
  }
  return String(error);
}
