// What the rows of an exported report look like besides data: headings, totals, aging sections
// and the generated-at footer. Kept apart so each rule can be read (and tested) on its own.
import { parseAmountCell } from '../cells/amounts';
import { cellText, isCellError } from '../cells/cell-text';
import { parseDateCell } from '../cells/dates';
import type { Cell } from '../model';
import { headerKey, knownHeaderKeys } from '../interpret/field-synonyms';

const sectionPatterns = [
  /^current$/i,
  /past due/i,
  /overdue/i,
  /^\d+\s*[-–]\s*\d+(\s*days?)?$/i,
  /^(over|older than|more than|greater than)\s+\d+(\s*days?)?$/i,
  /^\d+\s*(\+|or more|and over|plus)(\s*days?)?$/i,
  // QuickBooks Desktop heads its oldest bucket "> 90".
  /^>\s*\d+(\s*days?)?$/,
  /^not (yet )?due$/i,
  /^(future|older)$/i,
];

const weekday = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i;
const clockTime = /\b\d{1,2}:\d{2}(:\d{2})?\s*([ap]\.?m\.?)?\b/i;

/** "1 - 30 days past due", "Current", "91 or more days past due", "Over 90". */
export function isSectionLabel(text: string): boolean {
  return sectionPatterns.some((pattern) => pattern.test(text));
}

/** "Tuesday, November 24, 2026 10:15 AM GMT-08:00", "Accrual Basis …", "Cash Basis …". */
export function isFooterLine(text: string): boolean {
  return (
    /^(accrual|cash) basis\b/i.test(text) ||
    /^[*\s-]*end of report\b/i.test(text) ||
    (weekday.test(text) && clockTime.test(text)) ||
    /^(generated|printed|run) (on|at|by)\b/i.test(text)
  );
}

/** "Total for Acme Ltd", "Total Acme Ltd", "TOTAL", "Grand total"… */
export function isTotalLabel(text: string): boolean {
  return /^(grand\s+)?totals?\b/i.test(text);
}

/** What a total row totals: "Total for Acme Ltd" → "Acme Ltd"; "TOTAL" → "". */
export function totalSubject(label: string): string {
  return label.replace(/^(grand\s+)?totals?\b\s*(for\b)?\s*:?/i, '').trim();
}

/** A cell that holds a value rather than a word: an amount, a date, a workbook number. */
export function isValueCell(cell: Cell | undefined): boolean {
  if (cell === null || cell === undefined) return false;
  if (typeof cell !== 'string') return true;
  const amount = parseAmountCell(cell, 'USD');
  if (amount !== null && !isCellError(amount)) return true;
  const date = parseDateCell(cell, 'mdy');
  return date !== null && !isCellError(date);
}

/** A cell that reads as a date (not a bare number, which may be an amount). */
export function isDateLike(cell: Cell | undefined): boolean {
  if (cell !== null && typeof cell === 'object') return true;
  if (typeof cell !== 'string') return false;
  const text = cellText(cell);
  if (/^\d+(\.\d+)?$/.test(text)) return false;
  return (['mdy', 'dmy'] as const).some((order) => {
    const date = parseDateCell(text, order);
    return date !== null && !isCellError(date);
  });
}

/** How much a row looks like a header: non-empty words, and how many are known header names. */
export function headerLikeness(cells: Cell[], extraKeys: ReadonlySet<string>): { words: number; known: number; values: number } {
  let words = 0;
  let known = 0;
  let values = 0;
  for (const cell of cells) {
    const text = cellText(cell);
    if (text === '') continue;
    if (isValueCell(cell)) {
      values++;
      continue;
    }
    words++;
    const key = headerKey(text);
    if (knownHeaderKeys.has(key) || extraKeys.has(key)) known++;
  }
  return { words, known, values };
}
