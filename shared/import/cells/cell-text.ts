// One way to see any cell as text, so layout and interpretation compare like with like.
import type { Cell } from '../model';

/** The cell as trimmed text ('' when empty); no-break and narrow spaces become plain spaces. */
export function cellText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  if (typeof cell === 'object') return cell.date;
  return cell.replace(/[\u00a0\u202f\u2007]/g, ' ').trim();
}

export function isBlankCell(cell: Cell | undefined): boolean {
  return cellText(cell) === '';
}

/** A parser's answer for a cell that holds something it cannot read: a sentence that starts with the value. */
export interface CellError {
  error: string;
}

export function isCellError(value: unknown): value is CellError {
  return typeof value === 'object' && value !== null && 'error' in value;
}

/** “value” in curly quotes, shortened so a long cell does not swamp the sentence. */
export function quoted(text: string): string {
  const short = text.length > 40 ? `${text.slice(0, 37)}…` : text;
  return `“${short}”`;
}
