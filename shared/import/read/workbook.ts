// Excel workbooks (.xlsx, and .xls where SheetJS reads it) → rows of cells. SheetJS 0.20.x
// (the maintained line, republished as @e965/xlsx) parses; the cells are turned into ours here.
import * as XLSX from '@e965/xlsx';
import { type Cell, ImportFileError } from '../model';
import { excelSerialToDate } from './excel-dates';
import { errorMessage } from '../../common/error-message';

interface SheetCell {
  t: string;
  v?: unknown;
  w?: string;
  z?: string | number;
}

export interface WorkbookRead {
  rows: Cell[][];
  sheetNames: string[];
  sheet: string;
}

function openWorkbook(bytes: Uint8Array): XLSX.WorkBook {
  try {
    // Serials stay numbers (cellDates off) and keep their number format (cellNF) so dates are
    // converted here without a time zone; no display text (cellText off) is about a third faster;
    // dense sheets use far less memory on 100,000 rows. raw keeps the text of an HTML table as
    // written: SheetJS would otherwise read "01/02/2026" as a US date without asking.
    return XLSX.read(bytes, {
      type: 'array',
      dense: true,
      raw: true,
      cellNF: true,
      cellText: false,
      cellDates: false,
      cellHTML: false,
      cellFormula: false,
      cellStyles: false,
    });
  } catch (error) {
    if (/password|encrypt/i.test(errorMessage(error))) {
      throw new ImportFileError(
        'This workbook is protected with a password. Open it in Excel, remove the password (or save a copy without one) and import that copy.',
        'password-protected',
      );
    }
    throw new ImportFileError(
      'This workbook is damaged or incomplete, so it cannot be read. Open it in Excel and save it again, or export it again from your accounting software.',
      'corrupt',
    );
  }
}

function isDateFormat(format: string | number | undefined): boolean {
  return typeof format === 'string' && format !== 'General' && (XLSX.SSF.is_date(format) as boolean);
}

function toCell(cell: SheetCell | undefined, date1904: boolean): Cell {
  if (!cell) return null;
  switch (cell.t) {
    case 'n': {
      const value = cell.v as number;
      // A time of day alone (serial below 1) is not a date.
      if (isDateFormat(cell.z) && value >= 1) {
        const date = excelSerialToDate(value, date1904);
        if (date) return { date };
      }
      return value;
    }
    case 's': {
      const text = String(cell.v ?? '').trim();
      return text === '' ? null : text;
    }
    case 'b':
      return cell.v ? 'TRUE' : 'FALSE';
    case 'e':
      // "#N/A", "#VALUE!": kept as text so the row is skipped with its reason later.
      return cell.w ?? (XLSX.utils.format_cell(cell as XLSX.CellObject) || null);
    case 'd': {
      // Only when a reader produced a Date despite cellDates off: take the UTC date SheetJS built.
      const value = cell.v;
      return value instanceof Date && !Number.isNaN(value.getTime()) ? { date: value.toISOString().slice(0, 10) } : null;
    }
    default:
      return null;
  }
}

function sheetRows(sheet: XLSX.WorkSheet | undefined, date1904: boolean): Cell[][] {
  const data = (sheet?.['!data'] ?? []) as (SheetCell[] | undefined)[];
  const ref = sheet?.['!ref'];
  if (!ref) return [];
  const range = XLSX.utils.decode_range(ref);
  const rows: Cell[][] = [];
  // From sheet row 1, not the used range's first row, so rows[N - 1] is sheet row N; columns from
  // A likewise, so column positions are the sheet's own. A row ends at its last value.
  for (let r = 0; r <= range.e.r; r++) {
    const line = data[r];
    if (!line) {
      rows.push([]);
      continue;
    }
    const cells: Cell[] = [];
    let lastValue = -1;
    for (let c = 0; c <= range.e.c; c++) {
      const cell = toCell(line[c], date1904);
      cells.push(cell);
      if (cell !== null) lastValue = c;
    }
    cells.length = lastValue + 1;
    rows.push(cells);
  }
  return rows;
}

function hasValues(rows: Cell[][]): boolean {
  return rows.some((row) => row.some((cell) => cell !== null));
}

/**
 * Reads one sheet of a workbook: the one asked for, else the first visible sheet that has data.
 * Numbers stay numbers, real date cells become { date }, text is trimmed, empty cells are null.
 */
export function readWorkbook(bytes: Uint8Array, sheet?: string): WorkbookRead {
  const workbook = openWorkbook(bytes);
  const sheetNames = workbook.SheetNames;
  const date1904 = Boolean(workbook.Workbook?.WBProps?.date1904);
  if (sheet !== undefined) {
    if (!sheetNames.includes(sheet)) {
      throw new ImportFileError(`This workbook has no sheet named “${sheet}”.`, 'no-rows');
    }
    return { rows: sheetRows(workbook.Sheets[sheet], date1904), sheetNames, sheet };
  }
  const visible = sheetNames.filter((_, i) => !workbook.Workbook?.Sheets?.[i]?.Hidden);
  const candidates = visible.length > 0 ? visible : sheetNames;
  for (const name of candidates) {
    const rows = sheetRows(workbook.Sheets[name], date1904);
    if (hasValues(rows)) return { rows, sheetNames, sheet: name };
  }
  // Every sheet is empty: the caller says so.
  return { rows: [], sheetNames, sheet: candidates[0] ?? '' };
}
