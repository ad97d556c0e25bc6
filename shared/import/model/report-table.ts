// A report's table as the layout stage finds it: data rows, total rows and what it skipped.
import type { Cell } from './grid';

/** A data row of a report, with the context the rows above gave it. */
export interface TableRow {
  /** 1-based row number in the file. */
  rowNumber: number;
  cells: Cell[];
  /** The customer group this row sits under (QuickBooks Desktop reports group by customer). */
  group?: string;
  /** The section this row sits under ("1 - 30 days past due"), as written. */
  section?: string;
}

/** A report's "Total for …" / "TOTAL" row, kept to check the sum read against it. */
export interface TotalRow {
  rowNumber: number;
  /** "TOTAL", "Total for Acme Ltd", "Total 1 - 30 days past due"… as written. */
  label: string;
  /** Whole-report total (not a group or section subtotal). */
  grand: boolean;
  cells: Cell[];
}

/** The rows a layout read left out on purpose, each with a reason the preview can show. */
export interface LayoutSkip {
  rowNumber: number;
  kind: 'title' | 'blank' | 'section' | 'group' | 'total' | 'footer' | 'repeated-header';
}

export interface ReportTable {
  /** Header cells as written (trimmed), one per column. */
  headers: string[];
  headerRowNumber: number;
  rows: TableRow[];
  totals: TotalRow[];
  layoutSkips: LayoutSkip[];
  /** Text of the title rows above the header (company name, report name, date range). */
  titleLines: string[];
}
