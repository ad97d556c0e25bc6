// Why a restore did not happen, in words for the user. Either way the database is unchanged.

/** The backup cannot be restored by this version of the app (too new, unknown tables, ...). */
export class RestoreRefusedError extends Error {
  override name = 'RestoreRefusedError';
}

/** The database refused the backup's rows (a missing or duplicate key); the transaction was rolled back. */
export class RestoreFailedError extends Error {
  override name = 'RestoreFailedError';
}
