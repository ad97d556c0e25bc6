// Test inputs: CSV text as the reader would hand it over (every cell text, '' for empty).
import Papa from 'papaparse';
import type { Cell, Grid } from '../../../../shared/import/model';

export function gridOf(csv: string): Grid {
  const parsed = Papa.parse<string[]>(csv.replace(/^\n/, ''), { skipEmptyLines: false });
  const rows: Cell[][] = parsed.data.map((row) => row.map((cell) => (cell === '' ? null : cell)));
  if (rows.length > 0 && rows[rows.length - 1]!.every((c) => c === null)) rows.pop();
  return { format: 'delimited', rows, delimiter: ',' };
}
