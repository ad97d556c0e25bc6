// The save-time check of an e-mail template's wording in Settings: the subject and text must be
// there and fit, and the engine must find no problem (an unknown field, a stray brace, a [note]
// that would be sent as written). Each problem is said under its field with where it is, so the
// user can find it; no error means the wording can be saved.
import { emailWordingSchema, type EmailWording } from '../settings/email-templates-setting';
import { checkTemplate, type TemplateProblem } from '../templates';

export type WordingPart = keyof EmailWording;

export interface WordingErrors {
  /** The sentences to show under each field, when it has any. */
  subject?: string;
  body?: string;
  /** Where the first error is, to put the cursor on it: the problem's text, or the start of an empty field. */
  first: { part: WordingPart; start: number; end: number } | null;
}

/** "Line 3, column 12: {acount.pastDue} is not a merge field…"; a one-line subject gives the column only. */
export function problemWithPlace(problem: TemplateProblem, multiline: boolean): string {
  const place = multiline ? `Line ${problem.line}, column ${problem.column}` : `Column ${problem.column}`;
  return `${place}: ${problem.message}`;
}

export function checkEmailWording(wording: EmailWording): WordingErrors {
  const shape = emailWordingSchema.safeParse(wording);
  const errors: WordingErrors = { first: null };
  for (const part of ['subject', 'body'] as const) {
    const shapeMessage = shape.success ? undefined : shape.error.issues.find((issue) => issue.path[0] === part)?.message;
    const problems = checkTemplate(wording[part], 'email');
    const sentences = [shapeMessage, ...problems.map((p) => problemWithPlace(p, part === 'body'))].filter(Boolean);
    if (sentences.length === 0) continue;
    errors[part] = sentences.join(' ');
    const firstProblem = problems[0];
    errors.first ??= firstProblem ? { part, start: firstProblem.start, end: firstProblem.end } : { part, start: 0, end: 0 };
  }
  return errors;
}
