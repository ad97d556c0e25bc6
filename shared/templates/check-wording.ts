// The save-time check of a template's wording in Settings (e-mails and letters): each part must
// fit its shape (there, within its length) and hold no problem the engine finds. Each problem is
// said under its part with where it is, so the user can find it; no error means it can be saved.
import type { z } from 'zod';
import type { TemplateProblem } from './template-text';

/** A problem with its place in the part's text. */
export type PlacedProblem = Pick<TemplateProblem, 'message' | 'start' | 'end' | 'line' | 'column'>;

export interface WordingRule {
  /** Several lines: a problem is placed by line and column, else by column only. */
  multiline: boolean;
  problems(text: string): PlacedProblem[];
}

/** The sentences to show under each part that has any, and where the first error is (to put the cursor on it). */
export type WordingErrors<P extends string> = { [K in P]?: string } & { first: { part: P; start: number; end: number } | null };

/** "Line 3, column 12: {acount.pastDue} is not a merge field…"; a one-line part gives the column only. */
export function problemWithPlace(problem: Pick<PlacedProblem, 'message' | 'line' | 'column'>, multiline: boolean): string {
  const place = multiline ? `Line ${problem.line}, column ${problem.column}` : `Column ${problem.column}`;
  return `${place}: ${problem.message}`;
}

export function checkWording<P extends string>(
  wording: Record<P, string>,
  shape: z.ZodType,
  rules: Record<P, WordingRule>,
): WordingErrors<P> {
  const parsed = shape.safeParse(wording);
  const errors = { first: null } as WordingErrors<P>;
  for (const part of Object.keys(rules) as P[]) {
    const rule = rules[part];
    const shapeMessage = parsed.success ? undefined : parsed.error.issues.find((issue) => issue.path[0] === part)?.message;
    const problems = rule.problems(wording[part]);
    const sentences = [shapeMessage, ...problems.map((p) => problemWithPlace(p, rule.multiline))].filter(Boolean);
    if (sentences.length === 0) continue;
    (errors as Record<P, string>)[part] = sentences.join(' ');
    const firstProblem = problems[0];
    errors.first ??= firstProblem ? { part, start: firstProblem.start, end: firstProblem.end } : { part, start: 0, end: 0 };
  }
  return errors;
}
