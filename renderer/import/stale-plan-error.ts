/** The stored rows differ from what the import's preview was made from: the file must be planned again. */
export class StalePlanError extends Error {
  override name = 'StalePlanError';
}
