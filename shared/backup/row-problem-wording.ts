// How a restore names the rows it cannot store: table, place, id and the reason, in a sentence.
import { tableLabel, type RowProblem } from './check-restore-rows';

export function rowProblemText(problem: RowProblem): string {
  const known = problem.name ?? problem.id;
  const which = known === null ? `row ${problem.rowNumber}` : `row ${problem.rowNumber} (${known})`;
  return `${tableLabel(problem.table)}, ${which}: ${problem.reason.replace(/\.$/, '')}`;
}

/** "This backup has 2 records Call Desk cannot read: Customers, row 4 (c-17): timeZone: …" */
export function rowProblemsSentence(problems: readonly RowProblem[]): string {
  const first = problems[0];
  if (!first) return '';
  const count = problems.length === 1 ? 'a record' : `${problems.length} records`;
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
  return `This backup has ${count} Call Desk cannot read: ${rowProblemText(first)}${more}.`;
}
