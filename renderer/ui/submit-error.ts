// Turns what a save threw into messages where the user is looking: a ZodError's issues go on
// the fields they name, anything else (the repositories throw plain Errors with a sentence
// meant for the user) becomes the form-level message.
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { errorMessage } from '../../shared/common/error-message';

interface IssueLike {
  path: readonly PropertyKey[];
  message: string;
}

function zodIssues(error: unknown): IssueLike[] | null {
  if (typeof error !== 'object' || error === null || !('issues' in error)) return null;
  const issues = (error as { issues: unknown }).issues;
  return Array.isArray(issues) ? (issues as IssueLike[]) : null;
}

/**
 * Applies the error to the form. `fieldFor` maps an issue path ("addresses.0.city",
 * "amountMinor") to the form field that shows it, or null when no field does.
 * Returns the form-level message, or null when every issue landed on a field.
 */
export function applySubmitError<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  fieldFor: (path: string) => Path<T> | null,
): string | null {
  const issues = zodIssues(error);
  if (!issues) {
    return errorMessage(error) || 'The changes could not be saved. Please try again.';
  }
  const unplaced: string[] = [];
  for (const issue of issues) {
    const field = fieldFor(issue.path.map(String).join('.'));
    if (field) setError(field, { type: 'server', message: issue.message });
    else unplaced.push(issue.message);
  }
  if (unplaced.length > 0) return unplaced.join(' ');
  return issues.length > 0 ? null : 'The changes could not be saved. Please try again.';
}
