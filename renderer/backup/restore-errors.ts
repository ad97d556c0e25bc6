// Why a restore did not happen, in words for the user. Either way the database is unchanged.
import { storageErrorSentence } from '../../shared/common/storage-problem';

/** The backup cannot be restored by this version of the app (too new, unknown tables, ...). */
export class RestoreRefusedError extends Error {
  override name = 'RestoreRefusedError';
}

/** The database refused the backup's rows (a missing or duplicate key); the transaction was rolled back. */
export class RestoreFailedError extends Error {
  override name = 'RestoreFailedError';
}

/**
 * A write of the restore failed and was rolled back. When the storage itself refused it (a full
 * disk, say) the user is told that and what to do, not that the backup is at fault; otherwise
 * `otherwise` says what went wrong.
 */
export function restoreWriteFailed(error: unknown, otherwise: string): RestoreFailedError {
  const storage = storageErrorSentence(error);
  return new RestoreFailedError(storage === null ? otherwise : `Nothing was restored and your data is unchanged. ${storage}`, {
    cause: error,
  });
}
