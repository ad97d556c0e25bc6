// What interpretation must ask before it can read a table: fields nothing maps, and the
// day/month order when every date in the file could be read both ways.
import { cellText } from '../cells/cell-text';
import { detectDateOrder, isOrderDependent } from '../cells/dates';
import type { DateOrder, ImportField, InterpretOptions, InterpretQuestion, ReportTable } from '../model';

export function missingFields(options: InterpretOptions): ImportField[] {
  const { mapping } = options;
  const missing: ImportField[] = [];
  if (mapping.customer === undefined && !options.customerFromGroup) missing.push('customer');
  if (options.content === 'customers') return missing;
  if (mapping.invoiceNumber === undefined) missing.push('invoiceNumber');
  if (mapping.amount === undefined && mapping.openBalance === undefined && mapping.lineAmount === undefined) missing.push('amount');
  return missing;
}

export interface DateOrderDecision {
  /** The order to read numeric dates with; undefined when none is needed. */
  order?: DateOrder;
  question?: InterpretQuestion;
}

/** The column's proof wins; the preset's or the user's order is used only when the column proves nothing. */
export function decideDateOrder(table: ReportTable, options: InterpretOptions): DateOrderDecision {
  const columns = [options.mapping.invoiceDate, options.mapping.dueDate].filter((c): c is number => c !== undefined);
  if (columns.length === 0 || options.content === 'customers') return {};
  const values = table.rows.flatMap((row) => columns.map((c) => row.cells[c]));
  const detected = detectDateOrder(values);
  if (detected === 'mdy' || detected === 'dmy') return { order: detected };
  if (detected === 'none-needed') return options.dateOrder ? { order: options.dateOrder } : {};
  if (options.dateOrder) return { order: options.dateOrder };
  const samples = [...new Set(values.filter(isOrderDependent).map((v) => cellText(v)))].slice(0, 5);
  const column = table.headers[columns[0]!] ?? '';
  return { question: { kind: 'date-order', column, samples, suggested: options.dateOrder ?? 'mdy' } };
}
