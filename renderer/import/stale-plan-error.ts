/** The stored rows differ from what the import's preview was made from: the file must be planned again. */
export class StalePlanError extends Error {
  override name = 'StalePlanError';
}

/** The database changed after the safety copy was read: the copy is made again before importing. */
export class SafetyCopyOutdatedError extends Error {
  override name = 'SafetyCopyOutdatedError';
}
