/** The stored rows differ from what the import's preview was made from: the file must be planned again. */
export class StalePlanError extends Error {
  override name = 'StalePlanError';
}

/** The database changed after the safety copy was read: the copy is made again before importing. */
export class SafetyCopyOutdatedError extends Error {
  override name = 'SafetyCopyOutdatedError';
}

/** The import worker holds no current safety copy for the plan: the window has one made first. */
export class SafetyCopyNotMadeError extends Error {
  override name = 'SafetyCopyNotMadeError';
}

/** No safety copy could be saved, so nothing was imported. */
export class SafetyCopyFailedError extends Error {
  override name = 'SafetyCopyFailedError';
}
