// Delimited text → rows of cells, with Papa Parse doing the quoting rules (quoted delimiters,
// doubled quotes, line breaks inside quotes). Papa runs synchronously here: the caller is
// already inside our own module worker, and Papa's blob worker would need a looser CSP.
//
// Row numbers are record numbers, as a spreadsheet app shows them: a quoted cell that holds a
// line break spans two lines of the file but is one row. Grid.rows[N - 1] is row N. Excel's
// "sep=;" hint line is not shown as a row by Excel, so it is not a row here either.
import Papa from 'papaparse';
import { type Cell, type Delimiter, ImportFileError } from '../model';

export const delimiters: readonly Delimiter[] = [',', ';', '\t', '|'];

const sampleRows = 50;
const sampleChars = 256 * 1024;

function isBlankRow(fields: string[]): boolean {
  return fields.every((f) => f.trim() === '');
}

/** How well a delimiter splits the sample: rows sharing the most common width, times the extra columns. */
function delimiterScore(sample: string, delimiter: Delimiter, truncated: boolean): number {
  const parsed = Papa.parse<string[]>(sample, { delimiter, quoteChar: '"', preview: sampleRows * 4 });
  const rows = parsed.data.filter((r) => !isBlankRow(r));
  // The sample may end in the middle of a row.
  if (truncated) rows.pop();
  const widths = new Map<number, number>();
  for (const row of rows.slice(0, sampleRows)) widths.set(row.length, (widths.get(row.length) ?? 0) + 1);
  let best = 0;
  for (const [width, count] of widths) best = Math.max(best, count * (width - 1));
  return best;
}

/**
 * The delimiter that splits the first 50 non-blank rows into the most consistent columns (quotes
 * respected). Ties go to the earlier of comma, semicolon, tab, pipe, so the choice never varies.
 */
export function detectDelimiter(text: string): Delimiter {
  const truncated = text.length > sampleChars;
  const sample = truncated ? text.slice(0, sampleChars) : text;
  let chosen: Delimiter = ',';
  let bestScore = 0;
  for (const d of delimiters) {
    const score = delimiterScore(sample, d, truncated);
    if (score > bestScore) [chosen, bestScore] = [d, score];
  }
  return chosen;
}

const sepHint = /^sep=([,;\t|])\r?\n/;

/** Trimmed cells, blanks as null, up to the row's last value (a blank row is []). */
export function toCells(fields: string[]): Cell[] {
  const cells = fields.map((field): Cell => {
    const trimmed = field.trim();
    return trimmed === '' ? null : trimmed;
  });
  while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
  return cells;
}

/**
 * Reads delimited text. Every record is kept, blank ones included (as []), so row numbers match
 * the file; cells are trimmed strings, blanks are null, and a row ends at its last value. A quote that opens and never closes would
 * swallow the rest of the file into one cell, so that is refused with its row number.
 */
export function readDelimited(text: string, chosenDelimiter?: Delimiter): { rows: Cell[][]; delimiter: Delimiter } {
  const hint = sepHint.exec(text);
  const body = hint ? text.slice(hint[0].length) : text;
  const delimiter = chosenDelimiter ?? (hint?.[1] as Delimiter | undefined) ?? detectDelimiter(body);
  const parsed = Papa.parse<string[]>(body, { delimiter, quoteChar: '"', escapeChar: '"', skipEmptyLines: false });
  const unterminated = parsed.errors.find((e) => e.code === 'MissingQuotes');
  if (unterminated) {
    const rowNumber = (unterminated.row ?? 0) + 1;
    throw new ImportFileError(
      `Row ${rowNumber} opens a quoted value that never closes, so the rest of the file cannot be read. Fix that row in a text editor, or export the file again.`,
      'corrupt',
    );
  }
  const data = parsed.data;
  // A line break at the very end ends the last row; it does not start another.
  const last = data[data.length - 1];
  if (last && last.length === 1 && last[0] === '' && /[\r\n]$/.test(body)) data.pop();
  const rows = data.map(toCells);
  return { rows, delimiter };
}
